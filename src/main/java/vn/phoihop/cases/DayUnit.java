package vn.phoihop.cases;

/** How a limit counts: calendar days rolled forward (Civil Code art. 147–148) or working days ("ngày làm việc"). */
public enum DayUnit {
    CALENDAR_DAYS, WORKING_DAYS
}
