package vn.phoihop.tasks;

import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;

/** Published when a task is added to a program. */
public record TaskCreated(TaskId taskId, ProgramId programId) {
}
