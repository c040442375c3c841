package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.calendar.Calendar;
import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.OrganizationId;

/**
 * The public query for reminders (the notifications module plugs it in): open cases whose running deadline falls
 * within a number of working days, or has passed. Never carries a citizen's identity. Also computes the deadlines of
 * a case in given circumstances, for those who write cases in bulk (the dataset generator).
 */
@Service
@Transactional(readOnly = true)
public class CaseDeadlines {

    private final Cases cases;
    private final Supervision supervision;
    private final Calendar calendar;
    private final DeadlineRules rules;
    private final CaseQuery query;

    CaseDeadlines(Cases cases, CaseQuery query, Supervision supervision, Calendar calendar, DeadlineRules rules) {
        this.cases = cases;
        this.query = query;
        this.supervision = supervision;
        this.calendar = calendar;
        this.rules = rules;
    }

    /**
     * The deadlines a case in these circumstances has, by code ({@code acceptBy}, {@code resolveBy}, {@code notifyBy},
     * {@code secondComplaintBy}), computed exactly as for a case registered and accepted by hand: the rules in force,
     * the given calendar snapshot (record its version), the extensions decided ({@code extensionDays}, in order).
     * {@code acceptedOn} null: only the deadline counted from receipt. Reads the rules (cached), nothing else.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, StatutoryDeadline> deadlinesFor(CaseKind kind, CaseInstance instance, LocalDate receivedOn,
                                                      LocalDate acceptedOn, boolean remoteArea, Complexity complexity,
                                                      boolean severalPlaces, List<Integer> extensionDays,
                                                      WorkingDayCalendar calendar) {
        return StatutoryDeadline.forCase(rules.all(), kind, instance, receivedOn, acceptedOn, remoteArea, complexity,
                severalPlaces, extensionDays, calendar);
    }

    /**
     * A case due soon or overdue. {@code title} is the subject (never the citizen); {@code escalationStep} as in
     * {@link Escalation}.
     */
    public record DueCase(CaseId caseId, CaseKind kind, CaseStage stage, String deadlineCode, LocalDate deadline,
                          boolean overdue, String legalBasis, OrganizationId handlingOrganizationId,
                          List<OrganizationId> supervisingOrganizationIds, String title, String escalationStep) {
    }

    /**
     * Open cases whose running deadline is on or before the {@code withinWorkingDays}-th working day after
     * {@code today} (0: due today or overdue), soonest first.
     */
    public List<DueCase> dueOrOverdue(LocalDate today, int withinWorkingDays) {
        return dueOrOverdue(today, withinWorkingDays, null);
    }

    /**
     * As {@link #dueOrOverdue(LocalDate, int)}, of the cases the actor may see (null: every case). The database
     * selects the open cases whose running deadline falls by the horizon; only those are read, with their deadlines,
     * supervisors and report requests, and the rule of {@link CaseStatusRule} has the last word.
     */
    List<DueCase> dueOrOverdue(LocalDate today, int withinWorkingDays, Actor actor) {
        LocalDate horizon = calendar.addWorkingDays(today, Math.max(0, withinWorkingDays));
        CaseQuery.Where w = new CaseQuery.Where();
        if (!query.visibleTo(actor, today, w)) {
            return List.of();
        }
        w.and("c.stage in " + w.param(CaseStage.OPEN));
        w.and(CaseQuery.dueBy(today, horizon, w));
        List<CitizenCase> open = query.all(w);
        Map<Long, Map<String, StatutoryDeadline>> dl = cases.deadlinesOf(open);
        Map<Long, List<OrganizationId>> sup = supervision.supervisorsOf(open, dl, today);
        Map<Long, List<Escalations.ReportRequest>> reports = supervision.reportRequests(
                open.stream().map(CitizenCase::id).toList());
        List<DueCase> result = new ArrayList<>();
        for (CitizenCase c : open) {
            StatutoryDeadline d = CaseStatusRule.running(c, dl.get(c.id()), today);
            if (!c.stage().isOpen() || d == null || d.effectiveDate().isAfter(horizon)) {
                continue;
            }
            Escalation e = cases.escalation(c, dl.get(c.id()), sup.getOrDefault(c.id(), List.of()),
                    reports.getOrDefault(c.id(), List.of()), today);
            result.add(new DueCase(new CaseId(c.id()), c.kind(), c.stage(), d.code(), d.effectiveDate(),
                    today.isAfter(d.effectiveDate()), d.legalBasis(), new OrganizationId(c.handlingOrganizationId()),
                    sup.getOrDefault(c.id(), List.of()), c.subject(), e.step()));
        }
        result.sort(java.util.Comparator.comparing(DueCase::deadline).thenComparing(x -> x.caseId().value()));
        return result;
    }
}
