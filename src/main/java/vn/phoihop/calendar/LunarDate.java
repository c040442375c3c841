package vn.phoihop.calendar;

/**
 * A day of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year      the lunar year, numbered as the solar year in which it begins (Tết 2026 starts lunar year 2026)
 * @param month     1 (tháng Giêng) to 12 (tháng Chạp)
 * @param day       1 (mùng 1) to 30
 * @param leapMonth whether the day lies in the leap month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("A lunar month is 1 to 12, not " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("A lunar day is 1 to 30, not " + day);
        }
    }

    /** A day in an ordinary (non-leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
