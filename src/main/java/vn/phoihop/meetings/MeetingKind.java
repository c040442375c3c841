package vn.phoihop.meetings;

/** The kinds of meeting (API.md "Meeting kinds"); the same codes in meetings and imports. */
public enum MeetingKind {
    /** Hội nghị ký kết: the conference where the parties sign the program. */
    SIGNING,
    /** Sơ kết 6 tháng: the review at least every six months. */
    SIX_MONTH_REVIEW,
    /** Tổng kết năm: the year-end assessment. */
    YEAR_END_REVIEW,
    /** A regular working meeting between the parties. */
    REGULAR
}
