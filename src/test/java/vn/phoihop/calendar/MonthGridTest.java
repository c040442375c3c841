package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonthGridTest {

    private final List<MonthGrid> months = MonthGrid.year(WorkingDayCalendar.standard(), 2026, LocalDate.of(2026, 2, 18));

    @Test
    void laysOutTwelveMonthsInWeeksFromMondayToSunday() {
        assertThat(months).extracting(MonthGrid::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(months).allSatisfy(m -> assertThat(m.weeks()).allSatisfy(w -> assertThat(w).hasSize(7)));
        // 1 February 2026 is a Sunday: six empty cells before it.
        List<MonthGrid.Cell> firstWeek = months.get(1).weeks().get(0);
        assertThat(firstWeek.subList(0, 6)).allSatisfy(c -> assertThat(c.date()).isNull());
        assertThat(firstWeek.get(6).day()).isEqualTo(1);
    }

    @Test
    void marksWeekendsHolidaysDaysOffMakeUpDaysAndToday() {
        assertThat(cell(2026, 2, 17).classes()).isEqualTo("cal-day cal-holiday");
        assertThat(cell(2026, 2, 17).name()).isEqualTo("Tết Nguyên đán (mùng 1)");
        assertThat(cell(2026, 2, 18).classes()).isEqualTo("cal-day cal-holiday cal-today");
        assertThat(cell(2026, 1, 2).classes()).isEqualTo("cal-day cal-off");
        assertThat(cell(2026, 1, 10).classes()).isEqualTo("cal-day cal-weekend cal-makeup");
        assertThat(cell(2026, 3, 7).classes()).isEqualTo("cal-day cal-weekend");
        assertThat(cell(2026, 3, 9).classes()).isEqualTo("cal-day");
        assertThat(cell(2026, 3, 9).name()).isNull();
    }

    private MonthGrid.Cell cell(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return months.get(month - 1).weeks().stream().flatMap(List::stream)
                .filter(c -> date.equals(c.date())).findFirst().orElseThrow();
    }
}
