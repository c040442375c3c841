/**
 * The web shell: layout, error pages and problem details, message bundles (the home page is the dashboards').
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.phoihop.web;
