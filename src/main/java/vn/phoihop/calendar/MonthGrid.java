package vn.phoihop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A month of the calendar page: weeks from Monday to Sunday, each day with the CSS classes of what it is. */
record MonthGrid(int month, List<List<Cell>> weeks) {

    /** A day of the grid, or an empty cell before the 1st or after the last day. */
    record Cell(LocalDate date, String classes, String name) {

        public Integer day() {
            return date == null ? null : date.getDayOfMonth();
        }
    }

    static List<MonthGrid> year(WorkingDayCalendar calendar, int year, LocalDate today) {
        Map<LocalDate, Holiday> holidays = new HashMap<>();
        calendar.holidays(year).forEach(h -> holidays.put(h.date(), h));
        List<MonthGrid> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(month(YearMonth.of(year, month), holidays, today));
        }
        return months;
    }

    private static MonthGrid month(YearMonth month, Map<LocalDate, Holiday> holidays, LocalDate today) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
            week.add(new Cell(null, "cal-blank", null));
        }
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            Holiday holiday = holidays.get(day);
            week.add(new Cell(day, classes(day, holiday, today), holiday == null ? null : holiday.name()));
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Cell(null, "cal-blank", null));
            }
            weeks.add(week);
        }
        return new MonthGrid(month.getMonthValue(), weeks);
    }

    private static String classes(LocalDate day, Holiday holiday, LocalDate today) {
        StringBuilder classes = new StringBuilder("cal-day");
        if (Holiday.isWeekend(day)) {
            classes.append(" cal-weekend");
        }
        if (holiday != null) {
            classes.append(switch (holiday.kind()) {
                case HOLIDAY -> " cal-holiday";
                case COMPENSATORY -> " cal-off";
                case MAKE_UP_WORKING_DAY -> " cal-makeup";
            });
        }
        if (day.equals(today)) {
            classes.append(" cal-today");
        }
        return classes.toString();
    }
}
