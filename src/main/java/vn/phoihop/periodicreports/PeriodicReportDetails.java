package vn.phoihop.periodicreports;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * A submitted periodic report with the period it covers under the current regulation; {@code periodEnd},
 * {@code dueDate} and {@code status} are null when the regulation has changed so that no period starts on
 * {@code periodStart} any more.
 */
public record PeriodicReportDetails(PeriodicReportId id, ProgramId programId, OrganizationId organizationId,
                                    LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                                    LocalDate submittedOn, PeriodicReportStatus status, String text,
                                    ReportAttachment.Info attachment, String authorName, Instant createdAt) {
}
