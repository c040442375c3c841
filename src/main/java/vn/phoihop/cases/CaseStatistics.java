package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;

/**
 * Case figures per period and handling body, by kind and instance: received, accepted, resolved on time and late,
 * withdrawn (each counted when its day falls in the period) and overdue (open and past its running limit at the
 * period's end, by {@link CaseStatusRule}). Only the cases the caller may see count; only those that count are read.
 */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

    /** Row groups, in display order. */
    public static final List<String> GROUPS = List.of("COMPLAINT_FIRST", "COMPLAINT_SECOND", "DENUNCIATION",
            "PETITION", "TOTAL");

    private final Cases cases;

    CaseStatistics(Cases cases) {
        this.cases = cases;
    }

    public record Row(String group, int received, int accepted, int resolvedOnTime, int resolvedLate, int overdue,
                      int withdrawn) {
    }

    public record Figures(LocalDate from, LocalDate to, OrganizationId organizationId, List<Row> rows) {
    }

    public Figures compute(LocalDate from, LocalDate to, Long organizationId, Actor actor) {
        LocalDate today = cases.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw InvalidInput.of("to", "cases.statistics.toBeforeFrom");
        }
        // Only the cases that count in one figure or another are read: those of the period, and those overdue at its
        // end (the database selects them; the counting rule below decides, as everywhere).
        List<CitizenCase> visible = cases.countedIn(start, end, organizationId, actor);
        return new Figures(start, end, OrganizationId.ofNullable(organizationId),
                count(visible, cases.deadlinesOf(visible), start, end));
    }

    /** The rows for these cases; the one counting rule, also used by the review section. */
    static List<Row> count(List<CitizenCase> list, Map<Long, Map<String, StatutoryDeadline>> deadlines,
                           LocalDate from, LocalDate to) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        GROUPS.forEach(g -> counts.put(g, new int[6]));
        for (CitizenCase c : list) {
            Map<String, StatutoryDeadline> dl = deadlines.getOrDefault(c.id(), Map.of());
            int[] row = counts.get(group(c));
            int[] total = counts.get("TOTAL");
            List<Integer> hits = new ArrayList<>();
            if (in(c.receivedOn(), from, to)) {
                hits.add(0);
            }
            if (in(c.acceptedOn(), from, to)) {
                hits.add(1);
            }
            if (in(c.resolvedOn(), from, to)) {
                hits.add(Boolean.TRUE.equals(CaseStatusRule.onTime(c, dl)) ? 2 : 3);
            }
            if (CaseStatusRule.overdue(c, dl, to)) {
                hits.add(4);
            }
            if (in(c.withdrawnOn(), from, to)) {
                hits.add(5);
            }
            for (int i : hits) {
                row[i]++;
                total[i]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((g, v) -> rows.add(new Row(g, v[0], v[1], v[2], v[3], v[4], v[5])));
        return rows;
    }

    static String group(CitizenCase c) {
        return c.kind() == CaseKind.COMPLAINT ? "COMPLAINT_" + c.instance().name() : c.kind().name();
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
