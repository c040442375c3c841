package vn.phoihop.cases;

import java.time.LocalDate;

import vn.phoihop.calendar.WorkingDayCalendar;

/**
 * One computed deadline of a case: the legal date ({@code dueDate}, null when the law sets none), the separate
 * internal target, the rule and the calendar version it was computed with, its legal basis, and the days extensions
 * added.
 */
public record StatutoryDeadline(String code, String ruleCode, LocalDate startDate, Integer limitDays, DayUnit unit,
                                LocalDate dueDate, LocalDate internalTarget, int extendedDays, long calendarVersion,
                                String legalBasis) {

    /**
     * Computes a deadline from its rule for a case's circumstances, counting from {@code start} with one calendar
     * snapshot, so the date and the version recorded agree.
     */
    static StatutoryDeadline compute(DeadlineRule rule, LocalDate start, boolean remote, Complexity complexity,
                                     boolean severalPlaces, WorkingDayCalendar calendar) {
        Integer limit = rule.limitFor(remote, complexity, severalPlaces);
        Integer target = rule.targetFor(limit);
        LocalDate due = limit == null ? null : rule.count(start, limit, calendar);
        LocalDate targetDate = target == null ? null : rule.count(start, target, calendar);
        return new StatutoryDeadline(rule.deadlineCode(), rule.code(), start, limit, rule.unit(), due, targetDate, 0,
                calendar.version(), rule.legalBasis());
    }

    /** The date that counts: the legal date, or the internal target where the law sets none. */
    public LocalDate effectiveDate() {
        return dueDate != null ? dueDate : internalTarget;
    }
}
