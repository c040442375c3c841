package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    private final VietnameseLunarCalendar vietnam = new VietnameseLunarCalendar();
    private final VietnameseLunarCalendar china = new VietnameseLunarCalendar(8);

    // Published Vietnamese dates of Tết. Up to 2026 they are history; later ones are the forecasts
    // printed in Vietnamese calendars. 2007 and 2030 are the Vietnamese dates, a day before China's.
    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "1990, 1990-01-27", "1991, 1991-02-15", "1992, 1992-02-04", "1993, 1993-01-23",
            "1994, 1994-02-10", "1995, 1995-01-31", "1996, 1996-02-19", "1997, 1997-02-07",
            "1998, 1998-01-28", "1999, 1999-02-16", "2000, 2000-02-05", "2001, 2001-01-24",
            "2002, 2002-02-12", "2003, 2003-02-01", "2004, 2004-01-22", "2005, 2005-02-09",
            "2006, 2006-01-29", "2007, 2007-02-17", "2008, 2008-02-07", "2009, 2009-01-26",
            "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10",
            "2014, 2014-01-31", "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28",
            "2018, 2018-02-16", "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12",
            "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29",
            "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
            "2030, 2030-02-02", "2031, 2031-01-23", "2032, 2032-02-11", "2033, 2033-01-31",
            "2034, 2034-02-19", "2035, 2035-02-08",
    })
    void findsTetOnThePublishedVietnameseDate(int lunarYear, LocalDate tet) {
        assertThat(vietnam.newYear(lunarYear)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(LunarDate.of(lunarYear, 1, 1));
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is {1}")
    @CsvSource({
            "2019, 2019-04-14", "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10",
            "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26",
    })
    void findsHungKingsDayOnTheTenthOfTheThirdMonth(int lunarYear, LocalDate hungKingsDay) {
        assertThat(vietnam.toSolar(LunarDate.of(lunarYear, 3, 10))).isEqualTo(hungKingsDay);
    }

    // The new moon falls between 16:00 and 17:00 UT: before midnight at UTC+7, after it at UTC+8.
    // In 1985 the difference in the leap month put Tết a whole month apart. 1968 is the Tết Mậu Thân the
    // North, already on UTC+7, kept a day before the South.
    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
            "1968, 1968-01-29, 1968-01-30",
            "1969, 1969-02-16, 1969-02-17",
            "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18",
            "2030, 2030-02-02, 2030-02-03",
    })
    void reckonsTetAtUtcPlusSevenWhereChinaReckonsAtUtcPlusEight(int lunarYear, LocalDate vietnameseTet,
            LocalDate chineseNewYear) {
        assertThat(vietnam.newYear(lunarYear)).isEqualTo(vietnameseTet);
        assertThat(china.newYear(lunarYear)).isEqualTo(chineseNewYear);
    }

    @Test
    void placesTheLeapMonthOf1985DifferentlyFromChina() {
        assertThat(vietnam.leapMonth(1984)).isEmpty();
        assertThat(china.leapMonth(1984)).hasValue(10);
        assertThat(vietnam.leapMonth(1985)).hasValue(2);
        assertThat(china.leapMonth(1985)).isEmpty();
    }

    @ParameterizedTest(name = "lunar year {0} repeats month {1}")
    @CsvSource({
            "1990, 5", "1993, 3", "1995, 8", "2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4",
            "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2033, 11",
    })
    void findsTheLeapMonthOfAThirteenMonthYear(int lunarYear, int leapMonth) {
        assertThat(vietnam.leapMonth(lunarYear)).isEqualTo(OptionalInt.of(leapMonth));
    }

    @ParameterizedTest(name = "lunar year {0} has twelve months")
    @CsvSource({"2021", "2022", "2024", "2026", "2027"})
    void findsNoLeapMonthInATwelveMonthYear(int lunarYear) {
        assertThat(vietnam.leapMonth(lunarYear)).isEmpty();
    }

    // 2025 (Ất Tỵ) repeats month 6: 6/2025 from 25 June, 6 nhuận from 25 July, 7 from 23 August.
    @ParameterizedTest(name = "{0} is {1}/{2} (leap {3}) of 2025")
    @CsvSource({
            "2025-06-25, 6, 1, false",
            "2025-07-24, 6, 30, false",
            "2025-07-25, 6, 1, true",
            "2025-08-22, 6, 29, true",
            "2025-08-23, 7, 1, false",
    })
    void convertsBothWaysAcrossALeapMonth(LocalDate solar, int month, int day, boolean leapMonth) {
        LunarDate lunar = new LunarDate(2025, month, day, leapMonth);

        assertThat(vietnam.toLunar(solar)).isEqualTo(lunar);
        assertThat(vietnam.toSolar(lunar)).isEqualTo(solar);
    }

    // Also guards the days just before a new moon that comes later than the mean one (2054-05-07).
    @Test
    void convertsEveryDayFrom1800To2199BackToItselfInMonthsOf29Or30Days() {
        LunarDate previous = vietnam.toLunar(LocalDate.of(1800, 1, 1));
        for (LocalDate day = LocalDate.of(1800, 1, 2); day.getYear() <= 2199; day = day.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(day);
            boolean nextDay = lunar.day() == previous.day() + 1 && lunar.month() == previous.month()
                    && lunar.leapMonth() == previous.leapMonth() && lunar.year() == previous.year();
            boolean newMonth = lunar.day() == 1 && (previous.day() == 29 || previous.day() == 30);
            if (!(nextDay || newMonth) || !vietnam.toSolar(lunar).equals(day)) {
                throw new AssertionError(day + " became " + lunar + " after " + previous + ", and back "
                        + vietnam.toSolar(lunar));
            }
            previous = lunar;
        }
    }

    @Test
    void endsTheLunarYearOnThe29thOr30thOfTheTwelfthMonth() {
        assertThat(vietnam.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(2023, 12, 30));
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
    }

    @Test
    void refusesALeapMonthTheYearDoesNotHave() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> vietnam.toSolar(new LunarDate(2025, 3, 1, true)))
                .withMessageContaining("leap month of that year is 6");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> vietnam.toSolar(new LunarDate(2024, 3, 1, true)))
                .withMessageContaining("no leap month");
    }

    @Test
    void refusesTheThirtiethOfAShortMonth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> vietnam.toSolar(LunarDate.of(2025, 12, 30)))
                .withMessageContaining("only 29 days");
    }

    @Test
    void refusesYearsOutsideItsAstronomicalRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.newYear(1799));
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toLunar(LocalDate.of(2200, 1, 1)));
    }

    @Test
    void refusesAMonthOrDayOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2026, 13, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(2026, 1, 31));
    }
}
