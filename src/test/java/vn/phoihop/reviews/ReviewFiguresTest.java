package vn.phoihop.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.shared.ThemeId;
import vn.phoihop.tasks.Priority;
import vn.phoihop.tasks.Recurrence;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;

import static vn.phoihop.tasks.TaskStatus.*;

/** The figures of a review from a list of tasks with their statuses: a table of cases. */
class ReviewFiguresTest {

    static long next = 1;

    static TaskDetails task(TaskStatus status, long lead, Long theme) {
        return task(status, lead, theme, null, null);
    }

    static TaskDetails task(TaskStatus status, long lead, Long theme, Recurrence recurrence, Long parent) {
        long id = next++;
        return new TaskDetails(new TaskId(id), new ProgramId(1), theme == null ? null : new ThemeId(theme),
                parent == null ? null : new TaskId(parent), "Nhiệm vụ " + id, null, new OrganizationId(lead), List.of(),
                null, null, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30), recurrence, null, Priority.NORMAL,
                status, 0, null, null, null, null, 0, null);
    }

    /** tasks; expected total, onTime, late, overdue, inProgress, notStarted, cancelled, onTimeRate. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no tasks", List.of(), new int[]{0, 0, 0, 0, 0, 0, 0, 0}),
                Arguments.of("one of each status", List.of(task(DONE_ON_TIME, 1, null), task(DONE_LATE, 1, null),
                        task(OVERDUE, 1, null), task(IN_PROGRESS, 1, null), task(NOT_STARTED, 1, null),
                        task(CANCELLED, 1, null)), new int[]{6, 1, 1, 1, 1, 1, 1, 20}),
                Arguments.of("all on time", List.of(task(DONE_ON_TIME, 1, null), task(DONE_ON_TIME, 2, null)),
                        new int[]{2, 2, 0, 0, 0, 0, 0, 100}),
                Arguments.of("cancelled left out of the rate", List.of(task(DONE_ON_TIME, 1, null),
                        task(OVERDUE, 1, null), task(CANCELLED, 1, null)), new int[]{3, 1, 0, 1, 0, 0, 1, 50}),
                Arguments.of("only cancelled", List.of(task(CANCELLED, 1, null)), new int[]{1, 0, 0, 0, 0, 0, 1, 0}),
                Arguments.of("rate rounded down", List.of(task(DONE_ON_TIME, 1, null), task(DONE_LATE, 1, null),
                        task(NOT_STARTED, 1, null)), new int[]{3, 1, 1, 0, 0, 1, 0, 33}),
                Arguments.of("recurring parent not counted, occurrences are", List.of(
                        task(OVERDUE, 1, null, Recurrence.QUARTERLY, null), task(DONE_ON_TIME, 1, null, null, 99L),
                        task(OVERDUE, 1, null, null, 99L)), new int[]{2, 1, 0, 1, 0, 0, 0, 50}),
                Arguments.of("sub-task of a plain task counted with its parent", List.of(
                        task(IN_PROGRESS, 1, null), task(DONE_ON_TIME, 1, null, null, 1L)),
                        new int[]{2, 1, 0, 0, 1, 0, 0, 50}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsTasksByStatusAsComputed(String name, List<TaskDetails> tasks, int[] expected) {
        ReviewFigures f = ReviewFigures.of(tasks);
        assertThat(new int[]{f.tasksTotal(), f.doneOnTime(), f.doneLate(), f.overdue(), f.inProgress(),
                f.notStarted(), f.cancelled(), f.onTimeRate()}).containsExactly(expected);
        int byBody = f.byOrganization().stream().mapToInt(ReviewFigures.OrganizationCounts::tasksTotal).sum();
        int byTheme = f.byTheme().stream().mapToInt(ReviewFigures.ThemeCounts::tasksTotal).sum();
        assertThat(byBody).isEqualTo(f.tasksTotal());
        assertThat(byTheme).isEqualTo(f.tasksTotal());
    }

    @Test
    void groupsByLeadBodyAndByThemeWithTasksWithoutThemeLast() {
        List<TaskDetails> tasks = new ArrayList<>(List.of(task(DONE_ON_TIME, 7, 70L), task(OVERDUE, 7, null),
                task(DONE_LATE, 5, 70L), task(CANCELLED, 5, 71L)));
        ReviewFigures f = ReviewFigures.of(tasks);
        assertThat(f.byOrganization()).containsExactly(
                new ReviewFigures.OrganizationCounts(5L, 2, 0, 1, 0, 0, 0, 1),
                new ReviewFigures.OrganizationCounts(7L, 2, 1, 0, 1, 0, 0, 0));
        assertThat(f.byTheme()).containsExactly(
                new ReviewFigures.ThemeCounts(70L, 2, 1, 1, 0, 0, 0, 0),
                new ReviewFigures.ThemeCounts(71L, 1, 0, 0, 0, 0, 0, 1),
                new ReviewFigures.ThemeCounts(null, 1, 0, 0, 1, 0, 0, 0));
        assertThat(f.sections()).isEmpty();
    }
}
