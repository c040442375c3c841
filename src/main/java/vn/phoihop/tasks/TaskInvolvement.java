package vn.phoihop.tasks;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
    public Set<ProgramId> programsInvolving(OrganizationId body, Collection<ProgramId> among) {
        Set<ProgramId> found = new HashSet<>();
        List<Long> ids = among.stream().map(ProgramId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + 500));
            tasks.programsLedOrAdvisedBy(body.value(), some).forEach(id -> found.add(new ProgramId(id)));
            tasks.programsCooperatedBy(body.value(), some).forEach(id -> found.add(new ProgramId(id)));
        }
        return found;
    }

    @Override
    public boolean involves(ProgramId program, OrganizationId body) {
        return tasks.involves(program.value(), body.value());
    }
}
