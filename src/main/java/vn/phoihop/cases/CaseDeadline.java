package vn.phoihop.cases;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A stored computed deadline of a case (see {@link StatutoryDeadline}). */
@Entity
@Table(name = "case_deadline")
@Audited("case-deadline")
class CaseDeadline implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String code;
    private String ruleCode;
    private LocalDate startDate;
    private Integer limitDays;
    @Enumerated(EnumType.STRING)
    private DayUnit unit;
    private LocalDate dueDate;
    private LocalDate internalTarget;
    private int extendedDays;
    private long calendarVersion;
    private String legalBasis;

    protected CaseDeadline() {
    }

    CaseDeadline(Long caseId, StatutoryDeadline d) {
        this.caseId = caseId;
        this.code = d.code();
        set(d);
    }

    void set(StatutoryDeadline d) {
        this.ruleCode = d.ruleCode();
        this.startDate = d.startDate();
        this.limitDays = d.limitDays();
        this.unit = d.unit();
        this.dueDate = d.dueDate();
        this.internalTarget = d.internalTarget();
        this.extendedDays = d.extendedDays();
        this.calendarVersion = d.calendarVersion();
        this.legalBasis = d.legalBasis();
    }

    void extend(int days, LocalDate newDue, long version) {
        this.extendedDays += days;
        this.dueDate = newDue;
        this.calendarVersion = version;
    }

    StatutoryDeadline view() {
        return new StatutoryDeadline(code, ruleCode, startDate, limitDays, unit, dueDate, internalTarget, extendedDays,
                calendarVersion, legalBasis);
    }

    @Override
    public String auditParentType() {
        return "case";
    }

    @Override
    public Long auditParentId() {
        return caseId;
    }

    Long caseId() { return caseId; }
    String code() { return code; }
    LocalDate dueDate() { return dueDate; }
}
