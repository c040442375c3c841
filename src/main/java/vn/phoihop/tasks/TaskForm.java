package vn.phoihop.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * What creates a task (API and page). {@code conclusionId} links a follow-up task to the meeting conclusion it
 * carries out; only the meetings module sets it (after checking the conclusion), never the plain task endpoint.
 */
public record TaskForm(String title, String description, Long themeId, Long parentTaskId, Long leadOrganizationId,
                       List<Long> cooperatingOrganizationIds, Long advisingOrganizationId, String output,
                       LocalDate dueDate, String recurrence, String priority, Long conclusionId) {

    /** The same form following up the given conclusion ({@code null}: none). */
    public TaskForm forConclusion(Long conclusionId) {
        return new TaskForm(title, description, themeId, parentTaskId, leadOrganizationId, cooperatingOrganizationIds,
                advisingOrganizationId, output, dueDate, recurrence, priority, conclusionId);
    }
}
