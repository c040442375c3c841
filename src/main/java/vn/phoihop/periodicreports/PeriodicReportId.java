package vn.phoihop.periodicreports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a submitted periodic report; serialised as a bare number, read from a JSON number or string. */
public record PeriodicReportId(@JsonValue long value) implements java.io.Serializable {

    @JsonCreator
    public static PeriodicReportId of(Object raw) {
        if (raw instanceof Number n) {
            return new PeriodicReportId(n.longValue());
        }
        return new PeriodicReportId(Long.parseLong(String.valueOf(raw).strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
