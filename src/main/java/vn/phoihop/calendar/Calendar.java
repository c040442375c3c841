package vn.phoihop.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Text;

/**
 * The working-day calendar of Vietnamese public bodies: whether a day is worked, periods counted in working
 * days or in calendar days (Civil Code 2015, art. 147–148), the holidays of a year; and administrators' edits
 * of a year, each of which makes a new calendar version.
 *
 * <p><b>Versions.</b> Version 0 is the calendar shipped with PhoiHop (the Labour Code's default rule and the
 * Government's announced arrangements); every edit or reset of a year adds version {@code latest + 1}, and
 * versions are never changed. A deadline records the version it was computed with, and computing again with
 * that version gives the same answer whatever was edited since. To compute and record atomically, take a
 * snapshot: {@code WorkingDayCalendar c = calendar.current(); due = c.addWorkingDays(d, 7); store(due,
 * c.version());}. Methods without a version use the latest one.
 *
 * <p><b>Freshness.</b> Each call without a version reads the latest version number (one look at the end of
 * the primary-key index), so an edit saved on any node counts everywhere from its commit on; the built
 * calendar of a version is immutable and kept in memory. Callers computing many dates at once use
 * {@link #current()} once rather than a call per date.
 *
 * <p>Day arguments and results must lie in the years 1990 to 2100; otherwise, as for a negative number of days
 * or an unknown version, the methods throw {@link InvalidInput} naming the argument ({@code date}, {@code from},
 * {@code days}, {@code year}, {@code version}).
 */
@Service
@Transactional(readOnly = true)
public class Calendar {

    /** Built calendars kept in memory; each is a few kilobytes per year used. */
    private static final int CACHED_VERSIONS = 16;
    private static final int MAX_NAME = 200;

    private final CalendarVersionRepository versions;
    private final Clock clock;
    private final DefaultHolidayRule defaultRule = new DefaultHolidayRule(new VietnameseLunarCalendar());
    private final Map<Long, WorkingDayCalendar> built = new LinkedHashMap<>(CACHED_VERSIONS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, WorkingDayCalendar> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    Calendar(CalendarVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** The latest calendar version: 0 until an administrator edits a year. */
    public long version() {
        return versions.latestNumber();
    }

    /** The latest calendar, to compute several dates and record the one version they used. */
    public WorkingDayCalendar current() {
        return at(version());
    }

    /**
     * The calendar as it was at a version recorded earlier.
     *
     * @throws InvalidInput on {@code version} when no such version exists
     */
    public WorkingDayCalendar at(long version) {
        WorkingDayCalendar known;
        synchronized (built) {
            known = built.get(version);
        }
        if (known != null) {
            return known;
        }
        if (version < 0 || version > versions.latestNumber()) {
            throw InvalidInput.of("version", "calendar.version.unknown", String.valueOf(version));
        }
        // Versions commit in number order, so everything up to a number not above the latest is committed.
        WorkingDayCalendar calendar = build(version);
        synchronized (built) {
            built.put(version, calendar);
        }
        return calendar;
    }

    /** Whether civil servants work on the day, in the latest calendar. */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, version());
    }

    /** Whether civil servants work on the day, in the given calendar version. */
    public boolean isWorkingDay(LocalDate date, long version) {
        requireKnownDay("date", date);
        return at(version).isWorkingDay(date);
    }

    /** The n-th working day after {@code from} ("n ngày làm việc"; {@code from} is not counted), latest calendar. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return addWorkingDays(from, days, version());
    }

    /**
     * The n-th working day after {@code from} in the given calendar version; {@code from} itself is not
     * counted, and 0 days gives {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int days, long version) {
        requireKnownDay("from", from);
        requireNotNegative(days);
        WorkingDayCalendar calendar = at(version);
        try {
            return calendar.addWorkingDays(from, days);
        } catch (IllegalArgumentException e) {
            throw resultOutOfRange();
        }
    }

    /**
     * The end of a period of n calendar days from {@code from} (Civil Code 2015, art. 147–148), latest calendar:
     * the day of the event is not counted, and a period ending on a day off ends on the next working day.
     */
    public LocalDate addDays(LocalDate from, int days) {
        return addDays(from, days, version());
    }

