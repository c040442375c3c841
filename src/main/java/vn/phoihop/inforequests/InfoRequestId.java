package vn.phoihop.inforequests;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an information request; serialised as a bare number, read from a JSON number or string. */
public record InfoRequestId(@JsonValue long value) implements java.io.Serializable {

    @JsonCreator
    public static InfoRequestId of(Object raw) {
        if (raw instanceof Number n) {
            return new InfoRequestId(n.longValue());
        }
        return new InfoRequestId(Long.parseLong(String.valueOf(raw).strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
