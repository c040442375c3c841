package vn.phoihop.emulation;

import java.math.BigDecimal;

/**
 * The criteria measured from the data, with the weights a new movement starts with (with the manual leader's
 * rating of weight 10 they add up to 100).
 */
public enum BuiltInCriterion {
    /** Share of the body's lead tasks due in the period that were done on time (status as of the period end). */
    TASKS_ON_TIME(40),
    /** Share of the body's periodic reports due in the period that were submitted on time. */
    REPORTS_ON_TIME(20),
    /** Share of the information requests addressed to the body, due in the period, answered on time. */
    REQUESTS_ON_TIME(20),
    /** Share of the cases the body handles, resolved in the period, resolved on time ({@link CaseOutcomes}). */
    CASES_ON_TIME(10);

    /** The manual criterion every default movement has: the leader's rating on a 0–10 scale. */
    public static final String LEADER_RATING = "LEADER_RATING";
    static final BigDecimal LEADER_RATING_WEIGHT = BigDecimal.TEN;
    static final BigDecimal LEADER_RATING_MAX = BigDecimal.TEN;

    private final BigDecimal defaultWeight;

    BuiltInCriterion(int defaultWeight) {
        this.defaultWeight = BigDecimal.valueOf(defaultWeight);
    }

    public BigDecimal defaultWeight() {
        return defaultWeight;
    }

    static BuiltInCriterion of(String code) {
        for (BuiltInCriterion c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
