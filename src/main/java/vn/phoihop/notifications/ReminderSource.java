package vn.phoihop.notifications;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's deadlines for reminders, digests, escalation and iCalendar feeds. Implement it with a {@code @Component}
 * in the module that owns the deadlines (or, when that module cannot depend on notifications, here, asking its
 * facade), so that notifications never depends on the module. Each source has one category; its notification kinds
 * are {@code <category>_DUE} and {@code <category>_OVERDUE}, labelled by the message keys
 * {@code notifications.kind.<kind>} and summarised in iCalendar with {@code notifications.ical.<category>}
 * (argument: the title), which the source's module adds to its bundle.
 */
public interface ReminderSource {

    /** Upper-case code of this source's reminders: TASK, REPORT, REQUEST, REVIEW, CASE … */
    String category();

    /**
     * Every deadline not yet met as of the day, overdue or not, however far ahead: the daily job chooses which to
     * remind about (within the configured working days, or overdue); a body's iCalendar feed shows them all.
     */
    List<Reminder> reminders(LocalDate day);
}
