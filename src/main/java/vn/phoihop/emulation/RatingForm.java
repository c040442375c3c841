package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A leader's rating of a body on a manual criterion; {@code ratedOn} defaults to today. */
public record RatingForm(Long organizationId, BigDecimal value, LocalDate ratedOn, String comment) {
}
