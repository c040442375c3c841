package vn.phoihop.periodicreports;

import java.util.List;

import vn.phoihop.programs.ReportCadence;
import vn.phoihop.shared.OrganizationId;

/** The slots of a program as a grid: one row per party, one cell per period (in the order of {@code periods}). */
public record PeriodicReportGrid(ReportCadence cadence, int reportDueDay, List<PeriodicReportRule.Period> periods,
                                 List<Row> rows) {

    public record Row(OrganizationId organizationId, String organizationName, List<PeriodicReportSlot> cells) {
    }

    /** Every slot, period by period and party by party within a period. */
    public List<PeriodicReportSlot> slots() {
        List<PeriodicReportSlot> all = new java.util.ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            for (Row row : rows) {
                all.add(row.cells().get(i));
            }
        }
        return all;
    }
}
