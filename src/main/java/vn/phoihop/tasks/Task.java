package vn.phoihop.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.shared.Conflict;

@Entity
@Table(name = "task")
@Audited("task")
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private Long themeId;
    private Long parentTaskId;
    private String title;
    private String description;
    private Long leadOrganizationId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_cooperating", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "organization_id")
    private Set<Long> cooperatingOrganizationIds = new LinkedHashSet<>();
    private Long advisingOrganizationId;
    private String output;
    private LocalDate originalDueDate;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;
    private String occurrenceLabel;
    @Enumerated(EnumType.STRING)
    private Priority priority = Priority.NORMAL;
    private LocalDate cancelledOn;
    private String cancelReason;
    private Long conclusionId;
    @Version
    private long version;
    private Instant createdAt;

    protected Task() {
    }

    Task(Long programId, Long themeId, Long parentTaskId, String title, String description, Long leadOrganizationId,
         Set<Long> cooperatingOrganizationIds, Long advisingOrganizationId, String output, LocalDate dueDate,
         Recurrence recurrence, String occurrenceLabel, Priority priority) {
        this.programId = programId;
        this.themeId = themeId;
        this.parentTaskId = parentTaskId;
        this.title = title;
        this.description = description;
        this.leadOrganizationId = leadOrganizationId;
        this.cooperatingOrganizationIds.addAll(cooperatingOrganizationIds);
        this.advisingOrganizationId = advisingOrganizationId;
        this.output = output;
        this.originalDueDate = dueDate;
        this.dueDate = dueDate;
        this.recurrence = recurrence;
        this.occurrenceLabel = occurrenceLabel;
        this.priority = priority == null ? Priority.NORMAL : priority;
        this.createdAt = Instant.now();
    }

    /** Marks the task as the follow-up of a meeting's conclusion (kết luận). */
    void followUp(Long conclusionId) {
        this.conclusionId = conclusionId;
    }

    boolean isCancelled() {
        return cancelledOn != null;
    }

    boolean isRecurringParent() {
        return recurrence != null;
    }

    boolean involves(long body) {
        return leadOrganizationId == body || cooperatingOrganizationIds.contains(body)
                || (advisingOrganizationId != null && advisingOrganizationId == body);
    }

    void cancel(LocalDate on, String reason) {
        if (cancelledOn != null) {
            throw new Conflict("tasks.cancel.already");
        }
        this.cancelledOn = on;
        this.cancelReason = reason;
    }

    void moveDeadline(LocalDate newDueDate) {
        if (cancelledOn != null) {
            throw new Conflict("tasks.cancelled");
        }
        this.dueDate = newDueDate;
    }

    void describe(String title, String description, String output, Long themeId, Priority priority) {
        this.title = title;
        this.description = description;
        this.output = output;
        this.themeId = themeId;
        this.priority = priority;
    }

    void assign(Long lead, Set<Long> cooperating, Long advising) {
        this.leadOrganizationId = lead;
        this.cooperatingOrganizationIds.clear();
        this.cooperatingOrganizationIds.addAll(cooperating);
        this.advisingOrganizationId = advising;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    Long themeId() { return themeId; }
    Long parentTaskId() { return parentTaskId; }
    String title() { return title; }
    String description() { return description; }
    Long leadOrganizationId() { return leadOrganizationId; }
    Set<Long> cooperatingOrganizationIds() { return cooperatingOrganizationIds; }
    Long advisingOrganizationId() { return advisingOrganizationId; }
    String output() { return output; }
    LocalDate originalDueDate() { return originalDueDate; }
    LocalDate dueDate() { return dueDate; }
    Recurrence recurrence() { return recurrence; }
    String occurrenceLabel() { return occurrenceLabel; }
    Priority priority() { return priority; }
    LocalDate cancelledOn() { return cancelledOn; }
    String cancelReason() { return cancelReason; }
    Long conclusionId() { return conclusionId; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
}
