package vn.phoihop.tasks;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A leader's direction (ý kiến chỉ đạo) on a task. */
@Entity
@Table(name = "task_direction")
@Audited("direction")
class TaskDirection implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long taskId;
    private Long authorUserId;
    private String authorName;
    private String content;
    private Instant createdAt;

    protected TaskDirection() {
    }

    TaskDirection(Long taskId, Long authorUserId, String authorName, String content, Instant createdAt) {
        this.taskId = taskId;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.content = content;
        this.createdAt = createdAt;
    }

    @Override
    public String auditParentType() {
        return "task";
    }

    @Override
    public Long auditParentId() {
        return taskId;
    }

    Long id() { return id; }
    Long taskId() { return taskId; }
    String authorName() { return authorName; }
    String content() { return content; }
    Instant createdAt() { return createdAt; }
}
