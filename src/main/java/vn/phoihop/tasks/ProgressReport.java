package vn.phoihop.tasks;

import java.time.Instant;
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

/** A body's progress report (báo cáo tiến độ) on a task. */
@Entity
@Table(name = "progress_report")
@Audited("progress")
class ProgressReport implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long taskId;
    private Long organizationId;
    private LocalDate reportedOn;
    private int percent;
    private String content;
    private boolean completed;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private Long authorUserId;
    private String authorName;
    private Instant createdAt;

    protected ProgressReport() {
    }

    ProgressReport(Long taskId, Long organizationId, LocalDate reportedOn, int percent, String content,
                   boolean completed, Visibility visibility, Long authorUserId, String authorName, Instant createdAt) {
        this.taskId = taskId;
        this.organizationId = organizationId;
        this.reportedOn = reportedOn;
        this.percent = percent;
        this.content = content;
        this.completed = completed;
        this.visibility = visibility;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
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
    Long organizationId() { return organizationId; }
    LocalDate reportedOn() { return reportedOn; }
    int percent() { return percent; }
    String content() { return content; }
    boolean completed() { return completed; }
    Visibility visibility() { return visibility; }
    String authorName() { return authorName; }
    Instant createdAt() { return createdAt; }
}
