package vn.phoihop.programs;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A leader's direction (ý kiến chỉ đạo) on a program. */
@Entity
@Table(name = "program_direction")
@Audited("direction")
class ProgramDirection implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private Long authorUserId;
    private String authorName;
    private String content;
    private Instant createdAt;

    protected ProgramDirection() {
    }

    ProgramDirection(Long programId, Long authorUserId, String authorName, String content, Instant createdAt) {
        this.programId = programId;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.content = content;
        this.createdAt = createdAt;
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
    String authorName() { return authorName; }
    String content() { return content; }
    Instant createdAt() { return createdAt; }
}
