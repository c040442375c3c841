/**
 * Demo data: a province as it is today — bodies that changed in 2025, people with concurrent positions, one user
 * per role, last year's closed program and this year's program in force with tasks in every status — loaded
 * through the other modules' facades when started with {@code --phoihop.demo=true} on a database without programs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organizations", "accounts", "programs", "tasks"})
package vn.phoihop.demo;
