package vn.phoihop.reviews;

import java.util.List;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.TaskId;

/**
 * Next year's program drafted from an approved year-end review: the program, the parties replaced by their
 * successors, and the unfinished tasks carried over (each with the task it continues).
 */
public record NextProgramDetails(ProgramDetails program, List<Replacement> replacedParties,
                                 List<CarriedTask> carriedTasks) {

    public record Replacement(OrganizationId organizationId, OrganizationId successorId) {
    }

    public record CarriedTask(TaskId fromTaskId, TaskId taskId, String title) {
    }
}
