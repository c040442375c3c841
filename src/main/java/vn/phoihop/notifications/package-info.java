/**
 * Reminders that reach people before things go overdue (nhắc việc): a daily job (once across all nodes) turns the
 * deadlines of every {@link vn.phoihop.notifications.ReminderSource} — tasks, periodic reports, information requests,
 * program reviews, and later any module that plugs in — into in-app notifications, at most one e-mail digest per user
 * and day, escalations to the leaders of bodies overdue for too long, and each body's iCalendar feed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "audit", "accounts",
        "organizations", "programs", "tasks", "periodicreports", "inforequests", "calendar"})
package vn.phoihop.notifications;
