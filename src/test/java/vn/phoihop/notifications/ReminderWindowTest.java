package vn.phoihop.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.shared.OrganizationId;

/** Which deadlines are reminded about and which escalate, in working days of the Vietnamese calendar. */
class ReminderWindowTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();
    static final ReminderWindow WINDOW = new ReminderWindow(3, 5);

    static Reminder reminder(LocalDate due, boolean overdue, boolean escalates) {
        return new Reminder("TASK", "task-1", "Nhiệm vụ", due, overdue, Set.of(new OrganizationId(1)), Set.of(),
                "/tasks/1", escalates);
    }

    @ParameterizedTest(name = "on {0} a deadline {1} (overdue: {2}) is reminded: {3}")
    @CsvSource({
            // due within 3 working days, the weekend not counted
            "2026-11-18, 2026-11-18, false, true",
            "2026-11-18, 2026-11-20, false, true",
            "2026-11-18, 2026-11-23, false, true",
            "2026-11-18, 2026-11-24, false, false",
            // Tết 2026: 14–22 February are days off, so Thursday 12 February reaches Tuesday 24 February
            "2026-02-12, 2026-02-24, false, true",
            "2026-02-12, 2026-02-25, false, false",
            "2026-02-12, 2026-02-18, false, true",
            // Hùng Kings (compensated on Monday 27 April), 30 April and 1 May
            "2026-04-24, 2026-05-04, false, true",
            "2026-04-24, 2026-05-05, false, false",
            // overdue by its own module's rule: always reminded
            "2026-11-18, 2026-01-05, true, true",
            "2026-02-23, 2026-02-13, true, true",
    })
    void remindsOfWhatIsDueWithinThreeWorkingDaysOrOverdue(LocalDate day, LocalDate due, boolean overdue,
                                                            boolean reminded) {
        assertThat(WINDOW.selects(reminder(due, overdue, true), day, CALENDAR)).isEqualTo(reminded);
    }

    @ParameterizedTest(name = "due {0}, on {1}: {2} working days late, escalates: {3}")
    @CsvSource({
            "2026-11-10, 2026-11-17, 5, false",
            "2026-11-10, 2026-11-18, 6, true",
            // across Tết: the nine days off do not count
            "2026-02-10, 2026-02-24, 5, false",
            "2026-02-10, 2026-02-25, 6, true",
            "2026-02-13, 2026-02-27, 5, false",
            // due on a day off: late from the next working day
            "2026-11-21, 2026-11-27, 5, false",
            "2026-11-21, 2026-11-30, 6, true",
    })
    void escalatesWhatIsOverdueByMoreThanFiveWorkingDays(LocalDate due, LocalDate day, int late, boolean escalates) {
        assertThat(ReminderWindow.workingDaysLate(due, day, CALENDAR)).isEqualTo(late);
        assertThat(WINDOW.escalates(reminder(due, true, true), day, CALENDAR)).isEqualTo(escalates);
        assertThat(WINDOW.escalates(reminder(due, true, false), day, CALENDAR)).as("a kind that never escalates")
                .isFalse();
    }
}
