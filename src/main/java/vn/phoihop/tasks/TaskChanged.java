package vn.phoihop.tasks;

import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;

/** Published when a task's description, bodies or directions change (creation and progress have their own events). */
public record TaskChanged(TaskId taskId, ProgramId programId) {
}
