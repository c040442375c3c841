package vn.phoihop.periodicreports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.reviews.ReviewFigureContributor;
import vn.phoihop.shared.ProgramId;

/**
 * The periodic-report section of a review: the reports due within the period, by status as of its end (on time,
 * late, missing), in all and by party. Reports not yet due at the period's end are left out.
 */
@Component
@Order(1)
class PeriodicReportFigures implements ReviewFigureContributor {

    private final PeriodicReports reports;

    PeriodicReportFigures(PeriodicReports reports) {
        this.reports = reports;
    }

    @Override
    public String section() {
        return "periodicReports";
    }

    @Override
    public Map<String, Object> figures(ProgramId program, LocalDate periodStart, LocalDate periodEnd) {
        int[] all = new int[3];
        Map<Long, int[]> byParty = new TreeMap<>();
        for (PeriodicReportSlot slot : reports.asOf(program, periodEnd)) {
            if (slot.dueDate().isBefore(periodStart) || slot.dueDate().isAfter(periodEnd)) {
                continue;
            }
            int index = switch (slot.status()) {
                case ON_TIME -> 0;
                case LATE -> 1;
                case MISSING -> 2;
                case NOT_DUE -> -1;
            };
            if (index < 0) {
                continue;
            }
            all[index]++;
            byParty.computeIfAbsent(slot.organizationId().value(), k -> new int[3])[index]++;
        }
        List<Map<String, Object>> parties = new ArrayList<>();
        byParty.forEach((body, counts) -> {
            Map<String, Object> row = counts(counts);
            Map<String, Object> withId = new LinkedHashMap<>();
            withId.put("organizationId", body);
            withId.putAll(row);
            parties.add(withId);
        });
        Map<String, Object> figures = counts(all);
        figures.put("byOrganization", parties);
        return figures;
    }

    private static Map<String, Object> counts(int[] c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("due", c[0] + c[1] + c[2]);
        m.put("onTime", c[0]);
        m.put("late", c[1]);
        m.put("missing", c[2]);
        return m;
    }
}
