package vn.phoihop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holidays of a year nobody has entered, from the Labour Code 2019, art. 112 and art. 111(3).
 *
 * <p>The Prime Minister fixes the actual Tết and Quốc khánh days each year; without that decision we take
 * the last day of the lunar year and the first four days of the new one for Tết, and 1/9 as the day
 * adjacent to 2/9. A holiday falling on a Saturday or Sunday is compensated on the next working day.
 * The rule is applied to every year alike: for years before 2021, when other rules were in force, the
 * real arrangement has to be entered to be exact.
 */
final class DefaultHolidayRule {

    private static final String NEW_YEARS_DAY = "Tết Dương lịch";
    private static final String TET = "Tết Nguyên đán";
    private static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    private static final String VICTORY_DAY = "Ngày Chiến thắng";
    private static final String LABOUR_DAY = "Ngày Quốc tế Lao động";
    private static final String NATIONAL_DAY = "Quốc khánh";

    private final VietnameseLunarCalendar lunarCalendar;

    DefaultHolidayRule(VietnameseLunarCalendar lunarCalendar) {
        this.lunarCalendar = lunarCalendar;
    }

    /** The statutory days of the solar year, each compensatory day, sorted by date. */
    List<Holiday> holidays(int year) {
        List<StatutoryDay> statutory = statutoryDays(year);
        Set<LocalDate> daysOff = new HashSet<>();
        statutory.forEach(day -> daysOff.add(day.date()));

        List<Holiday> holidays = new ArrayList<>();
        for (StatutoryDay day : statutory) {
            holidays.add(new Holiday(day.date(), day.name(), HolidayKind.HOLIDAY));
            if (Holiday.isWeekend(day.date())) {
                LocalDate compensation = nextWeekdayNotOff(day.date(), daysOff);
                daysOff.add(compensation);
                holidays.add(new Holiday(compensation, "Nghỉ bù " + day.occasion(), HolidayKind.COMPENSATORY));
            }
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    private List<StatutoryDay> statutoryDays(int year) {
        List<StatutoryDay> days = new ArrayList<>();
        days.add(new StatutoryDay(LocalDate.of(year, 1, 1), NEW_YEARS_DAY, null));

        // Tết always begins between 21 January and 20 February, so its five days lie in the same solar year.
        LocalDate newYear = lunarCalendar.newYear(year);
        LocalDate lastDayOfLunarYear = newYear.minusDays(1);
        int lastDay = lunarCalendar.toLunar(lastDayOfLunarYear).day();
        days.add(new StatutoryDay(lastDayOfLunarYear, TET, lastDay + " tháng Chạp"));
        for (int day = 1; day <= 4; day++) {
            days.add(new StatutoryDay(newYear.plusDays(day - 1), TET, "mùng " + day));
        }

        LocalDate hungKings = lunarCalendar.toSolar(LunarDate.of(year, 3, 10));
        days.add(new StatutoryDay(hungKings, HUNG_KINGS, "10/3 âm lịch"));
        days.add(new StatutoryDay(LocalDate.of(year, 4, 30), VICTORY_DAY, null));
        days.add(new StatutoryDay(LocalDate.of(year, 5, 1), LABOUR_DAY, null));
        days.add(new StatutoryDay(LocalDate.of(year, 9, 1), NATIONAL_DAY, "ngày liền kề"));
        days.add(new StatutoryDay(LocalDate.of(year, 9, 2), NATIONAL_DAY, null));

        days.sort(Comparator.comparing(StatutoryDay::date));
        return days;
    }

    private static LocalDate nextWeekdayNotOff(LocalDate holiday, Set<LocalDate> daysOff) {
        LocalDate day = holiday.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || daysOff.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A statutory day: the occasion names its compensation ("Nghỉ bù Quốc khánh"), the detail tells the days apart. */
    private record StatutoryDay(LocalDate date, String occasion, String detail) {

        String name() {
            return detail == null ? occasion : occasion + " (" + detail + ")";
        }
    }
}
