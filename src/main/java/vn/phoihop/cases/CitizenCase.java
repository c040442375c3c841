package vn.phoihop.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.Masked;
import vn.phoihop.shared.Conflict;

/**
 * A case: what was received, from whom, who handles it and where it stands. The citizen's identity is personal data:
 * masked in the audit trail, never indexed, erased once the retention period after closure has passed.
 */
@Entity
@Table(name = "citizen_case")
@Audited("case")
class CitizenCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private CaseKind kind;
    @Enumerated(EnumType.STRING)
    private CaseInstance instance;
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Masked
    private String citizenFullName;
    @Masked
    private String citizenAddress;
    @Masked
    private String citizenIdNumber;
    @Masked
    private String citizenPhone;
    private LocalDate citizenErasedOn;
    private String subject;
    private String content;
    private Long competentOrganizationId;
    private Long handlingOrganizationId;
    private boolean remoteArea;
    private boolean severalPlaces;
    @Enumerated(EnumType.STRING)
    private Complexity complexity;
    @Enumerated(EnumType.STRING)
    private CaseStage stage;
    private LocalDate acceptedOn;
    private LocalDate refusedOn;
    private String refusalReason;
    private LocalDate transferredOn;
    private Long transferredToId;
    private LocalDate verifyingOn;
    private LocalDate resolvedOn;
    private String decisionNumber;
    private String resolutionSummary;
    private LocalDate closedOn;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private String createdBy;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "case_task_link", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "task_id")
    private Set<Long> taskIds = new HashSet<>();
    @Version
    private long version;

    protected CitizenCase() {
    }

    CitizenCase(CaseKind kind, CaseInstance instance, LocalDate receivedOn, Channel channel, Citizen citizen,
                String subject, String content, Long competentOrganizationId, Long handlingOrganizationId,
                boolean remoteArea, boolean severalPlaces, Complexity complexity, String createdBy, Instant createdAt) {
        this.kind = kind;
        this.instance = instance;
        this.receivedOn = receivedOn;
        this.channel = channel;
        citizen(citizen);
        this.subject = subject;
        this.content = content;
        this.competentOrganizationId = competentOrganizationId;
        this.handlingOrganizationId = handlingOrganizationId;
        this.remoteArea = remoteArea;
        this.severalPlaces = severalPlaces;
        this.complexity = complexity;
        this.stage = CaseStage.RECEIVED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The identity as stored; null fields once erased. */
    record Citizen(String fullName, String address, String idNumber, String phone) {
    }

    void citizen(Citizen c) {
        this.citizenFullName = c.fullName();
        this.citizenAddress = c.address();
        this.citizenIdNumber = c.idNumber();
        this.citizenPhone = c.phone();
    }

    Citizen citizen() {
        return new Citizen(citizenFullName, citizenAddress, citizenIdNumber, citizenPhone);
    }

    /** Anonymises the citizen (Personal Data Protection Law 2025): the case's facts stay for statistics. */
    void eraseCitizen(LocalDate on) {
        citizen(new Citizen(null, null, null, null));
        this.citizenErasedOn = on;
    }

    private void require(CaseStage... allowed) {
        for (CaseStage s : allowed) {
            if (stage == s) {
                return;
            }
        }
        throw new Conflict("cases.stage.conflict", stage.name());
    }

    void accept(LocalDate on) {
        require(CaseStage.RECEIVED);
        this.acceptedOn = on;
        this.stage = CaseStage.ACCEPTED;
    }

    void refuse(LocalDate on, String reason) {
        require(CaseStage.RECEIVED);
        this.refusedOn = on;
        this.refusalReason = reason;
        this.stage = CaseStage.REFUSED;
    }

    void transfer(LocalDate on, Long to) {
        require(CaseStage.RECEIVED);
        this.transferredOn = on;
        this.transferredToId = to;
        this.stage = CaseStage.TRANSFERRED;
    }

    void startVerifying(LocalDate on) {
        require(CaseStage.ACCEPTED);
        this.verifyingOn = on;
        this.stage = CaseStage.VERIFYING;
    }

    void resolve(LocalDate on, String number, String summary) {
        require(CaseStage.ACCEPTED, CaseStage.VERIFYING);
        this.resolvedOn = on;
        this.decisionNumber = number;
        this.resolutionSummary = summary;
        this.stage = CaseStage.DECIDED;
    }

    void close(LocalDate on) {
        require(CaseStage.DECIDED, CaseStage.REFUSED, CaseStage.TRANSFERRED);
        this.closedOn = on;
        this.stage = CaseStage.CLOSED;
    }

    void withdraw(LocalDate on, String reason) {
        require(CaseStage.RECEIVED, CaseStage.ACCEPTED, CaseStage.VERIFYING);
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
        this.closedOn = on;
        this.stage = CaseStage.WITHDRAWN;
    }

    /** The day the case last changed stage: later stage days may not precede it. */
    LocalDate lastStageDay() {
        LocalDate last = receivedOn;
        for (LocalDate d : new LocalDate[]{acceptedOn, refusedOn, transferredOn, verifyingOn, resolvedOn}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    void subject(String s) { this.subject = s; }
    void content(String s) { this.content = s; }
    void channel(Channel c) { this.channel = c; }
    void competentOrganizationId(Long id) { this.competentOrganizationId = id; }
    void remoteArea(boolean b) { this.remoteArea = b; }
    void severalPlaces(boolean b) { this.severalPlaces = b; }
    void complexity(Complexity c) { this.complexity = c; }
    void taskIds(Set<Long> ids) {
        this.taskIds.clear();
        this.taskIds.addAll(ids);
    }

    Long id() { return id; }
    CaseKind kind() { return kind; }
    CaseInstance instance() { return instance; }
    LocalDate receivedOn() { return receivedOn; }
    Channel channel() { return channel; }
    LocalDate citizenErasedOn() { return citizenErasedOn; }
    String subject() { return subject; }
    String content() { return content; }
    Long competentOrganizationId() { return competentOrganizationId; }
    Long handlingOrganizationId() { return handlingOrganizationId; }
    boolean remoteArea() { return remoteArea; }
    boolean severalPlaces() { return severalPlaces; }
    Complexity complexity() { return complexity; }
    CaseStage stage() { return stage; }
    LocalDate acceptedOn() { return acceptedOn; }
    LocalDate refusedOn() { return refusedOn; }
    String refusalReason() { return refusalReason; }
    LocalDate transferredOn() { return transferredOn; }
    Long transferredToId() { return transferredToId; }
    LocalDate verifyingOn() { return verifyingOn; }
    LocalDate resolvedOn() { return resolvedOn; }
    String decisionNumber() { return decisionNumber; }
    String resolutionSummary() { return resolutionSummary; }
    LocalDate closedOn() { return closedOn; }
    LocalDate withdrawnOn() { return withdrawnOn; }
    String withdrawalReason() { return withdrawalReason; }
    String createdBy() { return createdBy; }
    Set<Long> taskIds() { return Set.copyOf(taskIds); }
    long version() { return version; }
}
