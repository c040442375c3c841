package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.phoihop.shared.OrganizationId;

/**
 * The one place emulation scores are computed: pure arithmetic on measures already taken, no data access.
 * <p>
 * For each body, a criterion is either <em>measured</em> (a share {@code numerator / denominator}), <em>not
 * applicable</em> to that body (no data: no lead task due in the period, no report owed, no rating entered…) or
 * <em>unavailable</em> for everyone (the module that would measure it is not installed, e.g. cases). Only measured
 * criteria with a positive weight count, and their weights are renormalised so that they add up to 100 %:
 * <pre>
 *   score = Σ (numerator_i / denominator_i × 100 × weight_i) / Σ weight_i      over the measured criteria
 * </pre>
 * so a body scored on two criteria of weights 40 and 20 gets 2/3 and 1/3 of its score from them. A body with no
 * measured criterion has no score (shown as "not scored", never 0) and no rank.
 * <p>
 * Arithmetic is {@link BigDecimal}: each criterion's points are computed to {@value #WORKING_SCALE} decimals
 * (HALF_UP), summed exactly, and the sum is rounded HALF_UP to {@value #SCALE} decimals. The value (share × 100), the
 * effective weight (percent) and the points shown per criterion are each rounded HALF_UP to 2 decimals for display,
 * so the shown points may differ from the score by a few hundredths. Ranking compares the rounded scores: equal
 * scores share a rank and the next rank skips (1, 1, 3).
 */
final class ScoreCalculation {

    static final int SCALE = 2;
    static final int WORKING_SCALE = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreCalculation() {
    }

    /** Whether a criterion could be measured for a body. */
    enum Availability {
        MEASURED, NOT_APPLICABLE, UNAVAILABLE
    }

    /** A criterion of the movement with its weight (any non-negative number; only ratios matter). */
    record Criterion(String code, BigDecimal weight) {
        Criterion {
            Objects.requireNonNull(code);
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException("weight must be non-negative: " + weight);
            }
        }
    }

    /** A measure of one criterion for one body. */
    record Measure(Availability availability, BigDecimal numerator, BigDecimal denominator) {

        static Measure of(long numerator, long denominator) {
            return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }

        /** A share; a zero denominator means there was nothing to measure: not applicable. */
        static Measure of(BigDecimal numerator, BigDecimal denominator) {
            if (denominator.signum() == 0) {
                return notApplicable();
            }
            if (numerator.signum() < 0 || denominator.signum() < 0 || numerator.compareTo(denominator) > 0) {
                throw new IllegalArgumentException("a share is between 0 and 1: " + numerator + "/" + denominator);
            }
            return new Measure(Availability.MEASURED, numerator, denominator);
        }

        static Measure notApplicable() {
            return new Measure(Availability.NOT_APPLICABLE, null, null);
        }

        static Measure unavailable() {
            return new Measure(Availability.UNAVAILABLE, null, null);
        }
    }

    /**
     * One criterion of a body's score. {@code value} is the share in percent, {@code effectiveWeight} the weight
     * renormalised over the body's measured criteria in percent, {@code points} what it adds to the score; all three
     * null unless measured (and weight 0 gives 0 points).
     */
    record Line(String code, Availability availability, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                BigDecimal weight, BigDecimal effectiveWeight, BigDecimal points) {
    }

    /** A body's score (null when no criterion applies), its rank (null with it) and its lines, criteria in order. */
    record Result(OrganizationId organizationId, BigDecimal score, Integer rank, List<Line> lines) {
    }

    /**
     * Scores and ranks the bodies: highest score first, ties in body-id order sharing a rank, unscored bodies last.
     * A body missing from {@code measures}, or a criterion missing from a body's measures, is not applicable.
     */
    static List<Result> rank(List<Criterion> criteria, Map<OrganizationId, Map<String, Measure>> measures) {
        List<Result> scored = new ArrayList<>();
        for (Map.Entry<OrganizationId, Map<String, Measure>> e : measures.entrySet()) {
            scored.add(score(e.getKey(), criteria, e.getValue()));
        }
        scored.sort(Comparator.comparing(Result::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(r -> r.organizationId().value()));
        List<Result> ranked = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            Result r = scored.get(i);
            if (r.score() == null) {
                ranked.add(r);
                continue;
            }
            if (previous == null || r.score().compareTo(previous) != 0) {
                rank = i + 1;
                previous = r.score();
            }
            ranked.add(new Result(r.organizationId(), r.score(), rank, r.lines()));
        }
        return ranked;
    }

    /** One body's score, unranked. */
    static Result score(OrganizationId body, List<Criterion> criteria, Map<String, Measure> measures) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            if (measureOf(c, measures).availability() == Availability.MEASURED) {
                totalWeight = totalWeight.add(c.weight());
            }
        }
        List<Line> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            Measure m = measureOf(c, measures);
            if (m.availability() != Availability.MEASURED) {
                lines.add(new Line(c.code(), m.availability(), null, null, null, c.weight(), null, null));
                continue;
            }
            BigDecimal value = m.numerator().multiply(HUNDRED).divide(m.denominator(), SCALE, RoundingMode.HALF_UP);
            if (totalWeight.signum() == 0) {
                lines.add(new Line(c.code(), m.availability(), m.numerator(), m.denominator(), value, c.weight(),
                        zero(), zero()));
                continue;
            }
            // numerator × 100 × weight / (denominator × Σ weights): one division per criterion.
            BigDecimal points = m.numerator().multiply(HUNDRED).multiply(c.weight())
                    .divide(m.denominator().multiply(totalWeight), WORKING_SCALE, RoundingMode.HALF_UP);
            sum = sum.add(points);
            BigDecimal effective = c.weight().multiply(HUNDRED).divide(totalWeight, SCALE, RoundingMode.HALF_UP);
            lines.add(new Line(c.code(), m.availability(), m.numerator(), m.denominator(), value, c.weight(),
                    effective, points.setScale(SCALE, RoundingMode.HALF_UP)));
        }
        BigDecimal score = totalWeight.signum() == 0 ? null : sum.setScale(SCALE, RoundingMode.HALF_UP);
        return new Result(body, score, null, lines);
    }

    /**
     * The quality band of a score on the scale of the annual rating of bodies (Decree 335/2025): ≥ 90 excellent,
     * 70–89.99 good, 50–69.99 completed, below 50 not completed; null without a score.
     */
    static String band(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "EXCELLENT";
        }
        if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return "GOOD";
        }
        if (score.compareTo(BigDecimal.valueOf(50)) >= 0) {
            return "COMPLETED";
        }
        return "NOT_COMPLETED";
    }

    private static Measure measureOf(Criterion c, Map<String, Measure> measures) {
        Measure m = measures == null ? null : measures.get(c.code());
        // A weight of 0 keeps a measured criterion on show: it adds nothing to the weights nor to the score.
        return m == null ? Measure.notApplicable() : m;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
