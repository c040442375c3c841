package vn.phoihop.dashboards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.tasks.TaskStatus;

/**
 * What a body has to do, for its focal points, across the programs in force it may see: tasks due within
 * {@code dueSoonWorkingDays} working days (until {@code dueSoonUntil}) and overdue tasks, the periodic reports it owes
 * (missing, or of a period already started and not submitted), the information requests addressed to it and not
 * answered, and leaders' latest directions on those programs and on its tasks.
 */
public record BodyDashboard(OrganizationId organizationId, String organizationName, LocalDate asOf,
                            int dueSoonWorkingDays, LocalDate dueSoonUntil, List<TaskRow> dueSoon,
                            List<TaskRow> overdue, List<ReportDue> periodicReports, List<RequestDue> infoRequests,
                            List<DirectionRow> directions) {

    /** {@code role}: LEAD, COOPERATING or ADVISING. */
    public record TaskRow(TaskId id, ProgramId programId, String programTitle, String title, String role,
                         LocalDate dueDate, TaskStatus status, int percent) {
    }

    /** {@code status}: NOT_DUE or MISSING. */
    public record ReportDue(ProgramId programId, String programTitle, LocalDate periodStart, LocalDate periodEnd,
                            LocalDate dueDate, String status) {
    }

    /** {@code status}: OPEN or OVERDUE. */
    public record RequestDue(long id, ProgramId programId, String subject, String fromOrganizationName,
                             LocalDate dueDate, String status) {
    }

    /** {@code taskId} null: a direction on the program as a whole. */
    public record DirectionRow(ProgramId programId, String programTitle, TaskId taskId, String taskTitle,
                               String author, String text, Instant createdAt) {
    }
}
