package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/** The search box and the search page as a person uses them: a real session, htmx fragments, escaped data. */
@OnH2
class SearchPagesTest extends ApiIntegrationTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    Api.User secretariat;
    String marker;
    long program;

    @BeforeEach
    void scene() {
        long office = api.body("Văn phòng Tỉnh ủy");
        long party = api.body("Ban Tổ chức Tỉnh ủy");
        secretariat = api.user(office, "SECRETARIAT");
        marker = SearchApiTests.marker();
        program = api.post("/api/v1/programs", secretariat.token(), Map.of(
                "title", "<script>alert(1)</script> Chương trình phối hợp " + marker, "year", YEAR,
                "parties", List.of(Map.of("organizationId", party)))).id();
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (api.get("/api/v1/search?q=" + marker, secretariat.token()).json().get("total").asInt() == 0
                && System.nanoTime() < deadline) {
            SearchApiTests.sleep();
        }
    }

    Browser browser() {
        return Browser.signedIn(port, secretariat.username(), secretariat.password());
    }

    static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void everyPageHasTheSearchBox() {
        String page = browser().get("/programs").body();
        assertThat(page).contains("role=\"search\" action=\"/search\"").contains("name=\"q\"")
                .contains("Tìm kiếm trong hệ thống");
    }

    @Test
    void showsHitsWithKindBadgesAndMarkedWordsInVietnamese() {
        var page = browser().get("/search?q=" + q("PHOI HOP " + marker));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html").contains("Tìm kiếm").contains("Tìm thấy 1 kết quả.")
                .contains("text-bg-primary").contains(">Chương trình</span>")
                .contains("href=\"/programs/" + program + "\"").contains("<mark>phối</mark> <mark>hợp</mark>")
                .contains("Tất cả các loại").contains("Nhiệm vụ");
    }

    @Test
    void escapesTheTitleAndTheSnippet() {
        String body = browser().get("/search?q=" + marker).body();
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt; Chương trình phối hợp")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void answersAnHtmxRequestWithTheResultsOnly() {
        var fragment = browser().htmxGet("/search?q=" + marker + "&kind=PROGRAM");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("<nav").contains("id=\"results\"")
                .contains("/programs/" + program);
        assertThat(browser().htmxGet("/search?q=" + marker + "&kind=TASK").body()).contains("Không tìm thấy kết quả nào.");
    }

    @Test
    void showsTheEmptyFormWithoutAQueryAndTheErrorOfATooLongOne() {
        var empty = browser().get("/search");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"search-q\"").doesNotContain("Tìm thấy").doesNotContain("Không tìm thấy");
        var tooLong = browser().get("/search?q=" + "a".repeat(201));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body()).contains("Tối đa 200 ký tự.");
    }
}
