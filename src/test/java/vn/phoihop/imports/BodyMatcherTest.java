package vn.phoihop.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bodies recognised by full names, aliases and the short names officials write. */
class BodyMatcherTest {

    static final BodyMatcher BODIES = new BodyMatcher(List.of(
            new BodyMatcher.Body(1, "Ban Tổ chức Tỉnh ủy", List.of("Ban Tổ chức Tỉnh ủy", "BTCTU")),
            new BodyMatcher.Body(2, "Sở Nội vụ", List.of("Sở Nội vụ", "SNV")),
            new BodyMatcher.Body(3, "Thanh tra tỉnh", List.of("Thanh tra tỉnh")),
            new BodyMatcher.Body(4, "Ban Nội chính Tỉnh ủy", List.of("Ban Nội chính Tỉnh ủy")),
            new BodyMatcher.Body(5, "Ủy ban nhân dân tỉnh", List.of("Ủy ban nhân dân tỉnh", "UBND tỉnh")),
            new BodyMatcher.Body(6, "Sở Thông tin và Truyền thông", List.of("Sở Thông tin và Truyền thông")),
            new BodyMatcher.Body(7, "Ban Tuyên giáo và Dân vận Tỉnh ủy", List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy"))));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ban Tổ chức Tỉnh ủy          | 1
            BTC Tỉnh ủy                  | 1
            BTCTU                        | 1
            Ban Tổ chức TU               | 1
            ban tổ chức tỉnh uỷ          | 1
            Sở Nội vụ                    | 2
            SNV                          | 2
            Thanh tra tỉnh               | 3
            Thanh tra Tỉnh.              | 3
            UBND tỉnh                    | 5
            Uỷ ban nhân dân tỉnh         | 5
            Chủ trì: Sở Nội vụ           | 2
            Sở TT&TT                     | 6
            Ban Tuyên giáo và Dân vận Tỉnh ủy | 7
            """)
    void recognisesABodyByAnyOfItsNames(String written, long id) {
        assertThat(BODIES.whole(written)).get().extracting(BodyMatcher.Match::id).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở Y tế
            Ban Tổ chức Huyện ủy
            Nội vụ
            """)
    void recognisesNoBodyItDoesNotKnow(String written) {
        assertThat(BODIES.whole(written)).isEmpty();
    }

    @Test
    void splitsAListOfBodiesAndFlagsTheUnknownOnes() {
        BodyMatcher.Listed l = BODIES.list("Sở Nội vụ, Thanh tra tỉnh và BTC Tỉnh ủy; Sở Y tế");
        assertThat(l.found()).extracting(BodyMatcher.Match::id).containsExactly(2L, 3L, 1L);
        assertThat(l.unknown()).containsExactly("Sở Y tế");
    }

    @Test
    void keepsAndInsideANameWhole() {
        BodyMatcher.Listed l = BODIES.list("Sở Thông tin và Truyền thông, Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(l.found()).extracting(BodyMatcher.Match::id).containsExactly(6L, 7L);
        assertThat(l.unknown()).isEmpty();
    }

    @Test
    void findsBodiesInsideASentence() {
        assertThat(BODIES.find("Giao Ban Nội chính Tỉnh ủy chủ trì, phối hợp với Thanh tra tỉnh rà soát"))
                .extracting(BodyMatcher.Match::id).containsExactly(4L, 3L);
    }
}
