package vn.phoihop.programs;

import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/** What an actor may do with a program they may see: the answer other modules build their checks on. */
public record ProgramAccess(ProgramId programId, OrganizationId keeper, ProgramStatus status, int year,
                            LocalDate periodStart, LocalDate periodEnd, boolean canEdit) {
}
