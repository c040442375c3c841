package vn.phoihop.periodicreports;

/** Computed by {@link PeriodicReportRule}, never stored. */
public enum PeriodicReportStatus {
    /** The due date has not passed and nothing is submitted yet. */
    NOT_DUE,
    /** Submitted on or before the due date. */
    ON_TIME,
    /** Submitted after the due date. */
    LATE,
    /** The due date has passed and nothing is submitted. */
    MISSING
}
