package vn.phoihop.notifications;

import java.time.LocalDate;

import vn.phoihop.calendar.WorkingDayCalendar;

/**
 * Which deadlines the daily job reminds about, counted in working days of the calendar: those overdue (by their own
 * module's rule) and those due on or before the {@code dueWithin}-th working day after the day; an overdue one that
 * escalates is told to the leaders once it is late by more than {@code escalateAfter} working days.
 */
record ReminderWindow(int dueWithin, int escalateAfter) {

    boolean selects(Reminder r, LocalDate day, WorkingDayCalendar calendar) {
        return r.overdue() || !r.dueDate().isAfter(calendar.addWorkingDays(day, dueWithin));
    }

    boolean escalates(Reminder r, LocalDate day, WorkingDayCalendar calendar) {
        return r.escalates() && r.overdue() && workingDaysLate(r.dueDate(), day, calendar) > escalateAfter;
    }

    /** The working days after the due date up to and including the day. */
    static int workingDaysLate(LocalDate dueDate, LocalDate day, WorkingDayCalendar calendar) {
        int late = 0;
        for (LocalDate d = dueDate.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                late++;
            }
        }
        return late;
    }
}
