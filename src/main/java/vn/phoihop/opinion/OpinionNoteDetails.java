package vn.phoihop.opinion;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;

/** A note as shown; {@code organizationId}: the body that recorded it. */
public record OpinionNoteDetails(long id, ProgramId programId, TaskId taskId, String taskTitle,
                                 OrganizationId organizationId, String topic, String source, String locality,
                                 Tone tone, LocalDate notedOn, String content, String createdBy, Instant createdAt,
                                 long version) {
}
