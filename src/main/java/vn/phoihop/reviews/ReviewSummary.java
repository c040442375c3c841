package vn.phoihop.reviews;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.shared.ProgramId;

/** A review in a list, without figures and narrative. */
public record ReviewSummary(ReviewId id, ProgramId programId, ReviewKind kind, LocalDate periodStart,
                            LocalDate periodEnd, ReviewStatus status, int revision, ReviewId revisionOf,
                            LocalDate approvedOn, String approvedBy, Instant createdAt, long version) {
}
