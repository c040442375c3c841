package vn.phoihop.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A supervising body assigned to one case. */
@Entity
@Table(name = "case_supervision")
@Audited("case-supervision")
class CaseSupervision implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long supervisingOrganizationId;
    private String assignedBy;
    private Instant assignedAt;

    protected CaseSupervision() {
    }

    CaseSupervision(Long caseId, Long supervisingOrganizationId, String assignedBy, Instant assignedAt) {
        this.caseId = caseId;
        this.supervisingOrganizationId = supervisingOrganizationId;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
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
    Long supervisingOrganizationId() { return supervisingOrganizationId; }
}
