package vn.phoihop.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How often a recurring task (thường xuyên) comes due; each period gets its own occurrence. */
public enum Recurrence {
    MONTHLY(1), QUARTERLY(3), SIX_MONTHLY(6), YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** A period that overlaps a program's period, due on its last day (or the program's end, if earlier). */
    public record Occurrence(int index, LocalDate start, LocalDate dueDate) {
    }

    /** The periods of this recurrence, aligned on calendar months from January, that overlap [from, to]. */
    public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        List<Occurrence> result = new ArrayList<>();
        LocalDate start = LocalDate.of(from.getYear(), 1, 1);
        while (start.plusMonths(months).isBefore(from.plusDays(1))) {
            start = start.plusMonths(months);
        }
        while (!start.isAfter(to)) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            result.add(new Occurrence(result.size() + 1, start, end.isAfter(to) ? to : end));
            start = start.plusMonths(months);
        }
        return result;
    }

    int months() {
        return months;
    }
}
