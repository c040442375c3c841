package vn.phoihop.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A task's columns as the status computation reads them, without a managed entity: what {@link Tasks} evaluates.
 * Bulk reads (dashboards, task lists, reviews) select rows straight into it (no entity hydration, no persistence
 * context); a single loaded {@link Task} becomes one with {@link #of(Task)}.
 */
record TaskRow(Long id, Long programId, Long themeId, Long parentTaskId, String title, String description,
               Long leadOrganizationId, Set<Long> cooperatingOrganizationIds, Long advisingOrganizationId,
               String output, LocalDate originalDueDate, Recurrence recurrence, String occurrenceLabel,
               Priority priority, LocalDate cancelledOn, String cancelReason, Long conclusionId, long version,
               Instant createdAt) {

    /** The JPQL constructor of the bulk queries; the co-operating bodies are added afterwards. */
    TaskRow(Long id, Long programId, Long themeId, Long parentTaskId, String title, String description,
            Long leadOrganizationId, Long advisingOrganizationId, String output, LocalDate originalDueDate,
            Recurrence recurrence, String occurrenceLabel, Priority priority, LocalDate cancelledOn,
            String cancelReason, Long conclusionId, long version, Instant createdAt) {
        this(id, programId, themeId, parentTaskId, title, description, leadOrganizationId, new java.util.HashSet<>(),
                advisingOrganizationId, output, originalDueDate, recurrence, occurrenceLabel, priority, cancelledOn,
                cancelReason, conclusionId, version, createdAt);
    }

    static TaskRow of(Task t) {
        return new TaskRow(t.id(), t.programId(), t.themeId(), t.parentTaskId(), t.title(), t.description(),
                t.leadOrganizationId(), t.cooperatingOrganizationIds(), t.advisingOrganizationId(), t.output(),
                t.originalDueDate(), t.recurrence(), t.occurrenceLabel(), t.priority(), t.cancelledOn(),
                t.cancelReason(), t.conclusionId(), t.version(), t.createdAt());
    }

    boolean isRecurringParent() {
        return recurrence != null;
    }
}
