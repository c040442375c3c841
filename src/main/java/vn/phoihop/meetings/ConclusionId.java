package vn.phoihop.meetings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a meeting's conclusion; serialised as a bare number, read from a JSON number or string. */
public record ConclusionId(@JsonValue long value) implements java.io.Serializable {

    @JsonCreator
    public static ConclusionId of(Object raw) {
        if (raw instanceof Number n) {
            return new ConclusionId(n.longValue());
        }
        return new ConclusionId(Long.parseLong(String.valueOf(raw).strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
