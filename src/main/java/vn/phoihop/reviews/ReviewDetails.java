package vn.phoihop.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.ProgramId;

/**
 * A review with its figures (recomputed as of {@code periodEnd} while a draft, frozen once approved), its narrative
 * and every version of it ({@code revisions}, oldest first).
 */
public record ReviewDetails(ReviewId id, ProgramId programId, ReviewKind kind, LocalDate periodStart,
                            LocalDate periodEnd, ReviewStatus status, int revision, ReviewId revisionOf,
                            String results, String shortcomings, String lessons, String directions,
                            ReviewFigures figures, LocalDate approvedOn, String approvedBy, String createdBy,
                            Instant createdAt, long version, List<ReviewSummary> revisions) {
}