    /** {@link #addDays(LocalDate, int)} in the given calendar version. */
    public LocalDate addDays(LocalDate from, int days, long version) {
        requireKnownDay("from", from);
        requireNotNegative(days);
        WorkingDayCalendar calendar = at(version);
        try {
            return calendar.addDays(from, days);
        } catch (IllegalArgumentException e) {
            throw resultOutOfRange();
        }
    }

    /** The year's statutory holidays (even on a weekend), other days off and make-up working days, latest calendar. */
    public List<Holiday> holidays(int year) {
        return year(year).holidays();
    }

    /** The year's holiday list, where it comes from and the version, in the latest calendar. */
    public CalendarYear year(int year) {
        return year(year, version());
    }

    /** The year's holiday list in the given calendar version. */
    public CalendarYear year(int year, long version) {
        requireKnownYear(year);
        return yearOf(at(version), year);
    }

    /** Every version, newest first. */
    public List<CalendarVersionSummary> versions() {
        return versions.findAllByOrderByIdDesc().stream()
                .map(v -> new CalendarVersionSummary(v.number(), v.editedYear(), v.restoresDefault(), v.createdBy(),
                        v.createdAt()))
                .toList();
    }

    /** Whether the actor may edit the calendar: administrators only. */
    public boolean canEdit(Actor actor) {
        return actor != null && actor.isAdmin();
    }

    /**
     * Replaces a year's list with the administrator's, as a new calendar version.
     *
     * @return the year's list under the new version
     * @throws Forbidden    unless the actor is an administrator
     * @throws InvalidInput naming the field ({@code year}, {@code daysOff[2].date}, {@code workingDays[0].name}…):
     *                      a year outside 1990–2100, a missing list, day, date or name, a day of another year, a
     *                      date listed twice, a working day that is not a Saturday or Sunday, a wrong kind
     * @throws Conflict     when another administrator saved a version at the same moment (try again)
     */
    @Transactional
    public CalendarYear edit(int year, YearForm form, Actor actor) {
        requireEditor(actor);
        requireKnownYear(year);
        List<Holiday> holidays = validated(year, form);
        return save(year, holidays, false, actor);
    }

    /**
     * Returns a year to the Government's announced arrangement or, failing that, the default rule, as a new
     * calendar version; a year nobody has edited is left as it is, without a new version.
     */
    @Transactional
    public CalendarYear reset(int year, Actor actor) {
        requireEditor(actor);
        requireKnownYear(year);
        long latest = version();
        if (at(latest).sourceOf(year) != ArrangementSource.ADMINISTRATOR) {
            return year(year, latest);
        }
        return save(year, List.of(), true, actor);
    }

    private CalendarYear save(int year, List<Holiday> holidays, boolean restoresDefault, Actor actor) {
        long number = versions.latestNumber() + 1;
        try {
            versions.saveAndFlush(new CalendarVersion(number, year, restoresDefault, actor.username(),
                    clock.instant(), holidays));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            throw new Conflict("calendar.edit.concurrent");
        }
        // Not cached: the version is not committed yet.
        return yearOf(build(number), year);
    }

    private WorkingDayCalendar build(long version) {
        WorkingDayCalendar.Builder builder = WorkingDayCalendar.builder().version(version);
        for (CalendarVersion edit : versions.composing(version)) {
            if (!edit.restoresDefault()) {
                builder.edit(edit.editedYear(), edit.holidays());
            }
        }
        return builder.build();
    }

    private static CalendarYear yearOf(WorkingDayCalendar calendar, int year) {
        return new CalendarYear(year, calendar.sourceOf(year), calendar.version(), calendar.holidays(year));
    }

    private List<Holiday> validated(int year, YearForm form) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (form == null || form.daysOff() == null) {
            throw InvalidInput.of("daysOff", "validation.required");
        }
        Set<LocalDate> statutory = new HashSet<>();
        defaultRule.holidays(year).stream().filter(h -> h.kind() == HolidayKind.HOLIDAY)
                .forEach(h -> statutory.add(h.date()));
        year(year).holidays().stream().filter(h -> h.kind() == HolidayKind.HOLIDAY)
                .forEach(h -> statutory.add(h.date()));

