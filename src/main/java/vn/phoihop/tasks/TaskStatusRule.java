package vn.phoihop.tasks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule that computes a task's status for a day D (API.md): only reports dated on or before D and the
 * due date in force on D count; precedence CANCELLED → DONE_ON_TIME → DONE_LATE → OVERDUE → IN_PROGRESS →
 * NOT_STARTED; a task without a due date is never overdue. Everything that shows or counts statuses
 * (pages, API, reviews, dashboards) goes through here.
 */
public final class TaskStatusRule {

    private TaskStatusRule() {
    }

    /** A progress report as the rule sees it; {@code sequence} orders reports of the same day. */
    public record Report(LocalDate reportedOn, long sequence, int percent, boolean completed) {
    }

    /** A deadline change (điều chỉnh) in force from {@code effectiveOn}. */
    public record DeadlineStep(LocalDate effectiveOn, long sequence, LocalDate newDueDate) {
    }

    public record Facts(LocalDate originalDueDate, List<DeadlineStep> deadlineChanges, LocalDate cancelledOn,
                        List<Report> reports) {
        public Facts {
            deadlineChanges = List.copyOf(deadlineChanges);
            reports = List.copyOf(reports);
        }
    }

    public record Evaluation(TaskStatus status, LocalDate dueDate, int percent, LocalDate completedOn) {
    }

    private static final Comparator<Report> REPORT_ORDER =
            Comparator.comparing(Report::reportedOn).thenComparingLong(Report::sequence);

    public static Evaluation evaluate(Facts facts, LocalDate day) {
        LocalDate due = dueDateOn(facts, day);
        List<Report> counted = facts.reports().stream().filter(r -> !r.reportedOn().isAfter(day))
                .sorted(REPORT_ORDER).toList();
        LocalDate completedOn = counted.stream().filter(Report::completed).map(Report::reportedOn).findFirst()
                .orElse(null);
        int percent = counted.isEmpty() ? 0 : counted.get(counted.size() - 1).percent();
        TaskStatus status;
        if (facts.cancelledOn() != null && !facts.cancelledOn().isAfter(day)) {
            status = TaskStatus.CANCELLED;
        } else if (completedOn != null && (due == null || !completedOn.isAfter(due))) {
            status = TaskStatus.DONE_ON_TIME;
        } else if (completedOn != null) {
            status = TaskStatus.DONE_LATE;
        } else if (due != null && day.isAfter(due)) {
            status = TaskStatus.OVERDUE;
        } else if (!counted.isEmpty()) {
            status = TaskStatus.IN_PROGRESS;
        } else {
            status = TaskStatus.NOT_STARTED;
        }
        return new Evaluation(status, due, percent, completedOn);
    }

    /** The due date in force on a day: the original one, changed by every change in force by then. */
    public static LocalDate dueDateOn(Facts facts, LocalDate day) {
        return facts.deadlineChanges().stream()
                .filter(c -> !c.effectiveOn().isAfter(day))
                .max(Comparator.comparing(DeadlineStep::effectiveOn).thenComparingLong(DeadlineStep::sequence))
                .map(DeadlineStep::newDueDate)
                .orElse(facts.originalDueDate());
    }

    /**
     * The status a recurring task shows from its occurrences: cancelled if it is; done when all are done (late if
     * any was late); overdue if any is; in progress once any has started; else not started.
     */
    public static TaskStatus aggregate(boolean cancelled, Collection<TaskStatus> occurrences) {
        if (cancelled) {
            return TaskStatus.CANCELLED;
        }
        List<TaskStatus> live = occurrences.stream().filter(s -> s != TaskStatus.CANCELLED).toList();
        if (live.isEmpty()) {
            return occurrences.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.CANCELLED;
        }
        if (live.stream().allMatch(TaskStatus::isDone)) {
            return live.contains(TaskStatus.DONE_LATE) ? TaskStatus.DONE_LATE : TaskStatus.DONE_ON_TIME;
        }
        if (live.contains(TaskStatus.OVERDUE)) {
            return TaskStatus.OVERDUE;
        }
        if (live.stream().anyMatch(s -> s != TaskStatus.NOT_STARTED)) {
            return TaskStatus.IN_PROGRESS;
        }
        return TaskStatus.NOT_STARTED;
    }
}
