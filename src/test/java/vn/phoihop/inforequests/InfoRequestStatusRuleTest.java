package vn.phoihop.inforequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfoRequestStatusRuleTest {

    /** Monday to Friday, less Tết 2026 (16–20 February) for the days-late counts. */
    static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY
            && !Set.of(16, 17, 18, 19, 20).contains(d.getMonth().getValue() == 2 && d.getYear() == 2026
                    ? d.getDayOfMonth() : 0);

    /** due: due date; answered: answer date or "-"; day: the day asked about; late: working days late. */
    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-03-10 | -          | 2026-03-05 | OPEN             | 0 | not answered before the due date
            2026-03-10 | -          | 2026-03-10 | OPEN             | 0 | the due date itself is not overdue
            2026-03-10 | -          | 2026-03-11 | OVERDUE          | 1 | the day after the due date without an answer
            2026-03-10 | -          | 2026-03-16 | OVERDUE          | 4 | days late are working days: the weekend does not count
            2026-03-10 | 2026-03-10 | 2026-03-20 | ANSWERED_ON_TIME | 0 | answered on the due date
            2026-03-10 | 2026-03-02 | 2026-03-20 | ANSWERED_ON_TIME | 0 | answered early
            2026-03-10 | 2026-03-12 | 2026-03-20 | ANSWERED_LATE    | 2 | answered two working days late
            2026-03-10 | 2026-03-12 | 2026-03-11 | OVERDUE          | 1 | as of a past date the later answer does not count yet
            2026-03-10 | 2026-03-09 | 2026-03-05 | OPEN             | 0 | as of a day before the answer and the due date
            2026-03-06 | 2026-03-07 | 2026-03-20 | ANSWERED_LATE    | 0 | answered late on a Saturday: no working day late
            2026-02-13 | -          | 2026-02-23 | OVERDUE          | 1 | Tết is not counted in days late
            """)
    void computesStatusAndWorkingDaysLateAsOfADay(LocalDate due, LocalDate answered, LocalDate day,
                                                 InfoRequestStatus expected, int late, String description) {
        assertThat(InfoRequestStatusRule.status(due, answered, day)).as(description).isEqualTo(expected);
        assertThat(InfoRequestStatusRule.workingDaysLate(due, answered, day, WORKING)).as(description).isEqualTo(late);
    }
}
