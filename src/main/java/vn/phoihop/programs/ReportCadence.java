package vn.phoihop.programs;

/** How often each party sends its periodic report (báo cáo định kỳ) under a program's regulation. */
public enum ReportCadence {
    MONTHLY(1), QUARTERLY(3), SIX_MONTHLY(6), YEARLY(12);

    private final int months;

    ReportCadence(int months) {
        this.months = months;
    }

    /** The length of one reporting period in months; periods are aligned on calendar months from January. */
    public int months() {
        return months;
    }
}
