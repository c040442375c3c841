package vn.phoihop.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.phoihop.shared.InvalidInput;

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
                fields.containsKey("kind") ? asString(fields.get("kind")) : now.kind(),
                fields.containsKey("title") ? asString(fields.get("title")) : now.title(),
                fields.containsKey("heldOn") ? asDate(fields.get("heldOn"), errors) : now.heldOn(),
                fields.containsKey("place") ? asString(fields.get("place")) : now.place(),
                fields.containsKey("chairPositionId")
                        ? asId(fields.get("chairPositionId"), "chairPositionId", errors) : now.chairPositionId(),
                fields.containsKey("directingPositionId")
                        ? asId(fields.get("directingPositionId"), "directingPositionId", errors)
                        : now.directingPositionId(),
                fields.containsKey("attendeePositionIds")
                        ? asIds(fields.get("attendeePositionIds"), errors) : now.attendeePositionIds(),
                fields.containsKey("guests") ? asStrings(fields.get("guests"), errors) : now.guests(),
                fields.containsKey("minutes") ? asString(fields.get("minutes")) : now.minutes());
        errors.throwIfAny();
        return merged;
    }

    private static String asString(Object o) {
        return o == null ? null : String.valueOf(o);
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

    private static Long asId(Object o, String field, InvalidInput.Collector errors) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n) {
            return n.longValue();
        }
        if (o instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        errors.add(field, "validation.badValue");
        return null;
    }

    private static List<Long> asIds(Object o, InvalidInput.Collector errors) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> list)) {
            errors.add("attendeePositionIds", "validation.badValue");
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "attendeePositionIds[" + i + "]";
            Long id = asId(list.get(i), field, errors);
            if (id == null && list.get(i) == null) {
                errors.add(field, "validation.required");
            }
            ids.add(id);
        }
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private static List<String> asStrings(Object o, InvalidInput.Collector errors) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> list)) {
            errors.add("guests", "validation.badValue");
            return List.of();
        }
        return list.stream().map(MeetingPatch::asString).toList();
    }
}
