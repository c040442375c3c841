package vn.phoihop.programs;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The regulation on the program page and its edit page, as people use them. */
@OnH2
class RegulationPagesTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long office;
    long party;
    Api.User secretariat;
    Api.User focal;
    long program;

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        party = api.body("Ban Dân vận Tỉnh ủy");
        secretariat = api.user(office, "SECRETARIAT");
        focal = api.user(party, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình có trang quy chế",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", party)))).id();
    }

    Browser as(Api.User user) {
        return Browser.signedIn(port, user.username(), user.password());
    }

    Map<String, Object> form(String cadence, Object dueDay, Object days, Object months) {
        return Map.of("reportCadence", cadence, "reportDueDay", dueDay, "infoRequestResponseDays", days,
                "reviewIntervalMonths", months);
    }

    @Test
    void theProgramPageLoadsTheRegulationCardWithHtmxAndLinksToItWithoutJavaScript() {
        var page = as(focal).get("/programs/" + program);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("hx-get=\"/programs/" + program + "/regulation\"")
                .contains("href=\"/programs/" + program + "/regulation\"").contains("Xem quy chế phối hợp");
        var card = as(focal).htmxGet("/programs/" + program + "/regulation");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).doesNotContain("<html").contains("id=\"regulation\"").contains("Quy chế phối hợp")
                .contains("Hằng quý, hạn ngày 15 của tháng sau kỳ báo cáo").contains("5 ngày làm việc")
                .contains("6 tháng một lần").contains("Áp dụng mặc định")
                .doesNotContain("/regulation/edit");
        var full = as(focal).get("/programs/" + program + "/regulation");
        assertThat(full.body()).contains("<html").contains("Chương trình có trang quy chế");
    }

    @Test
    void theSecretariatSeesAnErrorNextToTheFieldForSevenMonthsAndNothingIsSaved() {
        Browser browser = as(secretariat);
        var edit = browser.get("/programs/" + program + "/regulation/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("name=\"reviewIntervalMonths\"").contains("Hằng tháng");
        var page = browser.postForm("/programs/" + program + "/regulation", form("QUARTERLY", 15, 5, 7));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"reviewIntervalMonths-error\"")
                .contains("Chương trình phải sơ kết ít nhất 6 tháng một lần")
                .containsPattern("id=\"reviewIntervalMonths\"[^>]*is-invalid|is-invalid[^>]*id=\"reviewIntervalMonths\"")
                .doesNotContain("id=\"reportDueDay-error\"");
        assertThat(api.get("/api/v1/programs/" + program + "/regulation", secretariat.token()).json()
                .get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void theSecretariatSavesTheRegulationAndTheProgramPageShowsIt() {
        Browser browser = as(secretariat);
        browser.get("/programs/" + program + "/regulation/edit");
        var saved = browser.postForm("/programs/" + program + "/regulation", form("MONTHLY", 31, 7, 3));
        assertThat(saved.redirectsTo("/programs/" + program)).isTrue();
        assertThat(browser.follow(saved).body()).contains("Đã lưu quy chế phối hợp.");
        var card = browser.htmxGet("/programs/" + program + "/regulation");
        assertThat(card.body()).contains("Hằng tháng, hạn ngày 31").contains("7 ngày làm việc")
                .contains("3 tháng một lần").doesNotContain("Áp dụng mặc định").contains("/regulation/edit");
    }

    @Test
    void othersMayNotOpenOrPostTheEditPage() {
        Browser browser = as(focal);
        var edit = browser.get("/programs/" + program + "/regulation/edit");
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.body()).contains("quy chế phối hợp").doesNotContain("Exception");
        browser.get("/programs/" + program);
        assertThat(browser.postForm("/programs/" + program + "/regulation", form("MONTHLY", 15, 5, 6)).status())
                .isEqualTo(403);
        Api.User outsider = api.user(api.body("Sở Y tế", "SPECIALIST_AGENCY"), "SECRETARIAT");
        assertThat(as(outsider).get("/programs/" + program + "/regulation/edit").status()).isEqualTo(404);
    }

    @Test
    void theCardIsInEnglishForAnEnglishSpeakingUser() {
        Browser browser = as(focal);
        browser.get("/programs");
        browser.postForm("/account/language", Map.of("lang", "en"));
        var card = browser.htmxGet("/programs/" + program + "/regulation");
        assertThat(card.body()).contains("Framework regulation").contains("Quarterly, due on day 15 of the month after")
                .contains("5 working days").contains("Every 6 months");
    }
}
