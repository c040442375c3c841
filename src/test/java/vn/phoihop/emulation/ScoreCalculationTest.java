package vn.phoihop.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phoihop.emulation.ScoreCalculation.Availability;
import vn.phoihop.emulation.ScoreCalculation.Criterion;
import vn.phoihop.emulation.ScoreCalculation.Measure;
import vn.phoihop.emulation.ScoreCalculation.Result;
import vn.phoihop.shared.OrganizationId;

/** Tables of cases for the one score computation: weights, renormalisation, not applicable, unavailable, ties. */
class ScoreCalculationTest {

    static final List<Criterion> DEFAULT = List.of(c("TASKS", "40"), c("REPORTS", "20"), c("REQUESTS", "20"),
            c("CASES", "10"), c("RATING", "10"));

    static Criterion c(String code, String weight) {
        return new Criterion(code, new BigDecimal(weight));
    }

    static Measure m(long n, long d) {
        return Measure.of(n, d);
    }

    static Map<String, Measure> measures(Object... codeAndMeasure) {
        Map<String, Measure> m = new LinkedHashMap<>();
        for (int i = 0; i < codeAndMeasure.length; i += 2) {
            m.put((String) codeAndMeasure[i], (Measure) codeAndMeasure[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> scores() {
        Measure na = Measure.notApplicable();
        Measure unavailable = Measure.unavailable();
        return Stream.of(
                // everything measured and perfect
                Arguments.of(measures("TASKS", m(4, 4), "REPORTS", m(2, 2), "REQUESTS", m(1, 1), "CASES", m(3, 3),
                        "RATING", Measure.of(new BigDecimal("10"), new BigDecimal("10"))), "100.00"),
                // everything measured: 40×3/4 + 20×1/2 + 20×0 + 10×1 + 10×0.85 = 30 + 10 + 0 + 10 + 8.5
                Arguments.of(measures("TASKS", m(3, 4), "REPORTS", m(1, 2), "REQUESTS", m(0, 5), "CASES", m(2, 2),
                        "RATING", Measure.of(new BigDecimal("8.5"), new BigDecimal("10"))), "58.50"),
                // cases unavailable, rating not entered: weights 40/20/20 renormalised to 50/25/25
                Arguments.of(measures("TASKS", m(1, 2), "REPORTS", m(1, 1), "REQUESTS", m(1, 1), "CASES", unavailable,
                        "RATING", na), "75.00"),
                // only one criterion applies: it is the whole score
                Arguments.of(measures("REPORTS", m(2, 3)), "66.67"),
                // thirds: 40×(1/3) + 20×(2/3) over 60 = 44.444… → 44.44
                Arguments.of(measures("TASKS", m(1, 3), "REPORTS", m(2, 3)), "44.44"),
                // HALF_UP on the final sum: 1/8 → 12.5 exactly; 1/16 × 100 = 6.25
                Arguments.of(measures("TASKS", m(1, 16)), "6.25"),
                // 2/3 of 100 with weight renormalised → 66.666… → 66.67 (HALF_UP), 1/3 → 33.33
                Arguments.of(measures("REQUESTS", m(1, 3)), "33.33"),
                // zero on everything is a real zero, not "not scored"
                Arguments.of(measures("TASKS", m(0, 2), "REPORTS", m(0, 1)), "0.00"),
                // nothing applies: no score at all
                Arguments.of(measures("TASKS", na, "CASES", unavailable), null),
                // a zero denominator is not applicable, not zero
                Arguments.of(measures("TASKS", m(0, 0), "REPORTS", m(1, 2)), "50.00"));
    }

    @ParameterizedTest
    @MethodSource("scores")
    void scoresWithWeightsRenormalisedOverTheMeasuredCriteria(Map<String, Measure> measures, String expected) {
        Result r = ScoreCalculation.score(new OrganizationId(1), DEFAULT, measures);
        if (expected == null) {
            assertThat(r.score()).isNull();
        } else {
            assertThat(r.score()).isEqualByComparingTo(expected);
            assertThat(r.score().scale()).isEqualTo(2);
        }
    }

    @Test
    void showsEachCriterionWithItsValueEffectiveWeightAndPoints() {
        Result r = ScoreCalculation.score(new OrganizationId(1), DEFAULT, measures("TASKS", m(1, 2), "REPORTS", m(1, 1),
                "REQUESTS", m(1, 1), "CASES", Measure.unavailable()));
        var tasks = r.lines().get(0);
        assertThat(tasks.value()).isEqualByComparingTo("50.00");
        assertThat(tasks.effectiveWeight()).isEqualByComparingTo("50.00");
        assertThat(tasks.points()).isEqualByComparingTo("25.00");
        assertThat(r.lines().get(3).availability()).isEqualTo(Availability.UNAVAILABLE);
        assertThat(r.lines().get(3).points()).isNull();
        assertThat(r.lines().get(4).availability()).isEqualTo(Availability.NOT_APPLICABLE);
        assertThat(r.lines().get(4).weight()).isEqualByComparingTo("10");
        assertThat(r.score()).isEqualByComparingTo("75.00");
    }

    @Test
    void aCriterionWeightedZeroIsShownButChangesNothing() {
        List<Criterion> criteria = List.of(c("TASKS", "40"), c("REPORTS", "0"));
        Result r = ScoreCalculation.score(new OrganizationId(1), criteria, measures("TASKS", m(1, 1), "REPORTS", m(0, 4)));
        assertThat(r.score()).isEqualByComparingTo("100.00");
        assertThat(r.lines().get(1).value()).isEqualByComparingTo("0.00");
        assertThat(r.lines().get(1).points()).isEqualByComparingTo("0.00");
        Result onlyZero = ScoreCalculation.score(new OrganizationId(1), criteria, measures("REPORTS", m(1, 4)));
        assertThat(onlyZero.score()).isNull();
    }

    @Test
    void onlyTheRatiosOfWeightsMatter() {
        Map<String, Measure> ms = measures("TASKS", m(1, 4), "REPORTS", m(3, 4));
        Result small = ScoreCalculation.score(new OrganizationId(1), List.of(c("TASKS", "2"), c("REPORTS", "1")), ms);
        Result large = ScoreCalculation.score(new OrganizationId(1), List.of(c("TASKS", "0.4"), c("REPORTS", "0.2")), ms);
        assertThat(small.score()).isEqualByComparingTo(large.score()).isEqualByComparingTo("41.67");
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        Map<OrganizationId, Map<String, Measure>> all = new LinkedHashMap<>();
        all.put(new OrganizationId(5), measures("TASKS", m(1, 2)));             // 50
        all.put(new OrganizationId(2), measures("TASKS", m(1, 1)));             // 100
        all.put(new OrganizationId(9), measures("TASKS", Measure.notApplicable())); // not scored
        all.put(new OrganizationId(3), measures("TASKS", m(2, 2)));             // 100
        all.put(new OrganizationId(7), measures("TASKS", m(3, 4)));             // 75
        all.put(new OrganizationId(8), measures("TASKS", m(2, 4)));             // 50
        List<Result> ranked = ScoreCalculation.rank(DEFAULT, all);
        assertThat(ranked).extracting(r -> r.organizationId().value()).containsExactly(2L, 3L, 7L, 5L, 8L, 9L);
        assertThat(ranked).extracting(Result::rank).containsExactly(1, 1, 3, 4, 4, null);
    }

    @Test
    void scoresEqualOnlyAfterRoundingTie() {
        // 1/3 and 3333/10000 both show 33.33: the ranking compares what people see.
        Map<OrganizationId, Map<String, Measure>> all = new LinkedHashMap<>();
        all.put(new OrganizationId(1), measures("TASKS", m(1, 3)));
        all.put(new OrganizationId(2), measures("TASKS", m(3333, 10000)));
        assertThat(ScoreCalculation.rank(DEFAULT, all)).extracting(Result::rank).containsExactly(1, 1);
    }

    @Test
    void bandsFollowTheAnnualQualityScale() {
        assertThat(ScoreCalculation.band(new BigDecimal("90.00"))).isEqualTo("EXCELLENT");
        assertThat(ScoreCalculation.band(new BigDecimal("89.99"))).isEqualTo("GOOD");
        assertThat(ScoreCalculation.band(new BigDecimal("70.00"))).isEqualTo("GOOD");
        assertThat(ScoreCalculation.band(new BigDecimal("69.99"))).isEqualTo("COMPLETED");
        assertThat(ScoreCalculation.band(new BigDecimal("50.00"))).isEqualTo("COMPLETED");
        assertThat(ScoreCalculation.band(new BigDecimal("49.99"))).isEqualTo("NOT_COMPLETED");
        assertThat(ScoreCalculation.band(null)).isNull();
    }

    @Test
    void refusesSharesOutsideZeroToOneAndNegativeWeights() {
        assertThatThrownBy(() -> Measure.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c("TASKS", "-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
