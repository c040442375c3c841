package vn.phoihop.periodicreports;

import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/** Published when a party submits its report for a period; {@code onTime} as of the day it was submitted. */
public record PeriodicReportSubmitted(PeriodicReportId id, ProgramId programId, OrganizationId organizationId,
                                      LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                                      LocalDate submittedOn, boolean onTime) {
}
