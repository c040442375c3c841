package vn.phoihop.reviews;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.phoihop.shared.ProgramId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;

/**
 * The figures of a review: tasks by status as computed for the period's end, by lead body and by theme, and the
 * sections other modules contribute. {@link #of} is pure: dashboards call it with any list of tasks. Recurring
 * parents are not counted (their occurrences are).
 */
public record ReviewFigures(int tasksTotal, int doneOnTime, int doneLate, int overdue, int inProgress,
                            int notStarted, int cancelled, int onTimeRate, List<OrganizationCounts> byOrganization,
                            List<ThemeCounts> byTheme, Map<String, Map<String, Object>> sections) {

    public ReviewFigures {
        byOrganization = List.copyOf(byOrganization);
        byTheme = List.copyOf(byTheme);
        sections = sections == null ? Map.of() : new LinkedHashMap<>(sections);
    }

    public record OrganizationCounts(Long organizationId, int tasksTotal, int doneOnTime, int doneLate, int overdue,
                                     int inProgress, int notStarted, int cancelled) {
    }

    /** {@code themeId} null: the tasks without a theme. */
    public record ThemeCounts(Long themeId, int tasksTotal, int doneOnTime, int doneLate, int overdue,
                              int inProgress, int notStarted, int cancelled) {
    }

    /** The task figures of a list of tasks with their statuses as of a day; no sections. */
    public static ReviewFigures of(List<TaskDetails> tasks) {
        Tally all = new Tally();
        Map<Long, Tally> byBody = new TreeMap<>();
        Map<Long, Tally> byTheme = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (TaskDetails t : tasks) {
            if (!counted(t)) {
                continue;
            }
            all.add(t.status());
            byBody.computeIfAbsent(t.leadOrganizationId().value(), k -> new Tally()).add(t.status());
            byTheme.computeIfAbsent(t.themeId() == null ? null : t.themeId().value(), k -> new Tally()).add(t.status());
        }
        return new ReviewFigures(all.total, all.onTime, all.late, all.overdue, all.inProgress, all.notStarted,
                all.cancelled, all.onTimeRate(),
                byBody.entrySet().stream().map(e -> e.getValue().forBody(e.getKey())).toList(),
                byTheme.entrySet().stream().map(e -> e.getValue().forTheme(e.getKey())).toList(), Map.of());
    }

    /**
     * The task figures of each program among the tasks (statuses as of one day), keyed by program; a program without
     * tasks has no entry. The same {@link #of} every review uses, for dashboards of many programs at once.
     */
    public static Map<ProgramId, ReviewFigures> ofEachProgram(Collection<TaskDetails> tasks) {
        Map<ProgramId, List<TaskDetails>> byProgram = new LinkedHashMap<>();
        for (TaskDetails t : tasks) {
            byProgram.computeIfAbsent(t.programId(), k -> new ArrayList<>()).add(t);
        }
        Map<ProgramId, ReviewFigures> result = new LinkedHashMap<>();
        byProgram.forEach((program, list) -> result.put(program, of(list)));
        return result;
    }

    /** Tasks completed in one month of a year, on time and late. */
    public record MonthCounts(int month, int doneOnTime, int doneLate) {
    }

    /**
     * Counted tasks completed in each month of the year (by {@code completedOn}), months 1 to 12, among tasks whose
     * status is DONE_ON_TIME or DONE_LATE as of the day they were evaluated for.
     */
    public static List<MonthCounts> completedByMonth(Collection<TaskDetails> tasks, int year) {
        int[] onTime = new int[12];
        int[] late = new int[12];
        for (TaskDetails t : tasks) {
            if (!counted(t) || !t.status().isDone() || t.completedOn() == null || t.completedOn().getYear() != year) {
                continue;
            }
            int m = t.completedOn().getMonthValue() - 1;
            if (t.status() == TaskStatus.DONE_ON_TIME) {
                onTime[m]++;
            } else {
                late[m]++;
            }
        }
        List<MonthCounts> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(new MonthCounts(m + 1, onTime[m], late[m]));
        }
        return months;
    }

    /**
     * Completion: tasks done (on time or late) out of those not cancelled, in whole percent rounded down; 0 when
     * there are none. {@link #onTimeRate} counts only those done on time, out of the same tasks.
     */
    public int completionRate() {
        int live = live();
        return live == 0 ? 0 : (doneOnTime + doneLate) * 100 / live;
    }

    /** True for the tasks a review counts: every task except the parent of recurring occurrences. */
    public static boolean counted(TaskDetails t) {
        return !(t.recurrence() != null && t.parentTaskId() == null);
    }

    public ReviewFigures withSections(Map<String, Map<String, Object>> contributed) {
        return new ReviewFigures(tasksTotal, doneOnTime, doneLate, overdue, inProgress, notStarted, cancelled,
                onTimeRate, byOrganization, byTheme, contributed);
    }

    /** Tasks done or still open, i.e. not cancelled. */
    public int live() {
        return tasksTotal - cancelled;
    }

    private static final class Tally {
        int total, onTime, late, overdue, inProgress, notStarted, cancelled;

        void add(TaskStatus s) {
            total++;
            switch (s) {
                case DONE_ON_TIME -> onTime++;
                case DONE_LATE -> late++;
                case OVERDUE -> overdue++;
                case IN_PROGRESS -> inProgress++;
                case NOT_STARTED -> notStarted++;
                case CANCELLED -> cancelled++;
            }
        }

        /** Tasks done on time out of those not cancelled, in whole percent rounded down; 0 when there are none. */
        int onTimeRate() {
            int live = total - cancelled;
            return live == 0 ? 0 : onTime * 100 / live;
        }

        OrganizationCounts forBody(Long id) {
            return new OrganizationCounts(id, total, onTime, late, overdue, inProgress, notStarted, cancelled);
        }

        ThemeCounts forTheme(Long id) {
            return new ThemeCounts(id, total, onTime, late, overdue, inProgress, notStarted, cancelled);
        }
    }
}
