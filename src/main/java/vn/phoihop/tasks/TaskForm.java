package vn.phoihop.tasks;

import java.time.LocalDate;
import java.util.List;

/** What creates a task (API and page). */
public record TaskForm(String title, String description, Long themeId, Long parentTaskId, Long leadOrganizationId,
                       List<Long> cooperatingOrganizationIds, Long advisingOrganizationId, String output,
                       LocalDate dueDate, String recurrence, String priority) {
}
