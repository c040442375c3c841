package vn.phoihop.periodicreports;

import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;

/**
 * The report a party owes for one period, with its status on the day asked; {@code submittedOn} and
 * {@code reportId} are null while nothing counted is submitted.
 */
public record PeriodicReportSlot(OrganizationId organizationId, LocalDate periodStart, LocalDate periodEnd,
                                 LocalDate dueDate, PeriodicReportStatus status, LocalDate submittedOn,
                                 PeriodicReportId reportId) {
}
