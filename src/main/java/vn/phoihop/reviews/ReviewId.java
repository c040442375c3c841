package vn.phoihop.reviews;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a review; serialised as a bare number, read from a JSON number or string. */
public record ReviewId(@JsonValue long value) implements java.io.Serializable {

    @JsonCreator
    public static ReviewId of(Object raw) {
        if (raw instanceof Number n) {
            return new ReviewId(n.longValue());
        }
        return new ReviewId(Long.parseLong(String.valueOf(raw).strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
