package vn.phoihop.cases;

import vn.phoihop.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * A statutory deadline rule as kept in {@code case_deadline_rule} (DOMAIN.md §7): the limit and its variants for
 * remote areas, complex cases and intake needing verification at several places; the unit; the province's internal
 * target (shorter, never replacing the legal limit); the extensions allowed; the legal basis shown next to the date.
 * {@code limitDays} null means the law sets no limit (petitions): only the internal target applies.
 *
 * @param startsFrom {@code RECEIVED}, {@code ACCEPTED}, {@code RESOLVE_DUE} (after the resolution limit ends) or
 *                   {@code REPORT_REQUESTED}
 * @param computed   false for rules shown for information or applied by escalation rather than stored per case
 */
public record DeadlineRule(String code, String deadlineCode, CaseKind kind, CaseInstance instance, String startsFrom,
                           Integer limitDays, DayUnit unit, Integer remoteDays, Integer complexDays,
                           Integer remoteComplexDays, Integer severalPlacesDays, Integer internalTargetDays,
                           int extensionsComplex, int extensionsVeryComplex, int extensionMaxDays, String legalBasis,
                           boolean computed) {

    /** Whether the rule applies to a case of this kind and instance (a rule without instance applies to any). */
    public boolean appliesTo(CaseKind k, CaseInstance i) {
        return kind == k && (instance == null || instance == i);
    }

    /**
     * The legal limit in days for the case's circumstances, or null when the law sets none. A very complex case has
     * the complex limit; remote and complex together take the remote-complex variant.
     */
    public Integer limitFor(boolean remote, Complexity complexity, boolean severalPlaces) {
        if (limitDays == null) {
            return null;
        }
        boolean complex = complexity != null && complexity != Complexity.NORMAL;
        if (remote && complex && remoteComplexDays != null) {
            return remoteComplexDays;
        }
        if (remote && remoteDays != null) {
            return remoteDays;
        }
        if (complex && complexDays != null) {
            return complexDays;
        }
        if (severalPlaces && severalPlacesDays != null) {
            return severalPlacesDays;
        }
        return limitDays;
    }

    /**
     * The internal target in days: as many days short of the applicable legal limit as the target is short of the
     * base limit (30 → 29 makes 45 → 44); the target itself when the law sets no limit.
     */
    public Integer targetFor(Integer limit) {
        if (internalTargetDays == null) {
            return null;
        }
        if (limit == null || limitDays == null) {
            return internalTargetDays;
        }
        return Math.max(1, limit - (limitDays - internalTargetDays));
    }

    /** How many extensions the law allows for a case of this complexity (denunciations, art. 30). */
    public int extensionsAllowed(Complexity complexity) {
        return switch (complexity) {
            case NORMAL -> 0;
            case COMPLEX -> extensionsComplex;
            case VERY_COMPLEX -> extensionsVeryComplex;
        };
    }

    /** Counts {@code days} from {@code start} in this rule's unit, only through the calendar. */
    public LocalDate count(LocalDate start, int days, WorkingDayCalendar calendar) {
        return unit == DayUnit.WORKING_DAYS ? calendar.addWorkingDays(start, days) : calendar.addDays(start, days);
    }
}
