package vn.phoihop.dashboards;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.ProgramId;

/** A program's tasks by status as of {@code asOf} (today): totals, by theme and by lead body. */
public record ProgramDashboard(ProgramId programId, String title, LocalDate asOf, StatusCounts totals,
                               List<Group> byTheme, List<Group> byBody) {

    /** One theme (id null: tasks without a theme) or one lead body. */
    public record Group(Long id, String name, int tasksTotal, int doneOnTime, int doneLate, int overdue,
                        int inProgress, int notStarted, int cancelled) {
    }
}
