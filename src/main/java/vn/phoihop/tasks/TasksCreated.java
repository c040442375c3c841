package vn.phoihop.tasks;

import java.util.List;

import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;

/**
 * Published once when many tasks were added to a program together (an import): what {@link TaskCreated} says for
 * each of them, in one event.
 */
public record TasksCreated(ProgramId programId, List<TaskId> taskIds) {
}
