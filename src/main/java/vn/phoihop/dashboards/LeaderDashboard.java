package vn.phoihop.dashboards;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.programs.ProgramStatus;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * Every program of a year the caller may see, with statuses as of {@code asOf} (today): totals, each program's
 * figures and next review, overdue tasks by lead body, completions by month, and the programs whose review is due.
 */
public record LeaderDashboard(int year, LocalDate asOf, int programCount, StatusCounts totals,
                              List<ProgramRow> programs, List<BodyOverdue> overdueByBody,
                              List<MonthCompletions> completionsByMonth, List<ReviewDue> reviewsDue) {

    /** {@code nextReviewDue}: for programs in force only (null otherwise). */
    public record ProgramRow(ProgramId id, String title, String code, ProgramStatus status, String keeperName,
                             StatusCounts figures, LocalDate nextReviewDue, boolean reviewOverdue) {
    }

    public record BodyOverdue(OrganizationId organizationId, String name, int overdue) {
    }

    public record MonthCompletions(int month, int doneOnTime, int doneLate) {
    }

    /** A program in force whose next review falls within {@link Dashboards#REVIEW_SOON_DAYS} days or has passed. */
    public record ReviewDue(ProgramId programId, String title, LocalDate nextReviewDue, boolean overdue) {
    }
}
