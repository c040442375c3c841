package vn.phoihop.tasks;

import java.time.LocalDate;

import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;

/** Published when a body reports progress; {@code completed} when the report marks the task done. */
public record ProgressReported(TaskId taskId, ProgramId programId, LocalDate reportedOn, boolean completed) {
}
