package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** The case pages: registration, the case with its deadlines and legal basis, stage actions, statistics. */
abstract class CasePagesTests extends ApiIntegrationTest {

    long body;
    Api.User handler;
    Browser browser;

    @BeforeEach
    void scene() {
        body = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        handler = api.user(body, "CASE_HANDLER");
        browser = Browser.signedIn(port, handler.username(), handler.password());
    }

    @Test
    void registersACaseAndShowsItsDeadlinesWithTheirLegalBasis() {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", "COMPLAINT");
        form.put("instance", "FIRST");
        form.put("receivedOn", "2026-02-05");
        form.put("channel", "DIRECT");
        form.put("complexity", "NORMAL");
        form.put("handlingOrganizationId", body);
        form.put("citizen.fullName", "Vũ Văn Trang");
        form.put("citizen.address", "Cẩm Phả");
        form.put("subject", "Khiếu nại quyết định xử phạt");
        form.put("content", "Nội dung");
        Browser.Page created = browser.submit("/cases/new", "/cases", form);
        assertThat(created.status()).isEqualTo(302);
        Browser.Page page = browser.follow(created);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Khiếu nại quyết định xử phạt", "Vũ Văn Trang", "23/02/2026",
                "Luật Khiếu nại 2011, điều 27", "Thụ lý");
        String id = created.location().substring(created.location().lastIndexOf('/') + 1);
        Browser.Page accepted = browser.postForm("/cases/" + id + "/accept", Map.of("acceptedOn", "2026-02-20"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(browser.follow(accepted).body()).contains("Luật Khiếu nại 2011, điều 28", "23/03/2026");
        assertThat(browser.get("/cases?stage=ACCEPTED").body()).contains("Khiếu nại quyết định xử phạt");
    }

    @Test
    void showsFieldErrorsOnTheRegistrationForm() {
        Browser.Page page = browser.submit("/cases/new", "/cases", Map.of("kind", "COMPLAINT",
                "handlingOrganizationId", body, "receivedOn", "2026-02-05"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("is-invalid").contains("Trường này là bắt buộc.");
    }

    @Test
    void theStatisticsPageHasAChartFromATableAndNoInlineScript() {
        Browser.Page page = browser.get("/cases/statistics?from=2026-01-01&to=2026-12-31");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"cases-chart\"", "id=\"cases-figures\"", "/js/cases.js",
                "/webjars/echarts/", "Khiếu nại lần đầu");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(browser.get("/js/cases.js").status()).isEqualTo(200);
        assertThat(browser.get("/cases/import").body()).contains("/cases/import-template.xlsx");
    }

    @Test
    void aRefusedActionShowsTheLawsReason() {
        long id = api.post("/api/v1/cases", handler.token(), CasesApiTests.caseBody("DENUNCIATION", null, "2026-02-11",
                body, "NORMAL", false, "Hà Văn Lý")).id();
        browser.follow(browser.postForm("/cases/" + id + "/accept", Map.of("acceptedOn", "2026-02-20")));
        Browser.Page r = browser.postForm("/cases/" + id + "/extensions",
                Map.of("decidedOn", "2026-02-25", "days", "10", "reason", "Lý do"));
        assertThat(browser.follow(r).body()).contains("không cho phép gia hạn");
    }
}

@OnH2
class CasePagesOnH2Test extends CasePagesTests {
}

@OnPostgres
class CasePagesOnPostgresTest extends CasePagesTests {
}
