package vn.phoihop.calendar;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a year's holiday list: a day off, or a weekend day worked instead.
 *
 * @param date the day
 * @param name the Vietnamese name shown to users, e.g. "Tết Nguyên đán (mùng 1)" or "Nghỉ bù Quốc khánh";
 *             stored in Unicode NFC so that names typed on any system compare equal
 * @param kind whether the day is a statutory holiday, another day off, or a make-up working day
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A holiday on " + date + " needs a name");
        }
        name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (kind == HolidayKind.MAKE_UP_WORKING_DAY && !isWeekend(date)) {
            throw new IllegalArgumentException("A make-up working day must be a Saturday or Sunday, and "
                    + date + " is a " + date.getDayOfWeek());
        }
    }

    /** Whether civil servants are off work on this day. */
    public boolean isDayOff() {
        return kind.isDayOff();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
