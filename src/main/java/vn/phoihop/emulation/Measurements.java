package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.phoihop.emulation.ScoreCalculation.Measure;
import vn.phoihop.inforequests.InfoRequestDetails;
import vn.phoihop.inforequests.InfoRequestStatus;
import vn.phoihop.inforequests.InfoRequests;
import vn.phoihop.periodicreports.PeriodicReportSlot;
import vn.phoihop.periodicreports.PeriodicReportStatus;
import vn.phoihop.periodicreports.PeriodicReports;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.Tasks;

/**
 * Takes the measures of a movement's criteria for every scored body of a program over a period, each with the items
 * it counted. Statuses come only from the owning modules' rules, as of the period's end: tasks from
 * {@code Tasks.asOfCreatedBy} (the task-status rule), periodic reports from {@code PeriodicReports.asOf}, requests
 * from {@code InfoRequests.asOf}, cases from {@link CaseOutcomes}. What counts in a period [from, to]:
 * <ul>
 * <li>TASKS_ON_TIME — the body's lead tasks (occurrences of recurring tasks, not their parent; cancelled ones left
 * out) whose due date in force falls within the period, plus those without a due date completed within it;
 * on time = DONE_ON_TIME.</li>
 * <li>REPORTS_ON_TIME — the body's periodic-report slots due within the period; on time = ON_TIME.</li>
 * <li>REQUESTS_ON_TIME — requests addressed to the body in this program, due within the period; on time =
 * ANSWERED_ON_TIME (late answers and overdue requests count against it).</li>
 * <li>manual criteria — the body's latest rating dated within the period, as a share of the criterion's maximum.</li>
 * </ul>
 * Nothing to count → not applicable to that body.
 */
@Component
class Measurements {

    /** The measures of every scored body, and the items behind them. */
    record Taken(Map<OrganizationId, Map<String, Measure>> measures,
                 Map<OrganizationId, Map<String, List<Evidence>>> evidence) {
    }

    private final Programs programs;
    private final Tasks tasks;
    private final PeriodicReports reports;
    private final InfoRequests requests;
    private final ObjectProvider<CaseOutcomes> cases;
    private final RatingRepository ratings;

    Measurements(Programs programs, Tasks tasks, PeriodicReports reports, InfoRequests requests,
                 ObjectProvider<CaseOutcomes> cases, RatingRepository ratings) {
        this.programs = programs;
        this.tasks = tasks;
        this.reports = reports;
        this.requests = requests;
        this.cases = cases;
        this.ratings = ratings;
    }

    /** Whether a module measures case outcomes; without one CASES_ON_TIME is unavailable. */
    boolean casesAvailable() {
        return cases.getIfAvailable() != null;
    }

    Taken take(ProgramId program, List<Criterion> criteria, LocalDate from, LocalDate to) {
        ProgramDetails details = programs.describe(program);
        List<TaskDetails> taskList = tasks.asOfCreatedBy(program, to);
        Set<OrganizationId> bodies = new LinkedHashSet<>();
        details.parties().forEach(p -> bodies.add(p.organizationId()));
        for (TaskDetails t : taskList) {
            bodies.add(t.leadOrganizationId());
            bodies.addAll(t.cooperatingOrganizationIds());
            if (t.advisingOrganizationId() != null) {
                bodies.add(t.advisingOrganizationId());
            }
        }
        Map<OrganizationId, Map<String, Measure>> measures = new LinkedHashMap<>();
        Map<OrganizationId, Map<String, List<Evidence>>> evidence = new LinkedHashMap<>();
        for (OrganizationId b : bodies) {
            measures.put(b, new LinkedHashMap<>());
            evidence.put(b, new LinkedHashMap<>());
        }
        List<PeriodicReportSlot> slots = null;
        List<InfoRequestDetails> requestList = null;
        CaseOutcomes caseOutcomes = cases.getIfAvailable();
        for (Criterion c : criteria) {
            if (c.kind() == CriterionKind.MANUAL) {
                manual(c, from, to, measures, evidence);
                continue;
            }
            BuiltInCriterion builtIn = BuiltInCriterion.of(c.code());
            if (builtIn == null) {
                continue;
            }
            switch (builtIn) {
                case TASKS_ON_TIME -> tasks(c.code(), taskList, from, to, measures, evidence);
                case REPORTS_ON_TIME -> {
                    slots = slots != null ? slots : reports.asOf(program, to);
                    reports(c.code(), slots, from, to, measures, evidence);
                }
                case REQUESTS_ON_TIME -> {
                    requestList = requestList != null ? requestList : requests.asOf(program, to);
                    requests(c.code(), requestList, from, to, measures, evidence);
                }
                case CASES_ON_TIME -> {
                    for (OrganizationId b : bodies) {
                        if (caseOutcomes == null) {
                            measures.get(b).put(c.code(), Measure.unavailable());
                            continue;
                        }
                        Optional<Share> share = caseOutcomes.resolvedOnTime(b, from, to);
                        measures.get(b).put(c.code(), share.map(s -> Measure.of(s.onTime(), s.total()))
                                .orElse(Measure.notApplicable()));
                    }
                }
            }
        }
        return new Taken(measures, evidence);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    private static void tasks(String code, List<TaskDetails> list, LocalDate from, LocalDate to,
                              Map<OrganizationId, Map<String, Measure>> measures,
                              Map<OrganizationId, Map<String, List<Evidence>>> evidence) {
        Map<OrganizationId, long[]> counts = new LinkedHashMap<>();
        for (TaskDetails t : list) {
            boolean recurringParent = t.recurrence() != null && t.parentTaskId() == null;
            if (recurringParent || t.status() == TaskStatus.CANCELLED || !measures.containsKey(t.leadOrganizationId())) {
                continue;
            }
            boolean counted = t.dueDate() != null ? within(t.dueDate(), from, to)
                    : t.completedOn() != null && within(t.completedOn(), from, to);
            if (!counted) {
                continue;
            }
            boolean onTime = t.status() == TaskStatus.DONE_ON_TIME;
            long[] c = counts.computeIfAbsent(t.leadOrganizationId(), k -> new long[2]);
            c[1]++;
            if (onTime) {
                c[0]++;
            }
            evidence.get(t.leadOrganizationId()).computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new Evidence("TASK", t.id().value(), t.title(), t.dueDate(), t.completedOn(),
                            t.status().name(), onTime, null, null, "/tasks/" + t.id().value()));
        }
        put(code, counts, measures);
    }

