package vn.phoihop.tasks;

import java.util.EnumSet;
import java.util.Set;

/** Computed, never stored (API.md "Task status"). */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, OVERDUE, CANCELLED;

    /** The group {@code OPEN} of the API filter. */
    public static final Set<TaskStatus> OPEN = EnumSet.of(NOT_STARTED, IN_PROGRESS, OVERDUE);

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