        Set<LocalDate> seen = new HashSet<>();
        List<Holiday> holidays = new ArrayList<>();
        List<YearForm.Day> daysOff = form.daysOff();
        for (int i = 0; i < daysOff.size(); i++) {
            String path = "daysOff[" + i + "]";
            YearForm.Day day = daysOff.get(i);
            if (day == null) {
                errors.add(path, "validation.required");
                continue;
            }
            boolean dateOk = checkDate(errors, path, day.date(), year, seen);
            String name = checkName(errors, path, day.name());
            if (day.kind() == HolidayKind.MAKE_UP_WORKING_DAY) {
                errors.add(path + ".kind", "calendar.dayOff.kind");
                continue;
            }
            if (dateOk && name != null) {
                HolidayKind kind = day.kind() != null ? day.kind()
                        : statutory.contains(day.date()) ? HolidayKind.HOLIDAY : HolidayKind.COMPENSATORY;
                holidays.add(new Holiday(day.date(), name, kind));
            }
        }
        List<YearForm.Day> workingDays = form.workingDays() == null ? List.of() : form.workingDays();
        for (int i = 0; i < workingDays.size(); i++) {
            String path = "workingDays[" + i + "]";
            YearForm.Day day = workingDays.get(i);
            if (day == null) {
                errors.add(path, "validation.required");
                continue;
            }
            boolean dateOk = checkDate(errors, path, day.date(), year, seen);
            if (dateOk && !Holiday.isWeekend(day.date())) {
                errors.add(path + ".date", "calendar.workingDay.notWeekend");
                dateOk = false;
            }
            String name = checkName(errors, path, day.name());
            if (day.kind() != null && day.kind() != HolidayKind.MAKE_UP_WORKING_DAY) {
                errors.add(path + ".kind", "calendar.workingDay.kind");
                continue;
            }
            if (dateOk && name != null) {
                holidays.add(new Holiday(day.date(), name, HolidayKind.MAKE_UP_WORKING_DAY));
            }
        }
        errors.throwIfAny();
        return holidays;
    }

    private static boolean checkDate(InvalidInput.Collector errors, String path, LocalDate date, int year,
                                     Set<LocalDate> seen) {
        if (date == null) {
            errors.add(path + ".date", "validation.required");
            return false;
        }
        if (date.getYear() != year) {
            errors.add(path + ".date", "calendar.day.otherYear", String.valueOf(year));
            return false;
        }
        if (!seen.add(date)) {
            errors.add(path + ".date", "calendar.day.duplicate");
            return false;
        }
        return true;
    }

    private static String checkName(InvalidInput.Collector errors, String path, String raw) {
        String name = Text.clean(raw);
        if (name == null) {
            errors.add(path + ".name", "validation.required");
            return null;
        }
        if (name.length() > MAX_NAME) {
            errors.add(path + ".name", "validation.tooLong", MAX_NAME);
            return null;
        }
        return name;
    }

    private void requireEditor(Actor actor) {
        if (!canEdit(actor)) {
            throw new Forbidden("calendar.edit.forbidden");
        }
    }

    private static void requireKnownYear(int year) {
        if (year < WorkingDayCalendar.FIRST_YEAR || year > WorkingDayCalendar.LAST_YEAR) {
            throw InvalidInput.of("year", "calendar.year.range", String.valueOf(WorkingDayCalendar.FIRST_YEAR),
                    String.valueOf(WorkingDayCalendar.LAST_YEAR));
        }
    }

    private static void requireKnownDay(String field, LocalDate date) {
        if (date == null) {
            throw InvalidInput.of(field, "validation.required");
        }
        if (date.getYear() < WorkingDayCalendar.FIRST_YEAR || date.getYear() > WorkingDayCalendar.LAST_YEAR) {
            throw InvalidInput.of(field, "calendar.date.range", String.valueOf(WorkingDayCalendar.FIRST_YEAR),
                    String.valueOf(WorkingDayCalendar.LAST_YEAR));
        }
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw InvalidInput.of("days", "calendar.days.negative");
        }
    }

    private static InvalidInput resultOutOfRange() {
        return InvalidInput.of("days", "calendar.result.range", String.valueOf(WorkingDayCalendar.LAST_YEAR));
    }
}
