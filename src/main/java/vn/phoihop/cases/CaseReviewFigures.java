package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.reviews.ReviewFigureContributor;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.Tasks;

/**
 * The cases section of a review ({@code cases}): the cases that concern the program — linked to one of its tasks, or
 * handled by its keeper or one of its parties — counted for the review period as the statistics count them (received,
 * accepted, resolved on time and late, withdrawn within the period; overdue at its end), in total and by kind. A
 * party's cases count even when unrelated to the program's tasks: the program commits the parties to coordinate the
 * handling of complaints and denunciations as a whole (DOMAIN.md §1 point 6).
 */
@Component
@Order(3)
class CaseReviewFigures implements ReviewFigureContributor {

    private final CaseRepository cases;
    private final Cases facade;
    private final Programs programs;
    private final Tasks tasks;

    CaseReviewFigures(CaseRepository cases, Cases facade, Programs programs, Tasks tasks) {
        this.cases = cases;
        this.facade = facade;
        this.programs = programs;
        this.tasks = tasks;
    }

    @Override
    public String section() {
        return "cases";
    }

    @Override
    public Map<String, Object> figures(ProgramId program, LocalDate periodStart, LocalDate periodEnd) {
        ProgramDetails p = programs.describe(program);
        Set<Long> bodies = new HashSet<>();
        bodies.add(p.keeperOrganizationId().value());
        p.parties().forEach(party -> bodies.add(party.organizationId().value()));
        Set<Long> taskIds = new HashSet<>();
        for (TaskDetails t : tasks.asOf(program, periodEnd)) {
            taskIds.add(t.id().value());
        }
        // Only the cases concerned, read by the database: handled by the program's bodies or linked to its tasks,
        // received by the end of the period (reading a province's 100,000 cases to filter them took seconds).
        Map<Long, CitizenCase> byId = new java.util.HashMap<>();
        cases.receivedByHandledBy(periodEnd, bodies).forEach(c -> byId.put(c.id(), c));
        List<Long> linked = List.copyOf(taskIds);
        for (int i = 0; i < linked.size(); i += 1000) {
            cases.receivedByLinkedTo(periodEnd, linked.subList(i, Math.min(linked.size(), i + 1000)))
                    .forEach(c -> byId.put(c.id(), c));
        }
        List<CitizenCase> concerned = byId.values().stream()
                .sorted(java.util.Comparator.comparing(CitizenCase::receivedOn).thenComparing(CitizenCase::id)
                        .reversed())
                .toList();
        List<CaseStatistics.Row> rows = CaseStatistics.count(concerned, facade.deadlinesOf(concerned), periodStart,
                periodEnd);
        Map<String, Object> m = new LinkedHashMap<>();
        for (CaseStatistics.Row r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("received", r.received());
            row.put("accepted", r.accepted());
            row.put("resolvedOnTime", r.resolvedOnTime());
            row.put("resolvedLate", r.resolvedLate());
            row.put("overdue", r.overdue());
            row.put("withdrawn", r.withdrawn());
            if (r.group().equals("TOTAL")) {
                m.putAll(row);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> byKind = (Map<String, Object>) m.computeIfAbsent("byKind",
                        k -> new LinkedHashMap<String, Object>());
                byKind.put(r.group(), row);
            }
        }
        return m;
    }
}
