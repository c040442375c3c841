package vn.phoihop.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrator's complete list for one year, replacing whatever the year had.
 *
 * @param daysOff     every day off of the year except ordinary weekends: statutory holidays (those on a weekend
 *                    included), other days of Tết, compensatory and swapped days
 * @param workingDays the Saturdays and Sundays worked instead (make-up working days); {@code null} for none
 */
public record YearForm(List<Day> daysOff, List<Day> workingDays) {

    /**
     * One day of the list.
     *
     * @param date the day, in the edited year
     * @param name its name, e.g. "Tết Nguyên đán (mùng 1)" or "Làm bù cho thứ Sáu 2/1"
     * @param kind optional: for a day off {@link HolidayKind#HOLIDAY} or {@link HolidayKind#COMPENSATORY}; when
     *             absent a day off is a HOLIDAY if the Labour Code's default rule or the year's current list
     *             has a statutory holiday on that date, otherwise COMPENSATORY. A working day is always
     *             {@link HolidayKind#MAKE_UP_WORKING_DAY}.
     */
    public record Day(LocalDate date, String name, HolidayKind kind) {

        public Day(LocalDate date, String name) {
            this(date, name, null);
        }
    }
}
