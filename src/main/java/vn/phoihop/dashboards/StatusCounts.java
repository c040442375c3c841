package vn.phoihop.dashboards;

import vn.phoihop.reviews.ReviewFigures;

/**
 * Counts of tasks by status with the two rates, all taken from {@link ReviewFigures}: {@code completionRate} = done
 * (on time or late) out of the tasks not cancelled, {@code onTimeRate} = done on time out of the same tasks, in
 * whole percent rounded down (0 when no task counts).
 */
public record StatusCounts(int tasksTotal, int doneOnTime, int doneLate, int overdue, int inProgress, int notStarted,
                           int cancelled, int completionRate, int onTimeRate) {

    static StatusCounts of(ReviewFigures f) {
        return new StatusCounts(f.tasksTotal(), f.doneOnTime(), f.doneLate(), f.overdue(), f.inProgress(),
                f.notStarted(), f.cancelled(), f.completionRate(), f.onTimeRate());
    }
}
