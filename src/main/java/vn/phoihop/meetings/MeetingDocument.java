package vn.phoihop.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;
import vn.phoihop.audit.Masked;

/**
 * A document of a meeting (invitation, minutes as signed, slides), its bytes kept in the database so that every
 * application node sees it. The audit trail records the SHA-256 of the content, never the bytes.
 */
@Entity
@Table(name = "meeting_document")
@Audited("document")
class MeetingDocument implements AuditedChild {

    /** Limit of one document (10 MB). */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private String name;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    @Masked
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected MeetingDocument() {
    }

    MeetingDocument(Long meetingId, String name, String contentType, byte[] content, String sha256, String uploadedBy,
                    Instant uploadedAt) {
        this.meetingId = meetingId;
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
        return "meeting";
    }

    @Override
    public Long auditParentId() {
        return meetingId;
    }

    Long id() { return id; }
    Long meetingId() { return meetingId; }
    String name() { return name; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    String sha256() { return sha256; }
    byte[] content() { return content; }
    String uploadedBy() { return uploadedBy; }
    Instant uploadedAt() { return uploadedAt; }
}
