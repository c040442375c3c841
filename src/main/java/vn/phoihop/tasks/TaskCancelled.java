package vn.phoihop.tasks;

import vn.phoihop.shared.TaskId;

/** Published when a task is cancelled. */
public record TaskCancelled(TaskId taskId, String reason) {
}
