package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.phoihop.calendar.HolidayKind.COMPENSATORY;
import static vn.phoihop.calendar.HolidayKind.HOLIDAY;
import static vn.phoihop.calendar.HolidayKind.MAKE_UP_WORKING_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Tết 2026: off Saturday 14/2 to Sunday 22/2.
            "2026-02-13, 1, 2026-02-23",
            "2026-02-11, 7, 2026-02-27",
            // 2022 by the default rule: 30/4 and 1/5 on the weekend, compensated on Monday 2/5 and Tuesday 3/5.
            "2022-04-29, 1, 2022-05-04",
            // 2025: 30/4 to 4/5 off, Saturday 26/4 worked instead of Friday 2/5.
            "2025-04-25, 1, 2025-04-26",
            "2025-04-26, 1, 2025-04-28",
            "2025-04-29, 1, 2025-05-05",
            // 2024: 27/4 to 1/5 off, Saturday 4/5 worked instead of Monday 29/4.
            "2024-04-26, 1, 2024-05-02",
            "2024-05-03, 1, 2024-05-04",
            // New Year 2026: 1/1 to 4/1 off, Saturday 10/1 worked instead of Friday 2/1.
            "2025-12-31, 1, 2026-01-05",
            "2026-01-09, 1, 2026-01-10",
            // Quốc khánh 2026: 29/8 to 2/9 off, Saturday 22/8 worked instead of Monday 31/8.
            "2026-08-21, 1, 2026-08-22",
            "2026-08-28, 1, 2026-09-03",
            // An ordinary week.
            "2026-03-02, 4, 2026-03-06",
            "2026-03-06, 1, 2026-03-09",
    })
    void countsWorkingDaysAfterTheStartingDay(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} days = {2}")
    @CsvSource({
            "2026-03-02, 3, 2026-03-05",
            // Ends on Saturday 7/3: rolls to Monday.
            "2026-03-02, 5, 2026-03-09",
            // Ends in Tết 2026: rolls to the first working day after it.
            "2026-02-06, 10, 2026-02-23",
            "2026-01-20, 30, 2026-02-23",
            "2026-02-10, 7, 2026-02-23",
            // Ends on the make-up Saturday 26/4/2025, a working day.
            "2025-04-21, 5, 2025-04-26",
            // A period of nothing ending on a holiday still ends on a working day.
            "2026-02-17, 0, 2026-02-23",
    })
    void endsAPeriodOfDaysOnAWorkingDay(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.addDays(from, n)).isEqualTo(expected);
    }

    @Test
    void returnsTheStartingDayForNoWorkingDaysEvenOnAHoliday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 17), 0)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void refusesANegativeNumberOfDays() {
        LocalDate day = LocalDate.of(2026, 3, 2);

        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(day, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addDays(day, -1));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-02-13, true", "2026-02-16, false", "2026-02-17, false", "2026-02-20, false",
            "2026-02-23, true", "2026-01-02, false", "2026-01-10, true", "2026-04-27, false",
            "2025-04-26, true", "2025-05-02, false", "2025-01-27, false", "2024-05-04, true",
            "2024-04-29, false", "2022-05-02, false", "2022-05-03, false", "2026-03-07, false",
    })
    void tellsWhetherCivilServantsWork(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void listsTheAnnouncedHolidaysOf2026() {
        assertThat(calendar.sourceOf(2026)).isEqualTo(ArrangementSource.ANNOUNCED);
        assertThat(calendar.holidays(2026)).containsExactly(
                new Holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch", HOLIDAY),
                new Holiday(LocalDate.of(2026, 1, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 10/1)", COMPENSATORY),
                new Holiday(LocalDate.of(2026, 1, 10), "Làm bù cho thứ Sáu 2/1", MAKE_UP_WORKING_DAY),
                new Holiday(LocalDate.of(2026, 2, 16), "Tết Nguyên đán (29 tháng Chạp)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 2, 17), "Tết Nguyên đán (mùng 1)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 2, 18), "Tết Nguyên đán (mùng 2)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 2, 19), "Tết Nguyên đán (mùng 3)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 2, 20), "Tết Nguyên đán (mùng 4)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 4, 26), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương", COMPENSATORY),
                new Holiday(LocalDate.of(2026, 4, 30), "Ngày Chiến thắng", HOLIDAY),
                new Holiday(LocalDate.of(2026, 5, 1), "Ngày Quốc tế Lao động", HOLIDAY),
                new Holiday(LocalDate.of(2026, 8, 22), "Làm bù cho thứ Hai 31/8", MAKE_UP_WORKING_DAY),
                new Holiday(LocalDate.of(2026, 8, 31), "Nghỉ hoán đổi (làm bù thứ Bảy 22/8)", COMPENSATORY),
                new Holiday(LocalDate.of(2026, 9, 1), "Quốc khánh (ngày liền kề)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh", HOLIDAY));
    }

    @Test
    void followsTheDefaultRuleInAYearNobodyEntered() {
        assertThat(calendar.sourceOf(2027)).isEqualTo(ArrangementSource.DEFAULT_RULE);
        assertThat(calendar.holidays(2027))
                .isEqualTo(new DefaultHolidayRule(new VietnameseLunarCalendar()).holidays(2027));
    }

    @Test
    void replacesAWholeYearWithTheAdministratorsEdit() {
        List<Holiday> edit = List.of(
                new Holiday(LocalDate.of(2026, 11, 24), "Ngày Văn hóa Việt Nam", HOLIDAY),
                new Holiday(LocalDate.of(2026, 2, 17), "Tết Nguyên đán (mùng 1)", HOLIDAY),
                new Holiday(LocalDate.of(2026, 11, 21), "Làm bù", MAKE_UP_WORKING_DAY));

        WorkingDayCalendar edited = WorkingDayCalendar.builder().version(3).edit(2026, edit).build();

        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.sourceOf(2026)).isEqualTo(ArrangementSource.ADMINISTRATOR);
        assertThat(edited.holidays(2026)).extracting(Holiday::date).containsExactly(
                LocalDate.of(2026, 2, 17), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 24));
        assertThat(edited.isWorkingDay(LocalDate.of(2026, 2, 18))).isTrue();
        assertThat(edited.isWorkingDay(LocalDate.of(2026, 11, 21))).isTrue();
        assertThat(edited.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(edited.holidays(2025)).isEqualTo(calendar.holidays(2025));
    }

    @Test
    void keepsTheLastEditOfAYear() {
        WorkingDayCalendar edited = WorkingDayCalendar.builder()
                .edit(2027, List.of(new Holiday(LocalDate.of(2027, 1, 1), "Tết Dương lịch", HOLIDAY)))
                .edit(2027, List.of())
                .build();

        assertThat(edited.holidays(2027)).isEmpty();
        assertThat(edited.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void refusesAnEditListingADayOfAnotherYearOrADayTwice() {
        Holiday newYear2027 = new Holiday(LocalDate.of(2027, 1, 1), "Tết Dương lịch", HOLIDAY);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingDayCalendar.builder().edit(2026, List.of(newYear2027)))
                .withMessageContaining("another year");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingDayCalendar.builder().edit(2027, List.of(newYear2027, newYear2027)))
                .withMessageContaining("twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingDayCalendar.builder().edit(1989, List.of()));
    }

    @Test
    void knowsTheFirstAndLastYears() {
        assertThat(calendar.holidays(1990))
                .contains(new Holiday(LocalDate.of(1990, 1, 27), "Tết Nguyên đán (mùng 1)", HOLIDAY));
        assertThat(calendar.isWorkingDay(LocalDate.of(1990, 1, 1))).isFalse();
        assertThat(calendar.holidays(2100))
                .contains(new Holiday(LocalDate.of(2100, 2, 9), "Tết Nguyên đán (mùng 1)", HOLIDAY));
        assertThat(calendar.addWorkingDays(LocalDate.of(1990, 1, 1), 1)).isEqualTo(LocalDate.of(1990, 1, 2));
        assertThat(calendar.addWorkingDays(LocalDate.of(2100, 12, 24), 1)).isEqualTo(LocalDate.of(2100, 12, 27));
    }

    @Test
    void refusesYearsBefore1990OrAfter2100() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.holidays(1989))
                .withMessage("Working days are known for the years 1990 to 2100 only, not 1989");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(LocalDate.of(1989, 12, 29)));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(1989, 12, 29), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.holidays(2101));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2100, 12, 30), 5))
                .withMessageContaining("not 2101");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addDays(LocalDate.of(2100, 12, 31), 1));
    }

    @Test
    void agreesWithCountingDayByDayAcrossYears() {
        Random random = new Random(2026);
        for (int i = 0; i < 500; i++) {
            LocalDate from = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40_000));
            int n = random.nextInt(400);

            LocalDate day = from;
            for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                if (calendar.isWorkingDay(day)) {
                    counted++;
                }
            }

            assertThat(calendar.addWorkingDays(from, n)).as("%s + %d working days", from, n).isEqualTo(day);
        }
    }

    @Test
    void addsHundredsOfWorkingDaysInMicroseconds() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        for (int year = 2024; year <= 2030; year++) {
            calendar.holidays(year);
        }
        int runs = 20_000;
        long checksum = 0;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            checksum += calendar.addWorkingDays(from.plusDays(i % 1000), 300).toEpochDay();
        }
        long microsecondsEach = (System.nanoTime() - start) / 1000 / runs;

        assertThat(checksum).isPositive();
        assertThat(microsecondsEach).isLessThan(50);
    }

    @Test
    void isEqualToACalendarComposedTheSameWay() {
        List<Holiday> edit = List.of(new Holiday(LocalDate.of(2027, 11, 24), "Ngày Văn hóa Việt Nam", HOLIDAY));

        assertThat(WorkingDayCalendar.builder().version(2).edit(2027, edit).build())
                .isEqualTo(WorkingDayCalendar.builder().version(2).edit(2027, edit).build())
                .hasSameHashCodeAs(WorkingDayCalendar.builder().version(2).edit(2027, edit).build())
                .isNotEqualTo(WorkingDayCalendar.builder().version(2).build());
        assertThat(WorkingDayCalendar.standard().version()).isZero();
    }
}
