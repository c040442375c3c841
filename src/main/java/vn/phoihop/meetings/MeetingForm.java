package vn.phoihop.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * What records a meeting (API and page). {@code kind} is one of {@link MeetingKind}; positions are ids of
 * positions (chức vụ) held on {@code heldOn}; guests are free-text names of people without a recorded position.
 */
public record MeetingForm(String kind, String title, LocalDate heldOn, String place, Long chairPositionId,
                          Long directingPositionId, List<Long> attendeePositionIds, List<String> guests,
                          String minutes) {
}
