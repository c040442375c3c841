/**
 * Users, their roles and bodies, sign-in for pages and opaque API tokens, the administrator bootstrap,
 * and who the current actor is.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "audit", "organizations"})
package vn.phoihop.accounts;
