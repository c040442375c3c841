package vn.phoihop.periodicreports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for periodic reports: the reporting periods of a program, the due date of each, and a slot's
 * status on a day D. Periods are aligned on calendar months from January (a quarter is January–March …) and cut
 * to the program's period; a report is due on the regulation's due day of the month after the period ends, or
 * that month's last day when it is shorter (day 31 after March → 30 April; after January → 28 or 29 February).
 * On a day D only a submission dated on or before D counts: submitted by the due date is ON_TIME, later LATE;
 * nothing counted and D after the due date is MISSING, otherwise NOT_DUE.
 */
public final class PeriodicReportRule {

    private PeriodicReportRule() {
    }

    /**
     * A reporting period: {@code ordinal} is its place in its year (month 1–12, quarter 1–4, half 1–2, year 1),
     * {@code year} the year it belongs to.
     */
    public record Period(LocalDate start, LocalDate end, int ordinal, int year) {
    }

    /** The periods of {@code months} months, aligned on calendar months from January, that overlap [from, to]. */
    public static List<Period> periods(int months, LocalDate from, LocalDate to) {
        if (months < 1 || 12 % months != 0) {
            throw new IllegalArgumentException("a period of " + months + " months does not divide a year");
        }
        List<Period> result = new ArrayList<>();
        LocalDate start = LocalDate.of(from.getYear(), 1, 1);
        while (!start.plusMonths(months).isAfter(from)) {
            start = start.plusMonths(months);
        }
        while (!start.isAfter(to)) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            result.add(new Period(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end,
                    (start.getMonthValue() - 1) / months + 1, start.getYear()));
            start = start.plusMonths(months);
        }
        return result;
    }

    /** The due day of the month after the period ends, or that month's last day when the month is shorter. */
    public static LocalDate dueDate(LocalDate periodEnd, int dueDay) {
        if (dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("due day " + dueDay);
        }
        YearMonth next = YearMonth.from(periodEnd).plusMonths(1);
        return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
    }

    /** A slot's status on a day: only a submission dated on or before the day counts. */
    public static PeriodicReportStatus status(LocalDate dueDate, LocalDate submittedOn, LocalDate day) {
        if (submittedOn != null && !submittedOn.isAfter(day)) {
            return submittedOn.isAfter(dueDate) ? PeriodicReportStatus.LATE : PeriodicReportStatus.ON_TIME;
        }
        return day.isAfter(dueDate) ? PeriodicReportStatus.MISSING : PeriodicReportStatus.NOT_DUE;
    }
}
