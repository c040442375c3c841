package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.Map;

/**
 * The one rule for where a case stands on a day D: which deadline is running (acceptance while received, resolution
 * once accepted) and whether it has passed. Only stage days on or before D count, so statistics as of a past day
 * agree with what the pages said that day.
 */
final class CaseStatusRule {

    private CaseStatusRule() {
    }

    /** The deadline the handling body owes on day D, or null when none is running (decided, refused, closed…). */
    static StatutoryDeadline running(CitizenCase c, Map<String, StatutoryDeadline> deadlines, LocalDate day) {
        if (c.receivedOn().isAfter(day) || on(c.refusedOn(), day) || on(c.transferredOn(), day)
                || on(c.withdrawnOn(), day) || on(c.resolvedOn(), day) || on(c.closedOn(), day)) {
            return null;
        }
        StatutoryDeadline d = on(c.acceptedOn(), day) ? deadlines.get("resolveBy") : deadlines.get("acceptBy");
        return d == null || d.effectiveDate() == null ? null : d;
    }

    /** Past its running deadline on day D: the deadline's last day is before D. */
    static boolean overdue(CitizenCase c, Map<String, StatutoryDeadline> deadlines, LocalDate day) {
        StatutoryDeadline d = running(c, deadlines, day);
        return d != null && day.isAfter(d.effectiveDate());
    }

    /** Resolved within the resolution limit in force (the internal target where the law sets none); null if not resolved. */
    static Boolean onTime(CitizenCase c, Map<String, StatutoryDeadline> deadlines) {
        if (c.resolvedOn() == null) {
            return null;
        }
        StatutoryDeadline d = deadlines.get("resolveBy");
        return d == null || d.effectiveDate() == null || !c.resolvedOn().isAfter(d.effectiveDate());
    }

    private static boolean on(LocalDate d, LocalDate day) {
        return d != null && !d.isAfter(day);
    }
}
