package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import vn.phoihop.shared.InvalidInput;

class DayLinesTest {

    @Test
    void readsOneDayPerLineSkippingBlankLinesAndKeepingLineNumbers() {
        var parsed = DayLines.parse("daysOff", "17/02/2026 Tết Nguyên đán (mùng 1)\r\n\n  1/9/2026   Quốc khánh (ngày liền kề) \n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.days()).containsExactly(
                new YearForm.Day(LocalDate.of(2026, 2, 17), "Tết Nguyên đán (mùng 1)"),
                new YearForm.Day(LocalDate.of(2026, 9, 1), "Quốc khánh (ngày liền kề)"));
        assertThat(parsed.lineNumbers()).containsExactly(1, 3);
    }

    @Test
    void reportsEachBadLineWithItsNumber() {
        var parsed = DayLines.parse("workingDays", "10/01/2026 Làm bù\n2026-01-10 Làm bù\n31/02/2026 Không có\n22/08/2026");
        assertThat(parsed.days()).hasSize(1);
        assertThat(parsed.errors()).extracting(InvalidInput.FieldError::field).containsOnly("workingDays");
        assertThat(parsed.errors()).extracting(e -> e.args()[0]).containsExactly(2, 3, 4);
        assertThat(parsed.errors()).extracting(e -> ((MessageSourceResolvable) e.args()[1]).getCodes()[0])
                .containsExactly("calendar.form.badLine", "calendar.form.badDate", "calendar.form.noName");
    }

    @Test
    void writesDaysBackInTheFormItReads() {
        String text = DayLines.format(List.of(new Holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch", HolidayKind.HOLIDAY),
                new Holiday(LocalDate.of(2026, 1, 2), "Nghỉ hoán đổi", HolidayKind.COMPENSATORY)));
        assertThat(text).isEqualTo("01/01/2026 Tết Dương lịch\n02/01/2026 Nghỉ hoán đổi\n");
        assertThat(DayLines.parse("daysOff", text).days()).extracting(YearForm.Day::date)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2));
    }

    @Test
    void movesTheFacadesItemErrorsToTheLineTheItemCameFrom() {
        var off = DayLines.parse("daysOff", "\n01/01/2026 A\n\n02/01/2027 B");
        var worked = DayLines.parse("workingDays", "05/01/2026 C");
        var moved = DayLines.onLines(new InvalidInput(List.of(
                new InvalidInput.FieldError("daysOff[1].date", "calendar.day.otherYear", "2026"),
                new InvalidInput.FieldError("workingDays[0].date", "calendar.workingDay.notWeekend"),
                new InvalidInput.FieldError("year", "calendar.year.range", "1990", "2100"))), off, worked);
        assertThat(moved.errors()).extracting(InvalidInput.FieldError::field)
                .containsExactly("daysOff", "workingDays", "year");
        assertThat(moved.errors().get(0).args()[0]).isEqualTo(4);
        assertThat(moved.errors().get(1).args()[0]).isEqualTo(1);
        assertThat(((MessageSourceResolvable) moved.errors().get(0).args()[1]).getCodes())
                .containsExactly("calendar.day.otherYear");
    }
}
