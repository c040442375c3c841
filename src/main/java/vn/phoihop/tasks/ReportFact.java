package vn.phoihop.tasks;

import java.time.LocalDate;

/** What the status rule needs of a progress report, read without loading the report itself. */
record ReportFact(Long taskId, Long id, LocalDate reportedOn, int percent, boolean completed) {
}
