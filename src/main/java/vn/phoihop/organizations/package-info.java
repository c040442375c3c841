/**
 * Bodies (cơ quan, đơn vị) with their tree, validity and succession, people and the positions they hold.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "audit"})
package vn.phoihop.organizations;
