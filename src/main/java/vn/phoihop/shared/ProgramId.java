package vn.phoihop.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a program; serialised as a bare number, read from a JSON number or string. */
public record ProgramId(@JsonValue long value) implements java.io.Serializable {

    @JsonCreator
    public static ProgramId of(Object raw) {
        return new ProgramId(Ids.parse(raw));
    }

    public static ProgramId ofNullable(Long raw) {
        return raw == null ? null : new ProgramId(raw);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    // Written out: the generated ones go through method handles, which showed up in profiles of pages that put
    // hundreds of ids in sets.
    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramId other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }
}
