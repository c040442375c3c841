/**
 * The web shell: layout, error pages and problem details, message bundles, the home page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.phoihop.web;
