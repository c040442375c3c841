package vn.phoihop.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoihop.meetings.MeetingKind;

/**
 * What a meeting's minutes or a newspaper report says, as recognised: to be confirmed or corrected before it is
 * saved. {@code evidence} maps each recognised field to the sentence it was read from.
 */
public record MeetingDraft(LocalDate heldOn, MeetingKind kind, Integer programYear, String title, Person chair,
                           List<Person> directing, List<Person> speakers, List<String> parties,
                           List<DocumentReference> documents, Integer reviewIntervalMonths, List<String> directions,
                           Map<String, String> evidence) {

    /** A person as the text names them, with every concurrent position in the order written. */
    public record Person(String fullName, List<String> positions) {

        /** The name with its positions, as a guest line of a meeting shows it. */
        public String label() {
            return positions.isEmpty() ? fullName : fullName + ", " + String.join(", ", positions);
        }
    }

    /** A document referred to: its kind as written ('Nghị quyết') and its number as written ('18', '12-KL/TU'). */
    public record DocumentReference(String kind, String number) {

        public String label() {
            return kind + " " + number;
        }
    }
}
