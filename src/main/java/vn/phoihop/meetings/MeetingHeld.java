package vn.phoihop.meetings;

import java.time.LocalDate;

import vn.phoihop.shared.ProgramId;

/** Published when a meeting of a program is recorded. */
public record MeetingHeld(MeetingId meetingId, ProgramId programId, MeetingKind kind, LocalDate heldOn) {
}
