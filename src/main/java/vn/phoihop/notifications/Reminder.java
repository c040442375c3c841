package vn.phoihop.notifications;

import java.time.LocalDate;
import java.util.Set;

import vn.phoihop.shared.OrganizationId;

/**
 * One deadline a {@link ReminderSource} reports for a day: something not done yet that is due on {@code dueDate}.
 *
 * @param category    the source's {@link ReminderSource#category()} (TASK, REPORT, REQUEST, REVIEW, …)
 * @param subject     a stable key of the subject entity, unique across sources ({@code task-123}); the iCalendar
 *                    UID is {@code <subject>@phoihop}, and a user is notified once per subject and due date
 * @param title       what the reminder names, in the users' language (the entity's own title, a subject line)
 * @param dueDate     the deadline in force
 * @param overdue     whether the subject is overdue on the day, by its own module's rule (e.g. the task status rule)
 * @param responsible the bodies that answer for it; their users are reminded, and their leaders are told when it
 *                    escalates
 * @param involved    other bodies whose users are reminded too (co-operating and advising bodies of a task)
 * @param url         the page that shows it, relative to the application ({@code /tasks/123})
 * @param escalates   whether being overdue for long is reported to the leaders of the responsible bodies
 */
public record Reminder(String category, String subject, String title, LocalDate dueDate, boolean overdue,
                       Set<OrganizationId> responsible, Set<OrganizationId> involved, String url, boolean escalates) {

    public Reminder {
        responsible = Set.copyOf(responsible);
        involved = Set.copyOf(involved);
    }

    /** Every body concerned: responsible and involved. */
    public boolean concerns(OrganizationId body) {
        return responsible.contains(body) || involved.contains(body);
    }

    /** The notification kind: {@code <category>_DUE} or {@code <category>_OVERDUE}. */
    public String kind() {
        return NotificationKinds.of(category, overdue);
    }
}
