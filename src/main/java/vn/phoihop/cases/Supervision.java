package vn.phoihop.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.phoihop.inforequests.InfoRequestDetails;
import vn.phoihop.inforequests.InfoRequests;
import vn.phoihop.shared.OrganizationId;

/**
 * Which bodies supervise a case: those assigned to it, and those whose standing rules cover it (every denunciation,
 * every case of a handling body, every open case past a share of its time). Requests for a report about a case are
 * information requests carrying the case's id ({@code inforequests}), read back here for the art. 38 steps.
 */
@Component
class Supervision {

    private final CaseSupervisionRepository assignments;
    private final SupervisionRuleRepository rules;
    private final InfoRequests infoRequests;

    Supervision(CaseSupervisionRepository assignments, SupervisionRuleRepository rules, InfoRequests infoRequests,
                Clock clock) {
        this.assignments = assignments;
        this.rules = rules;
        this.infoRequests = infoRequests;
    }

    List<OrganizationId> supervisorsOf(CitizenCase c, Map<String, StatutoryDeadline> deadlines, LocalDate today) {
        return supervisorsOf(List.of(c), Map.of(c.id(), deadlines), today).getOrDefault(c.id(), List.of());
    }

    Map<Long, List<OrganizationId>> supervisorsOf(List<CitizenCase> cases,
                                                  Map<Long, Map<String, StatutoryDeadline>> deadlines,
                                                  LocalDate today) {
        Map<Long, List<OrganizationId>> result = new HashMap<>();
        if (cases.isEmpty()) {
            return result;
        }
        List<Long> ids = cases.stream().map(CitizenCase::id).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            for (CaseSupervision s : assignments.findByCaseIdIn(ids.subList(i, Math.min(ids.size(), i + 500)))) {
                add(result, s.caseId(), s.supervisingOrganizationId());
            }
        }
        List<SupervisionRule> all = rules.findAll();
        for (CitizenCase c : cases) {
            for (SupervisionRule r : all) {
                if (covers(r, c, deadlines.getOrDefault(c.id(), Map.of()), today)) {
                    add(result, c.id(), r.supervisingOrganizationId());
                }
            }
        }
        return result;
    }

    /** Whether a standing rule covers the case on the day. */
    static boolean covers(SupervisionRule r, CitizenCase c, Map<String, StatutoryDeadline> deadlines, LocalDate today) {
        return switch (r.scope()) {
            case ALL_DENUNCIATIONS -> c.kind() == CaseKind.DENUNCIATION;
            case HANDLING_BODY -> r.handlingOrganizationId() != null
                    && r.handlingOrganizationId().equals(c.handlingOrganizationId());
            case PAST_PERCENT -> pastShare(c, deadlines, today, r.percent() == null ? 100 : r.percent());
        };
    }

    /** Open and at least {@code percent} % of the way from the running deadline's start to its date. */
    static boolean pastShare(CitizenCase c, Map<String, StatutoryDeadline> deadlines, LocalDate today, int percent) {
        StatutoryDeadline d = CaseStatusRule.running(c, deadlines, today);
        if (d == null) {
            return false;
        }
        long total = ChronoUnit.DAYS.between(d.startDate(), d.effectiveDate());
        long used = ChronoUnit.DAYS.between(d.startDate(), today);
        return total <= 0 || used * 100 >= (long) percent * total;
    }

    boolean hasRules(OrganizationId body) {
        return rules.findAll().stream().anyMatch(r -> r.supervisingOrganizationId().equals(body.value()));
    }

    Set<Long> assignedTo(OrganizationId body) {
        return assignments.findBySupervisingOrganizationId(body.value()).stream().map(CaseSupervision::caseId)
                .collect(Collectors.toSet());
    }

    Map<Long, List<Escalations.ReportRequest>> reportRequests(Collection<Long> caseIds) {
        Map<Long, List<Escalations.ReportRequest>> result = new HashMap<>();
        for (InfoRequestDetails r : infoRequests.ofCases(caseIds)) {
            result.computeIfAbsent(r.caseId(), k -> new ArrayList<>())
                    .add(new Escalations.ReportRequest(r.sentOn(), r.answeredOn()));
        }
        return result;
    }

    List<InfoRequestDetails> requestsAbout(Long caseId) {
        return infoRequests.ofCases(List.of(caseId));
    }

    private static void add(Map<Long, List<OrganizationId>> result, Long caseId, Long body) {
        List<OrganizationId> list = result.computeIfAbsent(caseId, k -> new ArrayList<>());
        OrganizationId id = new OrganizationId(body);
        if (!list.contains(id)) {
            list.add(id);
        }
    }
}
