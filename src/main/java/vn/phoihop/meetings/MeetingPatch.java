package vn.phoihop.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.PatchValues;

/**
 * A PATCH of a meeting read from JSON: an absent field stays as it is, {@code null} clears it, ids come as numbers
 * or strings. Only the shape is checked here; the merged form is validated like a new meeting.
 */
final class MeetingPatch {

    private static final Set<String> PATCHABLE = Set.of("version", "kind", "title", "heldOn", "place",
            "chairPositionId", "directingPositionId", "attendeePositionIds", "guests", "minutes");

    private MeetingPatch() {
    }

    static MeetingForm apply(MeetingForm now, Map<String, Object> fields) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (String key : fields.keySet()) {
            if (!PATCHABLE.contains(key)) {
                errors.add(key, "validation.notPatchable");
            }
        }
        errors.throwIfAny();
        MeetingForm merged = new MeetingForm(
                fields.containsKey("kind") ? PatchValues.string(fields.get("kind")) : now.kind(),
                fields.containsKey("title") ? PatchValues.string(fields.get("title")) : now.title(),
                fields.containsKey("heldOn") ? asDate(fields.get("heldOn"), errors) : now.heldOn(),
                fields.containsKey("place") ? PatchValues.string(fields.get("place")) : now.place(),
                fields.containsKey("chairPositionId")
                        ? PatchValues.id(fields.get("chairPositionId"), "chairPositionId", errors) : now.chairPositionId(),
                fields.containsKey("directingPositionId")
                        ? PatchValues.id(fields.get("directingPositionId"), "directingPositionId", errors)
                        : now.directingPositionId(),
                fields.containsKey("attendeePositionIds")
                        ? PatchValues.ids(fields.get("attendeePositionIds"), "attendeePositionIds", errors) : now.attendeePositionIds(),
                fields.containsKey("guests") ? asStrings(fields.get("guests"), errors) : now.guests(),
                fields.containsKey("minutes") ? PatchValues.string(fields.get("minutes")) : now.minutes());
        errors.throwIfAny();
        return merged;
    }

    private static LocalDate asDate(Object o, InvalidInput.Collector errors) {
        if (o == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(o).strip());
        } catch (DateTimeParseException e) {
            errors.add("heldOn", "validation.badValue");
            return null;
        }
    }

    private static List<String> asStrings(Object o, InvalidInput.Collector errors) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> list)) {
            errors.add("guests", "validation.badValue");
            return List.of();
        }
        return list.stream().map(PatchValues::string).toList();
    }
}
