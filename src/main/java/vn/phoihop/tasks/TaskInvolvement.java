package vn.phoihop.tasks;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.programs.ProgramInvolvement;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/** Answers the programs module: a body that leads, co-operates on or advises a task takes part in its program. */
@Component
class TaskInvolvement implements ProgramInvolvement {

    private final TaskRepository tasks;

    TaskInvolvement(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public Set<ProgramId> programsInvolving(OrganizationId body) {
        // three reads, each from its own index (one statement with OR over a join read every task of the province)
        Set<ProgramId> found = new HashSet<>();
        tasks.programsLedBy(body.value()).forEach(id -> found.add(new ProgramId(id)));
        tasks.programsAdvisedBy(body.value()).forEach(id -> found.add(new ProgramId(id)));
        tasks.programsCooperatedBy(body.value()).forEach(id -> found.add(new ProgramId(id)));
        return found;
    }

    @Override
    public boolean involves(ProgramId program, OrganizationId body) {
        return tasks.involves(program.value(), body.value());
    }
}
