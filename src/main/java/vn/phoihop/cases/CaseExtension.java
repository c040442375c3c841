package vn.phoihop.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** An extension of the resolution limit, decided in writing with a reason (Law on Denunciation 2018, art. 30). */
@Entity
@Table(name = "case_extension")
@Audited("case-extension")
class CaseExtension implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private LocalDate decidedOn;
    private int days;
    private String reason;
    private LocalDate previousDue;
    private LocalDate newDue;
    private long calendarVersion;
    private String decidedBy;
    private Instant decidedAt;

    protected CaseExtension() {
    }

    CaseExtension(Long caseId, LocalDate decidedOn, int days, String reason, LocalDate previousDue, LocalDate newDue,
                  long calendarVersion, String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.decidedOn = decidedOn;
        this.days = days;
        this.reason = reason;
        this.previousDue = previousDue;
        this.newDue = newDue;
        this.calendarVersion = calendarVersion;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    CaseDetails.Extension view() {
        return new CaseDetails.Extension(id, decidedOn, days, reason, previousDue, newDue, calendarVersion, decidedBy);
    }

    @Override
    public String auditParentType() {
        return "case";
    }

    @Override
    public Long auditParentId() {
        return caseId;
    }

    int days() { return days; }
}
