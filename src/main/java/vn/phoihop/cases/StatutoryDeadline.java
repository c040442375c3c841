package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Every stored deadline of a case in these circumstances, by code, with one calendar snapshot: {@code acceptBy}
     * from receipt; once accepted {@code resolveBy}, {@code notifyBy} and {@code secondComplaintBy} (from the end of
     * the resolution limit). The extensions decided ({@code extensionDays}, in order) are added to the legal
     * resolution date, each rolled forward.
     */
    static Map<String, StatutoryDeadline> forCase(List<DeadlineRule> rules, CaseKind kind, CaseInstance instance,
                                                  LocalDate receivedOn, LocalDate acceptedOn, boolean remote,
                                                  Complexity complexity, boolean severalPlaces,
                                                  List<Integer> extensionDays, WorkingDayCalendar calendar) {
        Map<String, StatutoryDeadline> computed = new LinkedHashMap<>();
        List<DeadlineRule> applicable = rules.stream().filter(r -> r.computed() && r.appliesTo(kind, instance)).toList();
        for (String from : List.of("RECEIVED", "ACCEPTED", "RESOLVE_DUE")) {
            for (DeadlineRule r : applicable) {
                if (!r.startsFrom().equals(from)) {
                    continue;
                }
                LocalDate start = switch (from) {
                    case "RECEIVED" -> receivedOn;
                    case "ACCEPTED" -> acceptedOn;
                    default -> computed.containsKey("resolveBy") ? computed.get("resolveBy").dueDate() : null;
                };
                if (start == null) {
                    continue;
                }
                StatutoryDeadline d = compute(r, start, remote, complexity, severalPlaces, calendar);
                if (r.deadlineCode().equals("resolveBy") && d.dueDate() != null) {
                    LocalDate due = d.dueDate();
                    int extended = 0;
                    for (int days : extensionDays) {
                        due = calendar.addDays(due, days);
                        extended += days;
                    }
                    d = new StatutoryDeadline(d.code(), d.ruleCode(), d.startDate(), d.limitDays(), d.unit(), due,
                            d.internalTarget(), extended, d.calendarVersion(), d.legalBasis());
                }
                computed.put(r.deadlineCode(), d);
            }
        }
        return computed;
    }

    /** The date that counts: the legal date, or the internal target where the law sets none. */
    public LocalDate effectiveDate() {
        return dueDate != null ? dueDate : internalTarget;
    }
}
