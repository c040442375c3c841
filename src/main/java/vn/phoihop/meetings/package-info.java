/**
 * Meetings of a program (hội nghị, cuộc họp): signing conferences, six-monthly and year-end reviews, regular
 * meetings; chair, directing attendee and attendees as their positions were then, minutes, and conclusions
 * (kết luận) that the keeper's secretariat turns into follow-up tasks.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "audit", "organizations", "accounts", "programs", "tasks", "search"})
package vn.phoihop.meetings;
