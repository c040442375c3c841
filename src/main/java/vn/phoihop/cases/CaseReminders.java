package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.notifications.Reminder;
import vn.phoihop.notifications.ReminderSource;

/**
 * Case deadlines in the daily reminders (category {@code CASE}): every open case's running deadline, answered for by
 * the handling body, whose leaders are told when it is overdue for long (escalation); an overdue case also reaches
 * the supervising bodies. Reminders reach every user of those bodies and their iCalendar feeds, so the title names
 * only the case number and kind — never the subject, content or citizen.
 */
@Component
class CaseReminders implements ReminderSource {

    /** About a year of working days: farther than any statutory case deadline, within the calendar's range. */
    static final int HORIZON = 250;
    static final Locale VI = Locale.forLanguageTag("vi");

    private final CaseDeadlines deadlines;
    private final MessageSource messages;

    CaseReminders(CaseDeadlines deadlines, MessageSource messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @Override
    public String category() {
        return "CASE";
    }

    @Override
    public List<Reminder> reminders(LocalDate day) {
        List<CaseDeadlines.DueCase> due;
        try {
            due = deadlines.dueOrOverdue(day, HORIZON);
        } catch (vn.phoihop.shared.InvalidInput beyondTheCalendar) {
            due = deadlines.dueOrOverdue(day, 0);
        }
        return due.stream().map(d -> new Reminder(category(),
                "case-" + d.caseId().value(), title(d), d.deadline(), d.overdue(),
                Set.of(d.handlingOrganizationId()),
                d.overdue() ? Set.copyOf(d.supervisingOrganizationIds()) : Set.of(),
                "/cases/" + d.caseId().value(), true)).toList();
    }

    private String title(CaseDeadlines.DueCase d) {
        String kind = messages.getMessage("cases.kind." + d.kind().name(), null, d.kind().name(), VI);
        return messages.getMessage("cases.reminder.title", new Object[]{String.valueOf(d.caseId().value()), kind},
                VI);
    }
}
