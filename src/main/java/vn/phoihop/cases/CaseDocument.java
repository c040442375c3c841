package vn.phoihop.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;
import vn.phoihop.audit.Masked;

/**
 * A document attached to a case at a stage (the petition itself, the acceptance decision, the verification report,
 * the resolution), its bytes in the database. The audit trail records the SHA-256, never the bytes.
 */
@Entity
@Table(name = "case_document")
@Audited("case-document")
class CaseDocument implements AuditedChild {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private CaseStage stage;
    private String name;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    @Masked
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    CaseDocument(Long caseId, CaseStage stage, String name, String contentType, byte[] content, String sha256,
                 String uploadedBy, Instant uploadedAt) {
        this.caseId = caseId;
        this.stage = stage;
        this.name = name;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    @Override
    public String auditParentType() {
        return "case";
    }

    @Override
    public Long auditParentId() {
        return caseId;
    }

    Long id() { return id; }
    Long caseId() { return caseId; }
    String name() { return name; }
    String contentType() { return contentType; }
    byte[] content() { return content; }
}
