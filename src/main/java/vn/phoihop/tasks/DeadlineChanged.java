package vn.phoihop.tasks;

import java.time.LocalDate;

import vn.phoihop.shared.TaskId;

/** Published when a task's due date changes. */
public record DeadlineChanged(TaskId taskId, LocalDate oldDueDate, LocalDate newDueDate, String reason) {
}
