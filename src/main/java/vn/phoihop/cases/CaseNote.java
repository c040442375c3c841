package vn.phoihop.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A supervision note (ý kiến giám sát) written by a supervising body on a case. */
@Entity
@Table(name = "case_note")
@Audited("case-note")
class CaseNote implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long organizationId;
    private String author;
    private String text;
    private Instant createdAt;

    protected CaseNote() {
    }

    CaseNote(Long caseId, Long organizationId, String author, String text, Instant createdAt) {
        this.caseId = caseId;
        this.organizationId = organizationId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    @Override
    public String auditParentType() {
        return "case";
    }

    @Override
    public Long auditParentId() {
        return caseId;
    }

    CaseDetails.Note view(String organizationName) {
        return new CaseDetails.Note(id, organizationId, organizationName, author, text, createdAt);
    }

    Long organizationId() { return organizationId; }
}
