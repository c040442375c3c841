package vn.phoihop.calendar;

/** What a day in a year's holiday list means for work. */
public enum HolidayKind {

    /** A statutory holiday of the Labour Code 2019, art. 112: listed even when it falls on a weekend. */
    HOLIDAY,

    /**
     * A day off that is not itself a statutory holiday: compensation (nghỉ bù) for a holiday that fell
     * on a Saturday or Sunday, or a working day swapped (hoán đổi) for a make-up working day.
     */
    COMPENSATORY,

    /** A Saturday or Sunday declared a working day (ngày làm bù). */
    MAKE_UP_WORKING_DAY;

    /** Whether civil servants are off work on such a day. */
    public boolean isDayOff() {
        return this != MAKE_UP_WORKING_DAY;
    }
}
