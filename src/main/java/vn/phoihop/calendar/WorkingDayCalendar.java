package vn.phoihop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working days of Vietnamese civil servants for the years 1990 to 2100: Monday to Friday, less the
 * days off, plus the make-up working days (Saturdays or Sundays worked instead).
 *
 * <p>Each year's holiday list comes from the first of: an administrator's edit of the year, the
 * Government's announced arrangement shipped in {@code calendar/announced.csv}, the default rule of the
 * Labour Code 2019, art. 112 (see {@link ArrangementSource}). The calendar is an immutable value carrying
 * the version under which a deadline computed with it is recorded; a changed edit makes a new calendar.
 * Years are worked out on first use and kept, so day arithmetic costs microseconds. Thread-safe.
 */
public final class WorkingDayCalendar {

    /** The first year the calendar knows. */
    public static final int FIRST_YEAR = 1990;
    /** The last year the calendar knows. */
    public static final int LAST_YEAR = 2100;

    private final long version;
    private final Map<Integer, List<Holiday>> announced;
    private final Map<Integer, List<Holiday>> edits;
    private final DefaultHolidayRule defaultRule = new DefaultHolidayRule(new VietnameseLunarCalendar());
    private final AtomicReferenceArray<WorkingYear> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    private WorkingDayCalendar(long version, Map<Integer, List<Holiday>> announced,
            Map<Integer, List<Holiday>> edits) {
        this.version = version;
        this.announced = Map.copyOf(announced);
        this.edits = Map.copyOf(edits);
    }

    /** The default rule overlaid with the announced arrangements, without edits, as version 0. */
    public static WorkingDayCalendar standard() {
        return builder().build();
    }

    /** A builder starting from the default rule and the announced arrangements, version 0. */
    public static Builder builder() {
        return new Builder(Shipped.ARRANGEMENTS);
    }

    /** The version recorded with every deadline computed from this calendar. */
    public long version() {
        return version;
    }

    /** Whether civil servants work on the day: Monday to Friday and not a day off, or a make-up working day. */
    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).working[date.getDayOfYear() - 1];
    }

    /**
     * The n-th working day after {@code from}, which itself is not counted ("n ngày làm việc").
     *
     * @param n 0 or more; 0 gives {@code from} unchanged, working day or not
     * @throws IllegalArgumentException if n is negative or the count leaves the years 1990 to 2100
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        requireNotNegative(n);
        int year = from.getYear();
        boolean[] working = year(year).working;
        if (n == 0) {
            return from;
        }
        int index = from.getDayOfYear() - 1;
        int remaining = n;
        while (true) {
            index++;
            if (index == working.length) {
                year++;
                working = year(year).working;
                index = 0;
            }
            if (working[index] && --remaining == 0) {
                return LocalDate.ofYearDay(year, index + 1);
            }
        }
    }

    /**
     * The end of a period of n days counted from {@code from} (Civil Code 2015, art. 147–148): the day of
     * the event is not counted, and a period ending on a day off ends on the next working day.
     *
     * @param n 0 or more
     * @throws IllegalArgumentException if n is negative or the result leaves the years 1990 to 2100
     */
    public LocalDate addDays(LocalDate from, int n) {
        requireNotNegative(n);
        year(from.getYear());
        LocalDate end = from.plusDays(n);
        return isWorkingDay(end) ? end : addWorkingDays(end, 1);
    }

    /** The year's statutory holidays, other days off and make-up working days, sorted by date. */
    public List<Holiday> holidays(int year) {
        return year(year).holidays;
    }

    /** Where the year's holiday list comes from. */
    public ArrangementSource sourceOf(int year) {
        return year(year).source;
    }

    private WorkingYear year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Working days are known for the years " + FIRST_YEAR + " to "
                    + LAST_YEAR + " only, not " + year);
        }
        int slot = year - FIRST_YEAR;
        WorkingYear known = years.get(slot);
        if (known == null) {
            years.compareAndSet(slot, null, workOut(year));
            known = years.get(slot);
        }
        return known;
    }

    private WorkingYear workOut(int year) {
        ArrangementSource source;
        List<Holiday> holidays;
        if (edits.containsKey(year)) {
            source = ArrangementSource.ADMINISTRATOR;
            holidays = edits.get(year);
        } else if (announced.containsKey(year)) {
            source = ArrangementSource.ANNOUNCED;
            holidays = announced.get(year);
        } else {
            source = ArrangementSource.DEFAULT_RULE;
            holidays = defaultRule.holidays(year);
        }
        boolean[] working = new boolean[LocalDate.ofYearDay(year, 1).lengthOfYear()];
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            working[day.getDayOfYear() - 1] = day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        for (Holiday holiday : holidays) {
            working[holiday.date().getDayOfYear() - 1] = !holiday.isDayOff();
        }
        return new WorkingYear(source, holidays, working);
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of days must be 0 or more, not " + n);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar that && version == that.version
                && announced.equals(that.announced) && edits.equals(that.edits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, announced, edits);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[version=" + version + ", edited years=" + new TreeMap<>(edits).keySet() + "]";
    }

    /** Composes a calendar: default rule, then announced arrangements, then administrators' edits. */
    public static final class Builder {

        private final Map<Integer, List<Holiday>> announced;
        private final Map<Integer, List<Holiday>> edits = new TreeMap<>();
        private long version;

        private Builder(Map<Integer, List<Holiday>> announced) {
            this.announced = announced;
        }

        /** The version to record with deadlines; 0 unless set. */
        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /**
         * An administrator's holiday list for a year, replacing whatever else the year would have
         * (and an earlier edit of the same year): its days off, each with a name and kind
         * {@link HolidayKind#HOLIDAY} or {@link HolidayKind#COMPENSATORY}, and its make-up working days,
         * of kind {@link HolidayKind#MAKE_UP_WORKING_DAY}. An empty list leaves only weekends off.
         *
         * @throws IllegalArgumentException if the year is outside 1990 to 2100, a day lies in another
         *                                  year, or a day is listed twice
         */
        public Builder edit(int year, Collection<Holiday> holidays) {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new IllegalArgumentException("Working days are known for the years " + FIRST_YEAR + " to "
                        + LAST_YEAR + " only, not " + year);
            }
            Set<LocalDate> seen = new HashSet<>();
            for (Holiday holiday : holidays) {
                if (holiday.date().getYear() != year) {
                    throw new IllegalArgumentException("The edit of " + year + " lists " + holiday.date()
                            + ", a day of another year");
                }
                if (!seen.add(holiday.date())) {
                    throw new IllegalArgumentException("The edit of " + year + " lists " + holiday.date() + " twice");
                }
            }
            edits.put(year, holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList());
            return this;
        }

        public WorkingDayCalendar build() {
            return new WorkingDayCalendar(version, announced, edits);
        }
    }

    private static final class WorkingYear {

        final ArrangementSource source;
        final List<Holiday> holidays;
        final boolean[] working;

        WorkingYear(ArrangementSource source, List<Holiday> holidays, boolean[] working) {
            this.source = source;
            this.holidays = holidays;
            this.working = working;
        }
    }

    // Read once, on first use: the file ships with the application and never changes while it runs.
    private static final class Shipped {

        static final Map<Integer, List<Holiday>> ARRANGEMENTS = AnnouncedArrangements.shipped();
    }
}
