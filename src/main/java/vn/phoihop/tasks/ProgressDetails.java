package vn.phoihop.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.TaskId;

/** A progress report as shown. */
public record ProgressDetails(long id, TaskId taskId, OrganizationId organizationId, LocalDate reportedOn, int percent,
                              String text, boolean completed, Visibility visibility, String author,
                              Instant createdAt) {
}
