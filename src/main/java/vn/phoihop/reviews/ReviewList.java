package vn.phoihop.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * A program's reviews, newest period first, every revision listed; with the date the next review is due under the
 * six-month rule and whether that date has passed.
 */
public record ReviewList(List<ReviewSummary> items, long total, LocalDate nextReviewDue, boolean reviewOverdue) {
}
