package vn.phoihop.cases;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a caller sees of the citizen: the identity, or {@code {"masked": true}} with no identity field at all (a
 * denouncer's identity for anyone but the case's handlers), or {@code {"erased": true}} after retention.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitizenView(String fullName, String address, String idNumber, String phone, Boolean masked,
                          Boolean erased) {

    static final CitizenView MASKED = new CitizenView(null, null, null, null, true, null);
    static final CitizenView ERASED = new CitizenView(null, null, null, null, null, true);

    @JsonIgnore
    public boolean isMasked() {
        return Boolean.TRUE.equals(masked);
    }

    @JsonIgnore
    public boolean isErased() {
        return Boolean.TRUE.equals(erased);
    }
}
