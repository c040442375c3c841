package vn.phoihop.reviews;

import java.time.LocalDate;

/** What creating a review takes; for a year-end review the period defaults to the program's. */
public record ReviewForm(String kind, LocalDate periodStart, LocalDate periodEnd) {
}
