package vn.phoihop.tasks;

import java.time.LocalDate;

import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;

/**
 * Published when a body reports progress; {@code completed} when the report marks the task done. {@code reportId} is
 * the new report (null in publications stored before it was added).
 */
public record ProgressReported(TaskId taskId, ProgramId programId, LocalDate reportedOn, boolean completed,
                               Long reportId) {
}
