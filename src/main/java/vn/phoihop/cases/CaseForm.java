package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A new case. Codes as strings so that a wrong one is a field error: {@code kind} COMPLAINT, DENUNCIATION or
 * PETITION; {@code instance} FIRST or SECOND for complaints (default FIRST), absent or FIRST otherwise;
 * {@code channel} (default DIRECT); {@code complexity} (default NORMAL). {@code severalPlaces}: a denunciation's intake
 * needs verification at several places (10 working days instead of 7).
 */
public record CaseForm(String kind, String instance, LocalDate receivedOn, String channel, Boolean remoteArea,
                       Boolean severalPlaces, String complexity, Long handlingOrganizationId,
                       Long competentOrganizationId, String subject, String content, CitizenForm citizen,
                       List<Long> taskIds) {

    /** The citizen: full name and address required, identity number and phone optional. */
    public record CitizenForm(String fullName, String address, String idNumber, String phone) {
    }
}
