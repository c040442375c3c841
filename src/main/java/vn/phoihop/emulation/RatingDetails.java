package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;

/** A rating with who entered it and when. */
public record RatingDetails(long id, long criterionId, OrganizationId organizationId, BigDecimal value,
                            LocalDate ratedOn, String comment, String enteredBy, Instant enteredAt) {
}
