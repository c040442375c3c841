package vn.phoihop.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the values of a JSON PATCH body (API.md: an absent field is left unchanged, {@code null} clears it; ids
 * come as numbers or strings). Errors are collected under the field's JSON path.
 */
public final class PatchValues {

    private PatchValues() {
    }

    /** The {@code version} every PATCH must send; 400 when it is missing or not a whole number. */
    public static long version(Map<String, Object> fields) {
        Long v = number(fields.get("version"));
        if (v == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return v;
    }

    public static String string(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** An id given as a number or a string of digits; null stays null. */
    public static Long id(Object o, String field, InvalidInput.Collector errors) {
        if (o == null) {
            return null;
        }
        Long id = number(o);
        if (id == null) {
            errors.add(field, "validation.badValue");
        }
        return id;
    }

    /** A list of ids; each bad or null element is reported as {@code field[i]} and left out. */
    public static List<Long> ids(Object o, String field, InvalidInput.Collector errors) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> list)) {
            errors.add(field, "validation.badValue");
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = field + "[" + i + "]";
            if (list.get(i) == null) {
                errors.add(path, "validation.required");
            } else {
                ids.add(id(list.get(i), path, errors));
            }
        }
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private static Long number(Object o) {
        if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        if (o instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        return null;
    }
}
