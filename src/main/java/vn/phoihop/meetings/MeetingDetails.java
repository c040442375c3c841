package vn.phoihop.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PositionId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.tasks.TaskStatus;

/** A meeting with its people as their positions were, minutes, and conclusions with their follow-up tasks. */
public record MeetingDetails(MeetingId id, ProgramId programId, MeetingKind kind, String title, LocalDate heldOn,
                             String place, PositionId chairPositionId, PositionAsHeld chair,
                             PositionId directingPositionId, PositionAsHeld directing,
                             List<PositionId> attendeePositionIds, List<PositionAsHeld> attendees, List<String> guests,
                             String minutes, List<ConclusionDetails> conclusions, List<DocumentDetails> documents,
                             long version) {

    /** A position as it was when the meeting was recorded. */
    public record PositionAsHeld(PositionId positionId, String personName, String title,
                                 OrganizationId organizationId, String organizationName) {

        /** The person, the title and the body in one line, as pages show it. */
        public String label() {
            return personName + " — " + title + ", " + organizationName;
        }
    }

    /** A conclusion (kết luận) with the tasks that follow it up. */
    public record ConclusionDetails(ConclusionId id, MeetingId meetingId, String text, int order,
                                    List<FollowUpTask> tasks, long version) {
    }

    /** A document of the meeting, without its bytes ({@code GET /api/v1/meetings/{id}/documents/{documentId}}). */
    public record DocumentDetails(Long id, Long meetingId, String name, String contentType, long size, String sha256,
                                  String uploadedBy, Instant uploadedAt) {
    }

    /** A follow-up task with its status computed today by the tasks module. */
    public record FollowUpTask(TaskId id, String title, OrganizationId leadOrganizationId, LocalDate dueDate,
                               TaskStatus status, int percent) {
    }
}
