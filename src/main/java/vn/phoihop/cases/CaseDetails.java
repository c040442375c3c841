package vn.phoihop.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoihop.shared.OrganizationId;

/**
 * A case as the caller may see it. {@code citizen} is the identity only for those allowed to see it (for a
 * denunciation: the handlers of the handling body), otherwise {@code {"masked": true}}. {@code deadlines} maps each
 * deadline code ({@code acceptBy}, {@code resolveBy}, {@code notifyBy}, {@code secondComplaintBy}) to its legal date
 * (the internal target where the law sets none); {@code deadlineDetails} adds the rule, legal basis, calendar version
 * and internal target. {@code onTime} is set once resolved.
 */
public record CaseDetails(CaseId id, CaseKind kind, CaseInstance instance, LocalDate receivedOn, Channel channel,
                          CitizenView citizen, String subject, String content,
                          OrganizationId competentOrganizationId, String competentOrganizationName,
                          OrganizationId handlingOrganizationId, String handlingOrganizationName, boolean remoteArea,
                          boolean severalPlaces, Complexity complexity, CaseStage stage, LocalDate acceptedOn,
                          LocalDate refusedOn, String refusalReason, LocalDate transferredOn,
                          OrganizationId transferredToId, LocalDate verifyingOn, LocalDate resolvedOn,
                          String decisionNumber, String resolutionSummary, Boolean onTime, LocalDate closedOn,
                          LocalDate withdrawnOn, String withdrawalReason, Map<String, LocalDate> deadlines,
                          List<StatutoryDeadline> deadlineDetails, List<Extension> extensions, List<Long> taskIds,
                          List<OrganizationId> supervisingOrganizationIds, Escalation escalation, boolean overdue,
                          List<Document> documents, List<Note> notes, long version) {

    public record Extension(Long id, LocalDate decidedOn, int days, String reason, LocalDate previousDue,
                            LocalDate newDue, long calendarVersion, String decidedBy) {
    }

    public record Document(Long id, CaseStage stage, String name, String contentType, long sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt) {
    }

    public record Note(Long id, Long organizationId, String organizationName, String author, String text,
                       Instant createdAt) {
    }
}
