package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.calendar.HolidayKind.COMPENSATORY;
import static vn.phoihop.calendar.HolidayKind.HOLIDAY;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultHolidayRuleTest {

    private final DefaultHolidayRule rule = new DefaultHolidayRule(new VietnameseLunarCalendar());

    @Test
    void compensatesVictoryAndLabourDayOnAWeekendOnTheFollowingMondayAndTuesday() {
        // 2022: 30/4 is a Saturday and 1/5 a Sunday.
        assertThat(rule.holidays(2022)).containsSubsequence(
                new Holiday(LocalDate.of(2022, 4, 30), "Ngày Chiến thắng", HOLIDAY),
                new Holiday(LocalDate.of(2022, 5, 1), "Ngày Quốc tế Lao động", HOLIDAY),
                new Holiday(LocalDate.of(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng", COMPENSATORY),
                new Holiday(LocalDate.of(2022, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động", COMPENSATORY));
    }

    @Test
    void listsTheWholeDefaultYear2022() {
        assertThat(rule.holidays(2022)).containsExactly(
                new Holiday(LocalDate.of(2022, 1, 1), "Tết Dương lịch", HOLIDAY),
                new Holiday(LocalDate.of(2022, 1, 3), "Nghỉ bù Tết Dương lịch", COMPENSATORY),
                new Holiday(LocalDate.of(2022, 1, 31), "Tết Nguyên đán (29 tháng Chạp)", HOLIDAY),
                new Holiday(LocalDate.of(2022, 2, 1), "Tết Nguyên đán (mùng 1)", HOLIDAY),
                new Holiday(LocalDate.of(2022, 2, 2), "Tết Nguyên đán (mùng 2)", HOLIDAY),
                new Holiday(LocalDate.of(2022, 2, 3), "Tết Nguyên đán (mùng 3)", HOLIDAY),
                new Holiday(LocalDate.of(2022, 2, 4), "Tết Nguyên đán (mùng 4)", HOLIDAY),
                new Holiday(LocalDate.of(2022, 4, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", HOLIDAY),
                new Holiday(LocalDate.of(2022, 4, 11), "Nghỉ bù Giỗ Tổ Hùng Vương", COMPENSATORY),
                new Holiday(LocalDate.of(2022, 4, 30), "Ngày Chiến thắng", HOLIDAY),
                new Holiday(LocalDate.of(2022, 5, 1), "Ngày Quốc tế Lao động", HOLIDAY),
                new Holiday(LocalDate.of(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng", COMPENSATORY),
                new Holiday(LocalDate.of(2022, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động", COMPENSATORY),
                new Holiday(LocalDate.of(2022, 9, 1), "Quốc khánh (ngày liền kề)", HOLIDAY),
                new Holiday(LocalDate.of(2022, 9, 2), "Quốc khánh", HOLIDAY));
    }

    @Test
    void compensatesTetDaysOnAWeekendAfterTheLastDayOfTet() {
        // 2024 by the rule alone: 30 tháng Chạp on Friday 9/2, mùng 1 and 2 on the weekend.
        assertThat(rule.holidays(2024)).filteredOn(holiday -> holiday.date().getMonthValue() == 2)
                .containsExactly(
                        new Holiday(LocalDate.of(2024, 2, 9), "Tết Nguyên đán (30 tháng Chạp)", HOLIDAY),
                        new Holiday(LocalDate.of(2024, 2, 10), "Tết Nguyên đán (mùng 1)", HOLIDAY),
                        new Holiday(LocalDate.of(2024, 2, 11), "Tết Nguyên đán (mùng 2)", HOLIDAY),
                        new Holiday(LocalDate.of(2024, 2, 12), "Tết Nguyên đán (mùng 3)", HOLIDAY),
                        new Holiday(LocalDate.of(2024, 2, 13), "Tết Nguyên đán (mùng 4)", HOLIDAY),
                        new Holiday(LocalDate.of(2024, 2, 14), "Nghỉ bù Tết Nguyên đán", COMPENSATORY),
                        new Holiday(LocalDate.of(2024, 2, 15), "Nghỉ bù Tết Nguyên đán", COMPENSATORY));
    }

    @Test
    void compensatesNationalDayOnAWeekendAfterIt() {
        // 2029: 1/9 is a Saturday and 2/9 a Sunday.
        assertThat(rule.holidays(2029)).filteredOn(holiday -> holiday.date().getMonthValue() == 9)
                .containsExactly(
                        new Holiday(LocalDate.of(2029, 9, 1), "Quốc khánh (ngày liền kề)", HOLIDAY),
                        new Holiday(LocalDate.of(2029, 9, 2), "Quốc khánh", HOLIDAY),
                        new Holiday(LocalDate.of(2029, 9, 3), "Nghỉ bù Quốc khánh", COMPENSATORY),
                        new Holiday(LocalDate.of(2029, 9, 4), "Nghỉ bù Quốc khánh", COMPENSATORY));
    }

    @ParameterizedTest(name = "Tết {0}: {1} is \"{2}\"")
    @CsvSource({
            "2024, 2024-02-09, Tết Nguyên đán (30 tháng Chạp)",
            "2026, 2026-02-16, Tết Nguyên đán (29 tháng Chạp)",
            "2026, 2026-02-17, Tết Nguyên đán (mùng 1)",
            "2026, 2026-02-18, Tết Nguyên đán (mùng 2)",
            "2030, 2030-02-02, Tết Nguyên đán (mùng 1)",
            "2100, 2100-02-09, Tết Nguyên đán (mùng 1)",
    })
    void namesTetDaysByTheirLunarDay(int year, LocalDate date, String name) {
        assertThat(rule.holidays(year)).contains(new Holiday(date, name, HOLIDAY));
    }

    @Test
    void keepsTheRulesShapeInEveryYearFrom1990To2100() {
        for (int year = WorkingDayCalendar.FIRST_YEAR; year <= WorkingDayCalendar.LAST_YEAR; year++) {
            int thisYear = year;
            List<Holiday> holidays = rule.holidays(year);
            List<Holiday> statutory = holidays.stream().filter(holiday -> holiday.kind() == HOLIDAY).toList();
            List<Holiday> compensatory = holidays.stream().filter(holiday -> holiday.kind() == COMPENSATORY).toList();
            Set<LocalDate> dates = new HashSet<>();
            holidays.forEach(holiday -> dates.add(holiday.date()));

            assertThat(statutory).as("statutory days of %d", year).hasSize(11);
            assertThat(compensatory).as("compensatory days of %d", year)
                    .hasSize((int) statutory.stream().filter(holiday -> Holiday.isWeekend(holiday.date())).count())
                    .noneMatch(holiday -> Holiday.isWeekend(holiday.date()))
                    .allMatch(holiday -> holiday.name().startsWith("Nghỉ bù "));
            assertThat(dates).as("distinct days of %d", year).hasSameSizeAs(holidays);
            assertThat(holidays).as("holidays of %d", year)
                    .allMatch(holiday -> holiday.date().getYear() == thisYear)
                    .isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()))
                    .anyMatch(holiday -> holiday.name().equals("Tết Nguyên đán (mùng 1)"));
        }
    }

    @Test
    void writesNamesWithFullDiacriticsInNfc() {
        assertThat(rule.holidays(2022)).allMatch(holiday ->
                Normalizer.isNormalized(holiday.name(), Normalizer.Form.NFC));
        assertThat(rule.holidays(2022)).extracting(Holiday::name)
                .contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Nghỉ bù Giỗ Tổ Hùng Vương");
    }
}
