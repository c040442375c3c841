package vn.phoihop.tasks;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.shared.ThemeId;

/**
 * A task with its status computed for today. {@code dueDate} is the date in force; a recurring task has no
 * due date and counts its occurrences' statuses in {@code occurrenceCounts}. {@code conclusionId}: the meeting
 * conclusion the task follows up, if any.
 */
public record TaskDetails(TaskId id, ProgramId programId, ThemeId themeId, TaskId parentTaskId, String title,
                          String description, OrganizationId leadOrganizationId,
                          List<OrganizationId> cooperatingOrganizationIds, OrganizationId advisingOrganizationId,
                          String output, LocalDate dueDate, LocalDate originalDueDate, Recurrence recurrence,
                          String occurrenceLabel, Priority priority, TaskStatus status, int percent,
                          LocalDate completedOn, LocalDate cancelledOn, String cancelReason,
                          Map<TaskStatus, Integer> occurrenceCounts, long version, Long conclusionId) {

    /** The bodies the task involves: its lead, its co-operating bodies and its advising body, in that order. */
    public Set<OrganizationId> bodies() {
        Set<OrganizationId> bodies = new LinkedHashSet<>();
        bodies.add(leadOrganizationId);
        bodies.addAll(cooperatingOrganizationIds);
        bodies.add(advisingOrganizationId);
        bodies.remove(null);
        return bodies;
    }

    public boolean involves(OrganizationId body) {
        return body != null && (body.equals(leadOrganizationId) || cooperatingOrganizationIds.contains(body)
                || body.equals(advisingOrganizationId));
    }
}
