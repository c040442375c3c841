package vn.phoihop.programs;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/**
 * A program's framework regulation (quy chế phối hợp) as data. A program without a row follows
 * {@link RegulationDetails#defaults}; the first save creates the row.
 */
@Entity
@Table(name = "program_regulation")
@Audited("regulation")
class Regulation implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    @Enumerated(EnumType.STRING)
    private ReportCadence reportCadence;
    private int reportDueDay;
    private int infoRequestResponseDays;
    private int reviewIntervalMonths;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected Regulation() {
    }

    Regulation(Long programId) {
        this.programId = programId;
    }

    void change(ReportCadence cadence, int reportDueDay, int infoRequestResponseDays, int reviewIntervalMonths,
                Instant at, String by) {
        this.reportCadence = cadence;
        this.reportDueDay = reportDueDay;
        this.infoRequestResponseDays = infoRequestResponseDays;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    @Override
    public String auditParentType() {
        return "program";
    }

    @Override
    public Long auditParentId() {
        return programId;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    ReportCadence reportCadence() { return reportCadence; }
    int reportDueDay() { return reportDueDay; }
    int infoRequestResponseDays() { return infoRequestResponseDays; }
    int reviewIntervalMonths() { return reviewIntervalMonths; }
    Instant updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }
    long version() { return version; }
}
