package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.OrganizationId;

/**
 * The ranking of a movement over a period: {@code items} best first (unscored bodies last, without score or rank),
 * {@code total} their number.
 */
public record ScoreBoard(List<BodyScore> items, int total, long movementId, String movementTitle, LocalDate from,
                         LocalDate to) {

    /** A body's score (0–100, 2 decimals; null when no criterion applies), rank (ties share) and quality band. */
    public record BodyScore(OrganizationId organizationId, String organizationName, BigDecimal score, Integer rank,
                            String band, List<CriterionScore> criteria) {
    }

    /**
     * A criterion of a body's score. {@code status}: MEASURED, NOT_APPLICABLE (no data for this body) or UNAVAILABLE
     * (not measured by any installed module); {@code value} the share in percent, {@code effectiveWeight} the weight
     * renormalised over the measured criteria in percent, {@code points} what it adds to the score.
     */
    public record CriterionScore(String code, String title, String status, BigDecimal value, BigDecimal weight,
                                 BigDecimal effectiveWeight, BigDecimal points, BigDecimal numerator,
                                 BigDecimal denominator) {
    }
}
