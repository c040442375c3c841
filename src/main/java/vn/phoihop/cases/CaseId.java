package vn.phoihop.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a case; serialised as a bare number, read from a JSON number or string. */
public record CaseId(@JsonValue long value) implements java.io.Serializable {

    @JsonCreator
    public static CaseId of(Object raw) {
        if (raw instanceof Number n) {
            return new CaseId(n.longValue());
        }
        return new CaseId(Long.parseLong(String.valueOf(raw).strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
