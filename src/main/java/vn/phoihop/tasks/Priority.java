package vn.phoihop.tasks;

/** How urgent a task is. */
public enum Priority {
    LOW, NORMAL, HIGH
}
