package vn.phoihop.tasks;

import java.util.Set;
import java.util.stream.Collectors;

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
        return tasks.programsInvolving(body.value()).stream().map(ProgramId::new).collect(Collectors.toSet());
    }

    @Override
    public boolean involves(ProgramId program, OrganizationId body) {
        return tasks.involves(program.value(), body.value());
    }
}
