package vn.phoihop.publicpages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoihop.programs.ProgramStatus;
import vn.phoihop.reviews.ReviewKind;
import vn.phoihop.tasks.TaskStatus;

/**
 * Everything the public page and feed show of a program, and nothing else: the ETag is computed from this record, so
 * whatever changes what the public sees changes the ETag.
 */
record PublicProgram(long id, String title, String code, int year, LocalDate periodStart, LocalDate periodEnd,
                     ProgramStatus status, LocalDate signedOn, LocalDate closedOn, String keeperName,
                     List<String> parties, List<ThemeView> themes, List<ReviewView> reviews, LocalDate today) {

    record ThemeView(String title, List<TaskView> tasks) {
    }

    record TaskView(long id, String title, String leadName, String occurrenceLabel, LocalDate dueDate,
                    TaskStatus status, int percent, LocalDate lastReportOn, List<ReportView> reports) {
    }

    /** A PUBLIC progress report: date, percent, text. */
    record ReportView(long id, LocalDate reportedOn, int percent, String text, Instant createdAt) {
    }

    /** An approved review's figures; {@code sections}: only the contributed sections the public may see. */
    record ReviewView(long id, ReviewKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate approvedOn,
                      int tasksTotal, int doneOnTime, int doneLate, int overdue, int inProgress, int notStarted,
                      int cancelled, int onTimeRate, Map<String, Map<String, Object>> sections) {
    }
}
