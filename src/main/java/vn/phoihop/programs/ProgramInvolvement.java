package vn.phoihop.programs;

import java.util.Set;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * Which programs give a body work (lead, co-operating or advising on a task). The tasks module answers it, so
 * that a body involved in a task may see the program without this module knowing about tasks.
 */
public interface ProgramInvolvement {

    Set<ProgramId> programsInvolving(OrganizationId body);

    boolean involves(ProgramId program, OrganizationId body);
}
