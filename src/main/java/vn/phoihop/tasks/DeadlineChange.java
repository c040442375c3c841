package vn.phoihop.tasks;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A change of a task's due date (điều chỉnh thời hạn), with its required reason, in force from a day. */
@Entity
@Table(name = "deadline_change")
@Audited("deadline")
class DeadlineChange implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long taskId;
    private LocalDate effectiveOn;
    private LocalDate oldDueDate;
    private LocalDate newDueDate;
    private String reason;
    private Instant changedAt;
    private String changedBy;

    protected DeadlineChange() {
    }

    DeadlineChange(Long taskId, LocalDate effectiveOn, LocalDate oldDueDate, LocalDate newDueDate, String reason,
                   Instant changedAt, String changedBy) {
        this.taskId = taskId;
        this.effectiveOn = effectiveOn;
        this.oldDueDate = oldDueDate;
        this.newDueDate = newDueDate;
        this.reason = reason;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    TaskStatusRule.DeadlineStep asFact() {
        return new TaskStatusRule.DeadlineStep(effectiveOn, id, newDueDate);
    }

    @Override
    public String auditParentType() {
        return "task";
    }

    @Override
    public Long auditParentId() {
        return taskId;
    }

    Long taskId() { return taskId; }
}
