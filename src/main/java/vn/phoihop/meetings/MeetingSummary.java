package vn.phoihop.meetings;

import java.time.LocalDate;

import vn.phoihop.shared.ProgramId;

/** A meeting as lists show it. */
public record MeetingSummary(MeetingId id, ProgramId programId, MeetingKind kind, String title, LocalDate heldOn,
                             String place, MeetingDetails.PositionAsHeld chair, int conclusionCount, long version) {
}
