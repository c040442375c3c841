package vn.phoihop.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.phoihop.reviews.ReviewFigures;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.tasks.Recurrence;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;

/** The aggregation the dashboards show, computed by {@link ReviewFigures}: rates, programs, months. Pure, no Spring. */
class DashboardFiguresTest {

    static long ids = 1;

    static TaskDetails task(long program, TaskStatus status, LocalDate completedOn) {
        return task(program, status, completedOn, null, null);
    }

    static TaskDetails task(long program, TaskStatus status, LocalDate completedOn, Recurrence recurrence, Long parent) {
        return new TaskDetails(new TaskId(ids++), new ProgramId(program), null, TaskId.ofNullable(parent), "Nhiệm vụ",
                null, new OrganizationId(7), List.of(), null, null, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30),
                recurrence, null, null, status, status.isDone() ? 100 : 0, completedOn, null, null, null, 0, null);
    }

    static List<TaskDetails> tasks(int onTime, int late, int overdue, int inProgress, int notStarted, int cancelled) {
        List<TaskDetails> list = new ArrayList<>();
        for (int i = 0; i < onTime; i++) list.add(task(1, TaskStatus.DONE_ON_TIME, LocalDate.of(2026, 3, 1)));
        for (int i = 0; i < late; i++) list.add(task(1, TaskStatus.DONE_LATE, LocalDate.of(2026, 8, 1)));
        for (int i = 0; i < overdue; i++) list.add(task(1, TaskStatus.OVERDUE, null));
        for (int i = 0; i < inProgress; i++) list.add(task(1, TaskStatus.IN_PROGRESS, null));
        for (int i = 0; i < notStarted; i++) list.add(task(1, TaskStatus.NOT_STARTED, null));
        for (int i = 0; i < cancelled; i++) list.add(task(1, TaskStatus.CANCELLED, null));
        return list;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                                   onTime, late, overdue, inProgress, notStarted, cancelled, completion, onTimeRate
            "'no tasks: both rates 0',                      0, 0, 0, 0, 0, 0,   0,   0",
            "'only cancelled tasks: both rates 0',          0, 0, 0, 0, 0, 3,   0,   0",
            "'all done on time',                            4, 0, 0, 0, 0, 0, 100, 100",
            "'done late counts for completion only',        1, 1, 0, 0, 0, 0, 100,  50",
            "'cancelled tasks are left out of both',        1, 1, 0, 0, 0, 2, 100,  50",
            "'open tasks lower both',                       1, 1, 1, 1, 1, 0,  40,  20",
            "'rounded down, never up (2 of 3 = 66)',        2, 0, 1, 0, 0, 0,  66,  66",
            "'rounded down (1 of 3 = 33)',                  0, 1, 1, 1, 0, 0,  33,   0",
    })
    void computesCompletionAndOnTimeRates(String name, int onTime, int late, int overdue, int inProgress,
                                          int notStarted, int cancelled, int completion, int onTimeRate) {
        ReviewFigures f = ReviewFigures.of(tasks(onTime, late, overdue, inProgress, notStarted, cancelled));
        StatusCounts c = StatusCounts.of(f);
        assertThat(c.tasksTotal()).isEqualTo(onTime + late + overdue + inProgress + notStarted + cancelled);
        assertThat(c.completionRate()).as("completion").isEqualTo(completion);
        assertThat(c.onTimeRate()).as("on time").isEqualTo(onTimeRate);
    }

    @Test
    void splitsFiguresByProgramAndLeavesOutRecurringParents() {
        List<TaskDetails> list = new ArrayList<>(tasks(1, 0, 1, 0, 0, 0));
        list.add(task(2, TaskStatus.DONE_LATE, LocalDate.of(2026, 8, 2)));
        TaskDetails parent = task(2, TaskStatus.IN_PROGRESS, null, Recurrence.QUARTERLY, null);
        list.add(parent);
        list.add(task(2, TaskStatus.OVERDUE, null, null, parent.id().value()));
        Map<ProgramId, ReviewFigures> each = ReviewFigures.ofEachProgram(list);
        assertThat(each.get(new ProgramId(1)).tasksTotal()).isEqualTo(2);
        assertThat(each.get(new ProgramId(2)).tasksTotal()).as("the occurrence counts, its parent not").isEqualTo(2);
        assertThat(each.get(new ProgramId(2)).overdue()).isEqualTo(1);
        assertThat(each.get(new ProgramId(2)).inProgress()).isZero();
        assertThat(each).doesNotContainKey(new ProgramId(3));
        assertThat(ReviewFigures.of(list).tasksTotal()).isEqualTo(
                each.values().stream().mapToInt(ReviewFigures::tasksTotal).sum());
    }

    @Test
    void countsCompletionsInTheMonthTheyWereCompletedWithinTheYear() {
        List<TaskDetails> list = new ArrayList<>(tasks(2, 1, 1, 0, 0, 0));
        list.add(task(1, TaskStatus.DONE_ON_TIME, LocalDate.of(2025, 12, 31)));
        list.add(task(1, TaskStatus.DONE_LATE, LocalDate.of(2026, 12, 31)));
        var months = ReviewFigures.completedByMonth(list, 2026);
        assertThat(months).hasSize(12);
        assertThat(months.get(2)).isEqualTo(new ReviewFigures.MonthCounts(3, 2, 0));
        assertThat(months.get(7)).isEqualTo(new ReviewFigures.MonthCounts(8, 0, 1));
        assertThat(months.get(11)).isEqualTo(new ReviewFigures.MonthCounts(12, 0, 1));
        assertThat(months.stream().mapToInt(m -> m.doneOnTime() + m.doneLate()).sum())
                .as("last year's completion and open tasks left out").isEqualTo(4);
    }
}
