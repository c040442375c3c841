package vn.phoihop.tasks;

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

/** The program and task pages as a person uses them: real sessions, forms with CSRF, htmx fragments. */
@OnH2
class ProgramPagesTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long office;
    long lead;
    long cooperating;
    long outsider;
    Api.User secretariat;
    Api.User leadFocal;
    Api.User coopFocal;
    Api.User outsiderFocal;
    long program;
    long task;

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        lead = api.body("Ban Tổ chức Tỉnh ủy");
        cooperating = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(office, "SECRETARIAT");
        leadFocal = api.user(lead, "FOCAL_POINT");
        coopFocal = api.user(cooperating, "FOCAL_POINT");
        outsiderFocal = api.user(outsider, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình phối hợp trang",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", lead)))).id();
        long theme = api.post("/api/v1/programs/" + program + "/themes", secretariat.token(),
                Map.of("title", "Công tác cán bộ")).id();
        task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title", "Rà soát quy hoạch",
                "themeId", theme, "leadOrganizationId", lead, "cooperatingOrganizationIds", List.of(cooperating),
                "dueDate", TODAY.plusDays(10).toString())).id();
        api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title", "Việc đã quá hạn",
                "leadOrganizationId", office, "dueDate", TODAY.minusDays(2).toString()));
    }

    Browser as(Api.User user) {
        return Browser.signedIn(port, user.username(), user.password());
    }

    @Test
    void createsAProgramThroughTheFormAndShowsIt() {
        Browser browser = as(secretariat);
        var created = browser.submit("/programs/new", "/programs", Map.of("title", "Chương trình mới qua trang",
                "year", TODAY.getYear(), "partyIds", List.of(lead, cooperating)));
        assertThat(created.status()).isEqualTo(302);
        var page = browser.follow(created);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Chương trình mới qua trang").contains("Dự thảo").contains("Đã tạo chương trình.");
    }

    @Test
    void flagsAProgramInForceWhoseSixMonthReviewIsOverdue() {
        api.post("/api/v1/programs/" + program + "/sign", secretariat.token(),
                Map.of("signedOn", TODAY.minusMonths(7).toString()));
        long recent = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình mới ký",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", lead)))).id();
        api.post("/api/v1/programs/" + recent + "/sign", secretariat.token(), Map.of("signedOn", TODAY.toString()));
        String page = as(secretariat).get("/programs?year=" + TODAY.getYear()).body();
        String overdueRow = page.substring(page.indexOf("Chương trình phối hợp trang"));
        assertThat(overdueRow.substring(0, overdueRow.indexOf("</tr>"))).contains("Quá hạn sơ kết");
        String recentRow = page.substring(page.indexOf("Chương trình mới ký"));
        assertThat(recentRow.substring(0, recentRow.indexOf("</tr>"))).doesNotContain("Quá hạn sơ kết");
    }

    @Test
    void showsFieldErrorsInVietnameseAndStoresNothing() {
        Browser browser = as(secretariat);
        int before = api.get("/api/v1/programs?size=500", secretariat.token()).json().get("total").asInt();
        var page = browser.submit("/programs/new", "/programs", Map.of("title", "", "year", 1990));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("is-invalid").contains("Trường này là bắt buộc.")
                .contains("Năm phải từ 2000 đến 2100.").contains("Chương trình cần ít nhất một bên ký kết.");
        assertThat(api.get("/api/v1/programs?size=500", secretariat.token()).json().get("total").asInt())
                .isEqualTo(before);
    }

    @Test
    void groupsTasksByThemeWithStatusBadgesAndCounts() {
        var page = as(secretariat).get("/programs/" + program);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Công tác cán bộ").contains("Rà soát quy hoạch").contains("Việc đã quá hạn")
                .contains("status-OVERDUE").contains("Quá hạn: 1").contains("Chưa thực hiện: 1");
    }

    @Test
    void showsALongListAPageAtATimeWithCountsOverTheWholeFilter() {
        for (int i = 1; i <= 30; i++) {
            api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                    String.format("Việc số %02d", i), "leadOrganizationId", lead,
                    "dueDate", TODAY.plusDays(20 + i).toString()));
        }
        Browser browser = as(secretariat);
        // 32 tasks: page 1 of 2 at 25 a page; the counts still cover all 32
        var first = browser.get("/programs/" + program + "?size=25");
        assertThat(first.body()).contains("Nhiệm vụ 1–25 trên tổng số 32").contains("Trang 1/2")
                .contains("Chưa thực hiện: 31").contains("Quá hạn: 1")
                .contains("Rà soát quy hoạch").contains("Việc đã quá hạn").contains("Việc số 23")
                .doesNotContain("Việc số 24")
                .contains("size=25&amp;page=1");
        var second = browser.htmxGet("/programs/" + program + "?size=25&page=1");
        assertThat(second.body()).doesNotContain("<html").contains("Nhiệm vụ 26–32 trên tổng số 32")
                .contains("Việc số 24").contains("Việc số 30").doesNotContain("Việc số 23")
                .doesNotContain("Việc đã quá hạn").doesNotContain("Rà soát quy hoạch");
        // the default page holds 50; a page past the end or an unreadable value shows a page that exists
        assertThat(browser.get("/programs/" + program).body()).contains("Nhiệm vụ 1–32 trên tổng số 32")
                .doesNotContain("Trang 1/");
        assertThat(browser.get("/programs/" + program + "?size=25&page=9").body())
                .contains("Nhiệm vụ 26–32 trên tổng số 32");
        assertThat(browser.get("/programs/" + program + "?size=7&page=x").body())
                .contains("Nhiệm vụ 1–32 trên tổng số 32");
        // the status filter pages the filtered list
        assertThat(browser.get("/programs/" + program + "?status=NOT_STARTED&size=25&page=1").body())
                .contains("Nhiệm vụ 26–31 trên tổng số 31").contains("Việc số 30").doesNotContain("Việc số 24")
                .doesNotContain("Việc đã quá hạn");
    }

    @Test
    void filtersByBodyWithAnHtmxFragmentOnly() {
        var fragment = as(secretariat).htmxGet("/programs/" + program + "?organizationId=" + cooperating);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("<nav").contains("id=\"tasks\"")
                .contains("Rà soát quy hoạch").doesNotContain("Việc đã quá hạn");
        // The body filter offers the program's bodies (parties and those its tasks involve), not every body
        String page = as(leadFocal).get("/programs/" + program).body();
        String filter = page.substring(page.indexOf("<select id=\"organizationId\""));
        filter = filter.substring(0, filter.indexOf("</select>"));
        assertThat(filter).contains("Sở Nội vụ").contains("Ban Tổ chức Tỉnh ủy").contains("Văn phòng Tỉnh ủy")
                .doesNotContain("Sở Y tế");
        // A task that brings a new body in (advising): the next view of the page offers it too.
        assertThat(api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of(
                "title", "Việc có cơ quan tham mưu", "leadOrganizationId", lead, "advisingOrganizationId", outsider,
                "dueDate", TODAY.plusDays(20).toString())).status()).isEqualTo(201);
        String again = as(leadFocal).get("/programs/" + program).body();
        String refreshed = again.substring(again.indexOf("<select id=\"organizationId\""));
        assertThat(refreshed.substring(0, refreshed.indexOf("</select>"))).contains("Sở Y tế");
        var overdue = as(secretariat).get("/programs/" + program + "?status=OVERDUE");
        assertThat(overdue.body()).contains("<html").contains("Việc đã quá hạn").doesNotContain("Rà soát quy hoạch");
    }

    @Test
    void aLeadFocalPointReportsProgressAndSeesTheStatusChange() {
        Browser browser = as(leadFocal);
        var page = browser.get("/tasks/" + task);
        assertThat(page.body()).contains("Chưa thực hiện").contains("name=\"completed\"");
        var sent = browser.postForm("/tasks/" + task + "/progress", Map.of("reportedOn", TODAY.toString(),
                "percent", 60, "text", "Đã rà soát 60% hồ sơ"));
        assertThat(sent.status()).isEqualTo(302);
        var after = browser.follow(sent);
        assertThat(after.body()).contains("Đang thực hiện").contains("Đã rà soát 60% hồ sơ").contains("60%")
                .contains("Đã ghi báo cáo tiến độ.");
    }

    @Test
    void aProgressFormErrorStaysOnThePageNextToTheField() {
        Browser browser = as(leadFocal);
        browser.get("/tasks/" + task);
        var page = browser.postForm("/tasks/" + task + "/progress", Map.of("reportedOn", TODAY.toString(),
                "percent", 140, "text", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tiến độ phải từ 0 đến 100.").contains("Trường này là bắt buộc.");
        assertThat(api.get("/api/v1/tasks/" + task + "/progress", leadFocal.token()).json().get("total").asInt()).isZero();
    }

    @Test
    void aCooperatingFocalPointMayReportButNotMarkCompletion() {
        var page = as(coopFocal).get("/tasks/" + task);
        assertThat(page.body()).contains("name=\"text\"").doesNotContain("name=\"completed\"");
    }

    @Test
    void aBodyOutsideTheProgramGetsNotFound() {
        var page = as(outsiderFocal).get("/tasks/" + task);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy").doesNotContain("Exception");
        assertThat(as(outsiderFocal).get("/programs/" + program).status()).isEqualTo(404);
    }

    @Test
    void switchesToEnglishAndKeepsTheChoiceForTheUser() {
        Browser browser = as(leadFocal);
        browser.get("/programs");
        var switched = browser.postForm("/account/language", Map.of("lang", "en"));
        assertThat(switched.status()).isEqualTo(302);
        assertThat(browser.get("/programs").body()).contains("Coordination programs");
        assertThat(as(leadFocal).get("/programs").body()).as("a new session").contains("Coordination programs");
    }
}
