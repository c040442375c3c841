package vn.phoihop.programs;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.shared.Conflict;

@Entity
@Table(name = "program")
@Audited("program")
class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "program_year")
    private int year;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String code;
    private Long keeperOrganizationId;
    @Enumerated(EnumType.STRING)
    private ProgramStatus status = ProgramStatus.DRAFT;
    private LocalDate signedOn;
    private LocalDate closedOn;
    private boolean isPublic;
    private Long previousProgramId;
    @Version
    private long version;
    private Instant createdAt;

    protected Program() {
    }

    Program(String title, int year, LocalDate periodStart, LocalDate periodEnd, String code, Long keeperOrganizationId,
            boolean isPublic, Long previousProgramId) {
        this.title = title;
        this.year = year;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.code = code;
        this.keeperOrganizationId = keeperOrganizationId;
        this.isPublic = isPublic;
        this.previousProgramId = previousProgramId;
        this.createdAt = Instant.now();
    }

    void sign(LocalDate on) {
        if (status != ProgramStatus.DRAFT) {
            throw new Conflict("programs.sign.notDraft");
        }
        this.status = ProgramStatus.IN_FORCE;
        this.signedOn = on;
    }

    void close(LocalDate on) {
        if (status != ProgramStatus.IN_FORCE) {
            throw new Conflict("programs.close.notInForce");
        }
        this.status = ProgramStatus.CLOSED;
        this.closedOn = on;
    }

    void retitle(String title) { this.title = title; }
    void recode(String code) { this.code = code; }
    void publish(boolean isPublic) { this.isPublic = isPublic; }

    Long id() { return id; }
    String title() { return title; }
    int year() { return year; }
    LocalDate periodStart() { return periodStart; }
    LocalDate periodEnd() { return periodEnd; }
    String code() { return code; }
    Long keeperOrganizationId() { return keeperOrganizationId; }
    ProgramStatus status() { return status; }
    LocalDate signedOn() { return signedOn; }
    LocalDate closedOn() { return closedOn; }
    boolean isPublic() { return isPublic; }
    Long previousProgramId() { return previousProgramId; }
    long version() { return version; }
}
