package vn.phoihop.notifications;

/** A reminder in one user's digest: {@code escalated} when it is told to them as a leader of the late body. */
record DigestEntry(Reminder reminder, boolean escalated, int workingDaysLate) {
}
