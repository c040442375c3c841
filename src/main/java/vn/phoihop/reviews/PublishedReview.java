package vn.phoihop.reviews;

import java.time.LocalDate;

/** An approved review as the public may see it: the period and the frozen figures, nothing else. */
public record PublishedReview(ReviewId id, ReviewKind kind, LocalDate periodStart, LocalDate periodEnd,
                              LocalDate approvedOn, ReviewFigures figures) {
}
