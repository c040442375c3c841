package vn.phoihop.periodicreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodicReportRuleTest {

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-31 | 31 | 2026-04-30 | day 31 after March is the last day of April
            2026-01-31 | 31 | 2026-02-28 | day 31 after January of a common year is 28 February
            2024-01-31 | 31 | 2024-02-29 | day 31 after January of a leap year is 29 February
            2024-01-31 | 30 | 2024-02-29 | day 30 in a leap February is clamped too
            2026-01-31 | 29 | 2026-02-28 | day 29 in a common February is clamped
            2026-03-31 | 15 | 2026-04-15 | the default due day
            2026-06-30 | 31 | 2026-07-31 | a month long enough keeps the day
            2026-12-31 | 15 | 2027-01-15 | a period ending in December is due in January of the next year
            2026-05-10 |  1 | 2026-06-01 | a period cut short by the program end is due in the month after its end
            """)
    void dueDateIsTheDueDayOfTheNextMonthClamped(LocalDate periodEnd, int dueDay, LocalDate expected,
                                                 String description) {
        assertThat(PeriodicReportRule.dueDate(periodEnd, dueDay)).as(description).isEqualTo(expected);
    }

    /** due: the slot's due date; submitted: the submission date or "-"; day: the day asked about. */
    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-04-15 | -          | 2026-04-10 | NOT_DUE | nothing submitted before the due date
            2026-04-15 | -          | 2026-04-15 | NOT_DUE | the due date itself is not late
            2026-04-15 | -          | 2026-04-16 | MISSING | the day after the due date without a report
            2026-04-15 | 2026-04-02 | 2026-04-10 | ON_TIME | submitted early
            2026-04-15 | 2026-04-15 | 2026-05-01 | ON_TIME | submitted on the due date
            2026-04-15 | 2026-04-16 | 2026-05-01 | LATE    | submitted the day after the due date
            2026-04-15 | 2026-04-20 | 2026-04-18 | MISSING | as of a past date a later submission does not count yet
            2026-04-15 | 2026-04-10 | 2026-04-05 | NOT_DUE | as of a day before the submission and the due date
            2026-04-15 | 2026-04-20 | 2026-04-20 | LATE    | a late submission counts from its own day
            """)
    void computesStatusAsOfADay(LocalDate due, LocalDate submitted, LocalDate day, PeriodicReportStatus expected,
                                String description) {
        assertThat(PeriodicReportRule.status(due, submitted, day)).as(description).isEqualTo(expected);
    }

    @Test
    void quarterlyPeriodsOfACalendarYear() {
        List<PeriodicReportRule.Period> periods = PeriodicReportRule.periods(3, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        assertThat(periods).containsExactly(
                new PeriodicReportRule.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 1, 2026),
                new PeriodicReportRule.Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 2, 2026),
                new PeriodicReportRule.Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), 3, 2026),
                new PeriodicReportRule.Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), 4, 2026));
    }

    @Test
    void periodsAreAlignedOnCalendarMonthsAndCutToTheProgram() {
        List<PeriodicReportRule.Period> monthly = PeriodicReportRule.periods(1, LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 5, 10));
        assertThat(monthly).containsExactly(
                new PeriodicReportRule.Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 31), 3, 2026),
                new PeriodicReportRule.Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), 4, 2026),
                new PeriodicReportRule.Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10), 5, 2026));
        List<PeriodicReportRule.Period> halves = PeriodicReportRule.periods(6, LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30));
        assertThat(halves).extracting(PeriodicReportRule.Period::start)
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1));
        assertThat(halves).extracting(PeriodicReportRule.Period::ordinal).containsExactly(2, 1);
        assertThat(PeriodicReportRule.periods(12, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(new PeriodicReportRule.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        1, 2026));
    }

    @Test
    void refusesPeriodsThatDoNotDivideAYearAndDueDaysOutOfRange() {
        assertThatThrownBy(() -> PeriodicReportRule.periods(5, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodicReportRule.dueDate(LocalDate.of(2026, 3, 31), 32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
