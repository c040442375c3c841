package vn.phoihop.inforequests;

import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/** Published when the recipient answers; {@code onTime} when answered on or before the due date. */
public record InfoRequestAnswered(InfoRequestId id, ProgramId programId, OrganizationId fromOrganizationId,
                                  OrganizationId toOrganizationId, LocalDate answeredOn, LocalDate dueDate,
                                  boolean onTime) {
}
