package vn.phoihop.inforequests;

import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/** Published when a body sends a request; {@code programId} is null for a request outside a program. */
public record InfoRequestSent(InfoRequestId id, ProgramId programId, OrganizationId fromOrganizationId,
                              OrganizationId toOrganizationId, LocalDate sentOn, LocalDate dueDate) {
}
