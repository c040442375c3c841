package vn.phoihop.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ProfileTest {

    static Map<Integer, Integer> programsByYear(Profile profile) {
        Map<Integer, Integer> byYear = new TreeMap<>();
        for (int p = 0; p < profile.programs(); p++) {
            byYear.merge(profile.yearOf(p, 2026), 1, Integer::sum);
        }
        return byYear;
    }

    @Test
    void provinceTenYearsHasFiftyProgramsInEachOfTenYears() {
        Map<Integer, Integer> byYear = programsByYear(Profile.PROVINCE_10Y);
        assertThat(byYear).hasSize(10).containsKeys(2017, 2026);
        assertThat(byYear.values()).containsOnly(50);
        assertThat(programsByYear(Profile.PROVINCE_10Y.scaled(0.1)).values()).containsOnly(5);
    }

    @Test
    void theRedmineShapedProfileKeepsMostProgramsInThisYear() {
        assertThat(programsByYear(Profile.REDMINE_EQUIVALENT)).isEqualTo(Map.of(2026, 19, 2025, 1));
    }
}
