package vn.phoihop.programs;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * Which programs give a body work (lead, co-operating or advising on a task). The tasks module answers it, so
 * that a body involved in a task may see the program without this module knowing about tasks.
 */
public interface ProgramInvolvement {

    Set<ProgramId> programsInvolving(OrganizationId body);

    /** {@link #programsInvolving(OrganizationId)} among the given programs only (a list page, a year). */
    default Set<ProgramId> programsInvolving(OrganizationId body, Collection<ProgramId> among) {
        Set<ProgramId> all = programsInvolving(body);
        return among.stream().filter(all::contains).collect(Collectors.toSet());
    }

    boolean involves(ProgramId program, OrganizationId body);
}
