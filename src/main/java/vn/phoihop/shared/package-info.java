/**
 * Tiny value types used everywhere: typed ids, the errors every module raises, text normalisation.
 * No beans.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.phoihop.shared;