    private static void reports(String code, List<PeriodicReportSlot> slots, LocalDate from, LocalDate to,
                                Map<OrganizationId, Map<String, Measure>> measures,
                                Map<OrganizationId, Map<String, List<Evidence>>> evidence) {
        Map<OrganizationId, long[]> counts = new LinkedHashMap<>();
        for (PeriodicReportSlot s : slots) {
            if (!within(s.dueDate(), from, to) || s.status() == PeriodicReportStatus.NOT_DUE
                    || !measures.containsKey(s.organizationId())) {
                continue;
            }
            boolean onTime = s.status() == PeriodicReportStatus.ON_TIME;
            long[] c = counts.computeIfAbsent(s.organizationId(), k -> new long[2]);
            c[1]++;
            if (onTime) {
                c[0]++;
            }
            evidence.get(s.organizationId()).computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new Evidence("REPORT", s.reportId() == null ? null : s.reportId().value(),
                            s.periodStart() + " – " + s.periodEnd(), s.dueDate(), s.submittedOn(), s.status().name(),
                            onTime, null, null, s.reportId() == null ? null : "/periodic-reports/" + s.reportId().value()));
        }
        put(code, counts, measures);
    }

    private static void requests(String code, List<InfoRequestDetails> list, LocalDate from, LocalDate to,
                                 Map<OrganizationId, Map<String, Measure>> measures,
                                 Map<OrganizationId, Map<String, List<Evidence>>> evidence) {
        Map<OrganizationId, long[]> counts = new LinkedHashMap<>();
        for (InfoRequestDetails r : list) {
            if (!within(r.dueDate(), from, to) || r.status() == InfoRequestStatus.OPEN
                    || !measures.containsKey(r.toOrganizationId())) {
                continue;
            }
            boolean onTime = r.status() == InfoRequestStatus.ANSWERED_ON_TIME;
            long[] c = counts.computeIfAbsent(r.toOrganizationId(), k -> new long[2]);
            c[1]++;
            if (onTime) {
                c[0]++;
            }
            evidence.get(r.toOrganizationId()).computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new Evidence("REQUEST", r.id().value(), r.subject(), r.dueDate(), r.answeredOn(),
                            r.status().name(), onTime, null, null, "/info-requests/" + r.id().value()));
        }
        put(code, counts, measures);
    }

    private void manual(Criterion c, LocalDate from, LocalDate to,
                        Map<OrganizationId, Map<String, Measure>> measures,
                        Map<OrganizationId, Map<String, List<Evidence>>> evidence) {
        Map<Long, Rating> latest = new LinkedHashMap<>();
        for (Rating r : ratings.findByCriterionIdInOrderByRatedOnAscIdAsc(List.of(c.id()))) {
            if (within(r.ratedOn(), from, to)) {
                latest.put(r.organizationId(), r);
            }
        }
        BigDecimal max = c.maxValue() == null ? BuiltInCriterion.LEADER_RATING_MAX : c.maxValue();
        for (OrganizationId b : measures.keySet()) {
            Rating r = latest.get(b.value());
            if (r == null) {
                measures.get(b).put(c.code(), Measure.notApplicable());
                continue;
            }
            measures.get(b).put(c.code(), Measure.of(r.rating().min(max), max));
            evidence.get(b).computeIfAbsent(c.code(), k -> new ArrayList<>())
                    .add(new Evidence("RATING", r.id(), r.comment(), null, r.ratedOn(), null, true, r.rating(),
                            r.enteredByName(), null));
        }
    }

    private static void put(String code, Map<OrganizationId, long[]> counts,
                            Map<OrganizationId, Map<String, Measure>> measures) {
        for (Map.Entry<OrganizationId, Map<String, Measure>> e : measures.entrySet()) {
            long[] c = counts.get(e.getKey());
            e.getValue().put(code, c == null ? Measure.notApplicable() : Measure.of(c[0], c[1]));
        }
    }
}
