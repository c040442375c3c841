package vn.phoihop.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.shared.TaskId;

/**
 * A progress report as the public accountability page may know it: its date and percent, and its text only when the
 * report is PUBLIC ({@code text} null otherwise). Never the author, the body's internal text or attachments.
 */
public record PublicReport(long id, TaskId taskId, LocalDate reportedOn, int percent, String text, Instant createdAt) {
}
