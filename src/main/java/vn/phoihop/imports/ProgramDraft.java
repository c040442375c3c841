package vn.phoihop.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A program as recognised in a Word document: to be reviewed beside its source and saved as a draft program.
 * Every recognised body carries the organization's id; names nobody answers to are listed as unknown. {@code source}
 * holds the document's paragraphs (table rows joined by ' | '); each theme and task names its paragraph there, and
 * {@code evidence} maps a field to the sentence it was read from.
 */
public record ProgramDraft(String title, Integer year, String code, List<Party> parties, List<String> unknownParties,
                           List<ThemeDraft> themes, List<String> source, Map<String, String> evidence) {

    public record Party(Long organizationId, String name, String written) {
    }

    public record ThemeDraft(String title, int source, List<TaskDraft> tasks) {
    }

    public record TaskDraft(String title, String description, Long leadOrganizationId, String leadName,
                            List<Long> cooperatingOrganizationIds, List<String> cooperatingNames,
                            Long advisingOrganizationId, String advisingName, String output, LocalDate dueDate,
                            String recurrence, String deadline, List<String> unknownBodies, int source,
                            Map<String, String> evidence) {

        public boolean flagged() {
            return leadOrganizationId == null || !unknownBodies.isEmpty();
        }
    }
}
