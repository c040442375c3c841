package vn.phoihop.calendar;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Conversion between the Gregorian calendar and the Vietnamese lunisolar calendar (âm lịch).
 *
 * <p>Months begin on the day of the astronomical new moon and the winter solstice always falls in
 * month 11; a year of thirteen months repeats, as leap month (tháng nhuận), the first month after
 * month 11 that contains no major solar term (trung khí). Days are reckoned at UTC+7, the meridian
 * Vietnam adopted in 1967: this is why Vietnamese Tết sometimes falls on a different day, or even in a
 * different month, from Chinese New Year, which is reckoned at UTC+8 (1985, 2007).
 *
 * <p>The astronomy is Hồ Ngọc Đức's: new moons and solar longitudes after Meeus, "Astronomical
 * Algorithms" (1998), accurate to a few minutes for the years 1800 to 2199, the range accepted here.
 * Instances are immutable and thread-safe.
 */
public final class VietnameseLunarCalendar {

    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2199;

    private static final int VIETNAM_UTC_OFFSET_HOURS = 7;
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588; // 1970-01-01
    private static final double SYNODIC_MONTH = 29.530588853;
    // The new moon of 1900-01-01 13:52 UT, from which new moons are numbered.
    private static final double FIRST_NEW_MOON = 2_415_021.076998695;
    private static final double DEGREE = Math.PI / 180;

    private final double utcOffsetHours;

    /** The calendar as reckoned in Vietnam, at UTC+7. */
    public VietnameseLunarCalendar() {
        this(VIETNAM_UTC_OFFSET_HOURS);
    }

    /** The same rules reckoned at another meridian: UTC+8 gives the Chinese calendar, for comparison. */
    VietnameseLunarCalendar(int utcOffsetHours) {
        this.utcOffsetHours = utcOffsetHours;
    }

