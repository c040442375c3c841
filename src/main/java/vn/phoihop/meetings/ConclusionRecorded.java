package vn.phoihop.meetings;

import vn.phoihop.shared.ProgramId;

/** Published when a conclusion (kết luận) is added to a meeting. */
public record ConclusionRecorded(ConclusionId conclusionId, MeetingId meetingId, ProgramId programId) {
}
