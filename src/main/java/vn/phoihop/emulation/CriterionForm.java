package vn.phoihop.emulation;

import java.math.BigDecimal;

/**
 * A criterion to add: a built-in code ({@link BuiltInCriterion}) or a manual one with a title and the top of its
 * scale ({@code maxValue}, default 10).
 */
public record CriterionForm(String code, String title, BigDecimal weight, BigDecimal maxValue) {
}
