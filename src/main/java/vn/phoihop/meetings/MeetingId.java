package vn.phoihop.meetings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a meeting; serialised as a bare number, read from a JSON number or string. */
public record MeetingId(@JsonValue long value) implements java.io.Serializable {

    @JsonCreator
    public static MeetingId of(Object raw) {
        if (raw instanceof Number n) {
            return new MeetingId(n.longValue());
        }
        return new MeetingId(Long.parseLong(String.valueOf(raw).strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
