package vn.phoihop.calendar;

import java.util.List;

/**
 * A year's holiday list as a given calendar version has it.
 *
 * @param year     the solar year
 * @param source   where the list comes from: the default rule, the announced arrangement or an administrator
 * @param version  the calendar version the list belongs to
 * @param holidays statutory holidays (even on a weekend), other days off and make-up working days, by date
 */
public record CalendarYear(int year, ArrangementSource source, long version, List<Holiday> holidays) {

    public CalendarYear {
        holidays = List.copyOf(holidays);
    }
}