    /** The lunar date of a solar day between 1800 and 2199. */
    public LunarDate toLunar(LocalDate date) {
        int year = date.getYear();
        requireSupported(year);
        long day = julianDay(date);
        // The true new moon strays up to half a day from the mean one this guess relies on.
        long k = (long) Math.floor((day - FIRST_NEW_MOON) / SYNODIC_MONTH) + 1;
        long monthStart = newMoonDay(k);
        while (monthStart > day) {
            k--;
            monthStart = newMoonDay(k);
        }
        // Months are counted from the month 11 (the solstice month) that precedes the day.
        long month11 = month11Start(year);
        long nextMonth11 = month11;
        int lunarYear;
        if (month11 >= monthStart) {
            lunarYear = year;
            month11 = month11Start(year - 1);
        } else {
            lunarYear = year + 1;
            nextMonth11 = month11Start(year + 1);
        }
        int index = (int) Math.floor((monthStart - month11) / 29.0);
        int month = index + 11;
        boolean leap = false;
        if (nextMonth11 - month11 > 365) {
            int leapIndex = leapMonthIndex(month11);
            if (index >= leapIndex) {
                month = index + 10;
                leap = index == leapIndex;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && index < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, (int) (day - monthStart + 1), leap);
    }

    /**
     * The solar day, between 1800 and 2199, of a lunar date.
     *
     * @throws IllegalArgumentException when the day does not exist: a leap month in a year whose leap
     *                                  month is another one, or day 30 of a 29-day month
     */
    public LocalDate toSolar(LunarDate date) {
        // Lunar 1799 ends in January 1800: let it in, and check the solar day found instead.
        if (date.year() != FIRST_YEAR - 1) {
            requireSupported(date.year());
        }
        int month = date.month();
        long month11;
        long nextMonth11;
        if (month < 11) {
            month11 = month11Start(date.year() - 1);
            nextMonth11 = month11Start(date.year());
        } else {
            month11 = month11Start(date.year());
            nextMonth11 = month11Start(date.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (month11 - FIRST_NEW_MOON) / SYNODIC_MONTH);
        int index = Math.floorMod(month - 11, 12);
        if (nextMonth11 - month11 > 365) {
            int leapIndex = leapMonthIndex(month11);
            int leapMonth = Math.floorMod(leapIndex - 2, 12);
            if (date.leapMonth() && month != leapMonth) {
                throw new IllegalArgumentException(date + " does not exist: the leap month of that year is "
                        + leapMonth);
            }
            if (date.leapMonth() || index >= leapIndex) {
                index += 1;
            }
        } else if (date.leapMonth()) {
            throw new IllegalArgumentException(date + " does not exist: that year has no leap month here");
        }
        long monthStart = newMoonDay(k + index);
        long day = monthStart + date.day() - 1;
        if (day >= newMoonDay(k + index + 1)) {
            throw new IllegalArgumentException(date + " does not exist: that month has only "
                    + (newMoonDay(k + index + 1) - monthStart) + " days");
        }
        LocalDate solar = fromJulianDay(day);
        requireSupported(solar.getYear());
        return solar;
    }

    /** The solar day of Tết, the first day of the lunar year. */
    public LocalDate newYear(int lunarYear) {
        return toSolar(LunarDate.of(lunarYear, 1, 1));
    }

    /** The month that the lunar year repeats as its leap month, if it has thirteen months. */
    public OptionalInt leapMonth(int lunarYear) {
        requireSupported(lunarYear);
        // Leap months 1 to 10 lie in the solstice-to-solstice cycle that ends in the year's own
        // December; leap months 11 and 12 at the start of the next cycle.
        long month11 = month11Start(lunarYear - 1);
        long nextMonth11 = month11Start(lunarYear);
        if (nextMonth11 - month11 > 365) {
            int leapIndex = leapMonthIndex(month11);
            if (leapIndex >= 3) {
                return OptionalInt.of(leapIndex - 2);
            }
        }
        long followingMonth11 = month11Start(lunarYear + 1);
        if (followingMonth11 - nextMonth11 > 365) {
            int leapIndex = leapMonthIndex(nextMonth11);
            if (leapIndex <= 2) {
                return OptionalInt.of(leapIndex + 10);
            }
        }
        return OptionalInt.empty();
    }

    private static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The lunar calendar is computed for the years " + FIRST_YEAR + " to "
                    + LAST_YEAR + " only, not " + year);
        }
    }

    /** The day of the new moon that begins month 11 (the one holding the winter solstice) of a solar year. */
    private long month11Start(int year) {
        long beforeNewYear = julianDay(LocalDate.of(year, 12, 31)) - 2_415_021;
        long k = (long) Math.floor(beforeNewYear / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        // Solar longitude 270° (sector 9) is the winter solstice: a month starting past it is month 12.
        if (sunSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /**
     * Counting month 11 as 0, the index of the first month without a major solar term in a
     * thirteen-month cycle: such a month starts and ends in the same 30° sector of the sun.
     */
    private int leapMonthIndex(long month11) {
        long k = (long) Math.floor((month11 - FIRST_NEW_MOON) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i));
        int previous;
        do {
            previous = sector;
            i++;
            sector = sunSector(newMoonDay(k + i));
        } while (sector != previous && i < 14);
        return i - 1;
    }

    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + utcOffsetHours / 24);
    }

    /** The sun's 30° sector (0 at the spring equinox) at local midnight starting the day. */
    private int sunSector(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - utcOffsetHours / 24) / Math.PI * 6);
    }

    /** The Julian day (UT) of the k-th new moon after 1900-01-01. */
    private static double newMoon(long k) {
        double t = k / 1236.85; // Julian centuries from 1900-01-01
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * DEGREE)
                + 0.0021 * Math.sin(2 * DEGREE * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly * DEGREE)
                + 0.0161 * Math.sin(DEGREE * 2 * moonAnomaly)
                - 0.0004 * Math.sin(DEGREE * 3 * moonAnomaly)
                + 0.0104 * Math.sin(DEGREE * 2 * latitude)
                - 0.0051 * Math.sin(DEGREE * (sunAnomaly + moonAnomaly))
                - 0.0074 * Math.sin(DEGREE * (sunAnomaly - moonAnomaly))
                + 0.0004 * Math.sin(DEGREE * (2 * latitude + sunAnomaly))
                - 0.0004 * Math.sin(DEGREE * (2 * latitude - sunAnomaly))
                - 0.0006 * Math.sin(DEGREE * (2 * latitude + moonAnomaly))
                + 0.0010 * Math.sin(DEGREE * (2 * latitude - moonAnomaly))
                + 0.0005 * Math.sin(DEGREE * (2 * moonAnomaly + sunAnomaly));
        // ΔT, the gap between terrestrial and universal time, in days.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return mean + correction - deltaT;
    }

    /** The sun's apparent longitude, in radians from 0 to 2π, at a Julian day (UT). */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2_451_545.0) / 36525; // Julian centuries from J2000
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEGREE * meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(DEGREE * 2 * meanAnomaly)
                + 0.000290 * Math.sin(DEGREE * 3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * DEGREE;
        return longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }
}
