package vn.phoihop.inforequests;

import java.util.EnumSet;
import java.util.Set;

/** Computed by {@link InfoRequestStatusRule}, never stored. */
public enum InfoRequestStatus {
    /** Not answered, due date not passed. */
    OPEN,
    /** Answered on or before the due date. */
    ANSWERED_ON_TIME,
    /** Answered after the due date. */
    ANSWERED_LATE,
    /** Not answered and the due date has passed. */
    OVERDUE;

    /** What the overdue register of a body lists. */
    public static final Set<InfoRequestStatus> LATE = EnumSet.of(OVERDUE, ANSWERED_LATE);
}
