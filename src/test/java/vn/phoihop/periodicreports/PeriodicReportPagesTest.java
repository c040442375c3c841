package vn.phoihop.periodicreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/** The periodic-report grid and the submission form, as people use them. */
@OnH2
class PeriodicReportPagesTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final LocalDate THIS = YearMonth.from(TODAY).atDay(1);
    static final LocalDate BEFORE_LAST = THIS.minusMonths(2);

    long office;
    long partyA;
    long partyB;
    Api.User secretariat;
    Api.User focalA;
    long program;

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        partyA = api.body("Ban Tuyên giáo Tỉnh ủy");
        partyB = api.body("Sở Văn hóa", "SPECIALIST_AGENCY");
        secretariat = api.user(office, "SECRETARIAT");
        focalA = api.user(partyA, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình lưới báo cáo",
                "year", BEFORE_LAST.getYear(), "periodStart", BEFORE_LAST.toString(),
                "periodEnd", THIS.plusMonths(1).minusDays(1).toString(),
                "parties", List.of(Map.of("organizationId", partyA), Map.of("organizationId", partyB)))).id();
        api.put("/api/v1/programs/" + program + "/regulation", secretariat.token(), Map.of("reportCadence", "MONTHLY",
                "reportDueDay", 31, "infoRequestResponseDays", 5, "reviewIntervalMonths", 6));
    }

    Browser as(Api.User user) {
        return Browser.signedIn(port, user.username(), user.password());
    }

    @Test
    void theSecretariatSeesAGridOfPartiesAndPeriodsWithStatuses() {
        api.post("/api/v1/programs/" + program + "/periodic-reports", focalA.token(), Map.of("organizationId", partyA,
                "periodStart", BEFORE_LAST.toString(), "text", "Báo cáo muộn của Ban"));
        var page = as(secretariat).get("/programs/" + program + "/periodic-reports");
        assertThat(page.status()).isEqualTo(200);
        String monthLabel = "Tháng " + THIS.getMonthValue() + "/" + THIS.getYear();
        assertThat(page.body()).contains("<html").contains("Ban Tuyên giáo Tỉnh ủy").contains("Sở Văn hóa")
                .contains(monthLabel).contains("Quá hạn chưa nộp").contains("Nộp quá hạn").contains("Chưa đến hạn")
                .contains("Hạn " + String.format("%02d/%02d/%d", YearMonth.from(THIS).plusMonths(1).lengthOfMonth(),
                        THIS.plusMonths(1).getMonthValue(), THIS.plusMonths(1).getYear()))
                .contains("Nộp báo cáo định kỳ");
        var late = page.body().indexOf("Nộp quá hạn");
        assertThat(page.body().substring(late - 400, late)).contains("text-bg-warning");
    }

    @Test
    void theProgramPageLoadsTheGridWithHtmx() {
        var programPage = as(secretariat).get("/programs/" + program);
        assertThat(programPage.body()).contains("hx-get=\"/programs/" + program + "/periodic-reports\"")
                .contains("hx-get=\"/info-requests?programId=" + program + "\"");
        var fragment = as(secretariat).htmxGet("/programs/" + program + "/periodic-reports");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"periodic-reports\"")
                .contains("Ban Tuyên giáo Tỉnh ủy").contains("Xem và nộp báo cáo định kỳ")
                .doesNotContain("name=\"text\"");
    }

    @Test
    void aFocalPointSubmitsItsReportThroughTheForm() {
        Browser browser = as(focalA);
        var page = browser.get("/programs/" + program + "/periodic-reports");
        assertThat(page.body()).contains("name=\"periodStart\"").contains("value=\"" + partyA + "\"")
                .doesNotContain("<option value=\"" + partyB + "\"");
        var sent = browser.postForm("/programs/" + program + "/periodic-reports", Map.of("organizationId", partyA,
                "periodStart", THIS.toString(), "text", "Báo cáo tháng này qua trang"));
        assertThat(sent.redirectsTo("/programs/" + program + "/periodic-reports")).isTrue();
        var after = browser.follow(sent);
        assertThat(after.body()).contains("Đã nộp báo cáo định kỳ.").contains("Nộp đúng hạn")
                .contains("Nộp ngày " + String.format("%02d/%02d/%d", TODAY.getDayOfMonth(), TODAY.getMonthValue(),
                        TODAY.getYear()));
        long id = api.get("/api/v1/programs/" + program + "/periodic-reports?size=500", focalA.token()).json()
                .get("items").valueStream().filter(i -> !i.get("reportId").isNull()).findFirst().orElseThrow()
                .get("reportId").asLong();
        var report = browser.get("/periodic-reports/" + id);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("Báo cáo tháng này qua trang").contains("Báo cáo định kỳ của Ban Tuyên giáo");
    }

    @Test
    void aMissingTextStaysOnThePageNextToTheField() {
        Browser browser = as(focalA);
        browser.get("/programs/" + program + "/periodic-reports");
        var page = browser.postForm("/programs/" + program + "/periodic-reports", Map.of("organizationId", partyA,
                "periodStart", THIS.toString(), "text", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"text-error\"").contains("Trường này là bắt buộc.");
        assertThat(api.get("/api/v1/programs/" + program + "/periodic-reports?size=500", focalA.token()).body())
                .doesNotContain("\"status\":\"ON_TIME\"");
    }
}
