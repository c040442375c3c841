package vn.phoihop.demo;

import java.time.LocalDate;

/**
 * Dates relative to the day the demo is loaded, so that every task status is present whenever it is loaded.
 * Dates stay inside the load year where they can: early in January "some weeks ago" is 1 January, and late in
 * December "in a few weeks" is 31 December; only a past date on 1 January itself falls in the previous year.
 */
record LoadDay(LocalDate today) {

    int year() {
        return today.getYear();
    }

    LocalDate yearStart() {
        return LocalDate.of(year(), 1, 1);
    }

    LocalDate yearEnd() {
        return LocalDate.of(year(), 12, 31);
    }

    /** Today or later, not past the end of the year. */
    LocalDate ahead(int days) {
        LocalDate d = today.plusDays(days);
        return d.isAfter(yearEnd()) ? yearEnd() : d;
    }

    /** Strictly before today, not before 1 January unless today is 1 January. */
    LocalDate ago(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a past date is at least one day ago");
        }
        LocalDate d = today.minusDays(days);
        return d.isBefore(yearStart()) && today.isAfter(yearStart()) ? yearStart() : d;
    }

    /** A day for a report: today or earlier, not before 1 January. */
    LocalDate recent(int days) {
        LocalDate d = today.minusDays(days);
        return d.isBefore(yearStart()) ? yearStart() : d;
    }

    /** Some days before a date, not before 1 January (nor after the date itself). */
    LocalDate before(LocalDate date, int days) {
        LocalDate d = date.minusDays(days);
        LocalDate floor = date.isBefore(yearStart()) ? date : yearStart();
        return d.isBefore(floor) ? floor : d;
    }

    /** Some days after a date, but not after today: reports are never dated in the future. */
    LocalDate after(LocalDate date, int days) {
        LocalDate d = date.plusDays(days);
        return d.isAfter(today) ? today : d;
    }
}
