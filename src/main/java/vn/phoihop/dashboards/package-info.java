/**
 * Dashboards for leaders (every program of a year), bodies (their tasks, reports and requests due, leaders'
 * directions) and programs (status by theme and lead body): charts with accessible tables, every figure computed by
 * the task-status rule and {@link vn.phoihop.reviews.ReviewFigures}, as reviews compute them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "accounts", "organizations",
        "programs", "tasks", "reviews", "calendar", "periodicreports", "inforequests"})
package vn.phoihop.dashboards;
