package vn.phoihop.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * The dashboards over real HTTP: the leader dashboard of a year, a program's dashboard, a body's dashboard, who sees
 * what, the home page per role, and pages in Vietnamese with a table next to every chart.
 */
abstract class DashboardsTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final int YEAR = TODAY.getYear();

    long office;
    long bodyA;
    long bodyB;
    long outsider;
    String nameA;
    Api.User secretariat;
    Api.User leader;
    Api.User focalA;
    Api.User outsiderLeader;
    long program;
    long theme;
    Map<String, Long> tasks = new HashMap<>();

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        bodyA = api.body("Ban Tuyên giáo Tỉnh ủy");
        bodyB = api.body("Sở Văn hóa", "SPECIALIST_AGENCY");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        nameA = api.get("/api/v1/organizations/" + bodyA, api.adminToken()).text("name");
        secretariat = api.user(office, "SECRETARIAT");
        leader = api.user(office, "LEADER");
        focalA = api.user(bodyA, "FOCAL_POINT");
        outsiderLeader = api.user(outsider, "LEADER");
        var p = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình phối hợp"),
                "year", YEAR, "parties", List.of(Map.of("organizationId", bodyA), Map.of("organizationId", bodyB))));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        program = p.id();
        theme = api.post("/api/v1/programs/" + program + "/themes", secretariat.token(),
                Map.of("title", "Công tác tuyên truyền")).id();
        // One task per status as of today.
        long onTime = task("onTime", bodyA, TODAY.plusDays(10), theme);
        progress(onTime, TODAY, 100, true);
        task("overdue", bodyA, TODAY.minusDays(3), theme);
        long late = task("late", bodyB, TODAY.minusDays(5), null);
        progress(late, TODAY, 100, true);
        long inProgress = task("inProgress", bodyB, TODAY.plusDays(60), null);
        progress(inProgress, TODAY, 40, false);
        task("notStarted", bodyB, TODAY.plusDays(90), null);
        long cancelled = task("cancelled", bodyA, TODAY.plusDays(30), null);
        assertThat(api.post("/api/v1/tasks/" + cancelled + "/cancel", secretariat.token(),
                Map.of("reason", "Không còn phù hợp")).status()).isEqualTo(200);
    }

    long task(String key, long lead, LocalDate due, Long themeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Api.unique("Nhiệm vụ " + key));
        body.put("leadOrganizationId", lead);
        body.put("dueDate", due.toString());
        if (themeId != null) {
            body.put("themeId", themeId);
        }
        var r = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        tasks.put(key, r.id());
        return r.id();
    }

    void progress(long task, LocalDate on, int percent, boolean completed) {
        var r = api.post("/api/v1/tasks/" + task + "/progress", secretariat.token(), Map.of("reportedOn", on.toString(),
                "percent", percent, "text", "Đã triển khai", "completed", completed));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    static int[] counts(JsonNode f) {
        return new int[] {f.get("tasksTotal").asInt(), f.get("doneOnTime").asInt(), f.get("doneLate").asInt(),
                f.get("overdue").asInt(), f.get("inProgress").asInt(), f.get("notStarted").asInt(),
                f.get("cancelled").asInt()};
    }

    static JsonNode row(JsonNode items, String field, long id) {
        for (JsonNode n : items) {
            if (n.get(field).asLong() == id) {
                return n;
            }
        }
        return null;
    }

    @Test
    void theLeaderDashboardShowsEveryProgramOfTheYearTheLeaderMaySeeWithItsFigures() {
        var r = api.get("/api/v1/dashboard", leader.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.get("year").asInt()).isEqualTo(YEAR);
        assertThat(d.get("asOf").asString()).isEqualTo(TODAY.toString());
        JsonNode mine = row(d.get("programs"), "id", program);
        assertThat(mine).as(r.body()).isNotNull();
        JsonNode f = mine.get("figures");
        assertThat(counts(f)).containsExactly(6, 1, 1, 1, 1, 1, 1);
        assertThat(f.get("completionRate").asInt()).as("2 done of 5 not cancelled").isEqualTo(40);
        assertThat(f.get("onTimeRate").asInt()).as("1 on time of 5 not cancelled").isEqualTo(20);
        assertThat(mine.get("status").asString()).isEqualTo("DRAFT");
        assertThat(mine.get("nextReviewDue").isNull()).as("only programs in force have a review due").isTrue();
        JsonNode overdueA = row(d.get("overdueByBody"), "organizationId", bodyA);
        assertThat(overdueA.get("overdue").asInt()).isEqualTo(1);
        assertThat(overdueA.get("name").asString()).isNotBlank();
        assertThat(row(d.get("overdueByBody"), "organizationId", bodyB)).as("no overdue task").isNull();
        assertThat(d.get("completionsByMonth").size()).isEqualTo(12);
        JsonNode month = d.get("completionsByMonth").get(TODAY.getMonthValue() - 1);
        assertThat(month.get("month").asInt()).isEqualTo(TODAY.getMonthValue());
        assertThat(month.get("doneOnTime").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(month.get("doneLate").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(d.get("totals").get("tasksTotal").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(d.get("programCount").asInt()).isEqualTo(d.get("programs").size());
    }

    @Test
    void theLeaderDashboardLeavesOutProgramsTheCallerMayNotSeeButAnAdministratorSeesThemAll() {
        var other = api.get("/api/v1/dashboard?year=" + YEAR, outsiderLeader.token());
        assertThat(other.status()).isEqualTo(200);
        assertThat(row(other.json().get("programs"), "id", program)).isNull();
        var admin = api.get("/api/v1/dashboard?year=" + YEAR, api.adminToken());
        assertThat(row(admin.json().get("programs"), "id", program)).isNotNull();
        var lastYear = api.get("/api/v1/dashboard?year=" + (YEAR - 1), leader.token());
        assertThat(row(lastYear.json().get("programs"), "id", program)).as("another year").isNull();
        assertThat(api.get("/api/v1/dashboard?year=1800", leader.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/dashboard", null).status()).isEqualTo(401);
    }

    @Test
    void aProgramInForceWhoseReviewFallsDueIsListed() {
        assertThat(api.post("/api/v1/programs/" + program + "/sign", secretariat.token(),
                Map.of("signedOn", TODAY.minusMonths(6).plusDays(10).toString())).status()).isEqualTo(200);
        JsonNode d = api.get("/api/v1/dashboard", leader.token()).json();
        LocalDate due = TODAY.minusMonths(6).plusDays(10).plusMonths(6);
        assertThat(row(d.get("programs"), "id", program).get("nextReviewDue").asString()).isEqualTo(due.toString());
        JsonNode listed = row(d.get("reviewsDue"), "programId", program);
        assertThat(listed).isNotNull();
        assertThat(listed.get("nextReviewDue").asString()).isEqualTo(due.toString());
        assertThat(listed.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void theProgramDashboardCountsByThemeAndLeadBodyAndIsHiddenFromOutsiders() {
        var r = api.get("/api/v1/programs/" + program + "/dashboard", focalA.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.get("programId").asLong()).isEqualTo(program);
        assertThat(counts(d.get("totals"))).containsExactly(6, 1, 1, 1, 1, 1, 1);
        assertThat(counts(row(d.get("byTheme"), "id", theme))).containsExactly(2, 1, 0, 1, 0, 0, 0);
        assertThat(row(d.get("byTheme"), "id", theme).get("name").asString()).isEqualTo("Công tác tuyên truyền");
        JsonNode noTheme = null;
        for (JsonNode n : d.get("byTheme")) {
            if (n.get("id").isNull()) {
                noTheme = n;
            }
        }
        assertThat(counts(noTheme)).containsExactly(4, 0, 1, 0, 1, 1, 1);
        assertThat(counts(row(d.get("byBody"), "id", bodyA))).containsExactly(3, 1, 0, 1, 0, 0, 1);
        assertThat(counts(row(d.get("byBody"), "id", bodyB))).containsExactly(3, 0, 1, 0, 1, 1, 0);
        assertThat(api.get("/api/v1/programs/" + program + "/dashboard", outsiderLeader.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/programs/987654321/dashboard", api.adminToken()).status()).isEqualTo(404);
    }

    @Test
    void dashboardFiguresEqualTheFiguresOfAReviewComputedForTheSameDay() {
        var review = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), Map.of("kind",
                "SIX_MONTH", "periodStart", TODAY.minusMonths(6).plusDays(1).toString(), "periodEnd", TODAY.toString()));
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        JsonNode figures = review.json().get("figures");
        JsonNode program = api.get("/api/v1/programs/" + this.program + "/dashboard", leader.token()).json();
        JsonNode leaderRow = row(api.get("/api/v1/dashboard", leader.token()).json().get("programs"), "id", this.program);
        assertThat(counts(program.get("totals"))).containsExactly(counts(figures));
        assertThat(counts(leaderRow.get("figures"))).containsExactly(counts(figures));
        assertThat(leaderRow.get("figures").get("onTimeRate").asInt()).isEqualTo(figures.get("onTimeRate").asInt());
        for (JsonNode body : figures.get("byOrganization")) {
            assertThat(counts(row(program.get("byBody"), "id", body.get("organizationId").asLong())))
                    .containsExactly(counts(body));
        }
        assertThat(program.get("byTheme").size()).isEqualTo(figures.get("byTheme").size());
    }

    @Test
    void aFocalPointsDashboardListsItsBodysTasksDueSoonAndOverdueRequestsAndDirections() {
        String soon = api.get("/api/v1/calendar/add-working-days?from=" + TODAY + "&days=2", focalA.token()).text("date");
        long dueSoon = task("dueSoon", bodyA, LocalDate.parse(soon), null);
        long later = task("later", bodyA, TODAY.plusDays(40), null);
        assertThat(api.post("/api/v1/programs/" + program + "/sign", secretariat.token(),
                Map.of("signedOn", TODAY.minusDays(20).toString())).status()).isEqualTo(200);
        Map<String, Object> request = new HashMap<>();
        request.put("programId", program);
        request.put("fromOrganizationId", bodyB);
        request.put("toOrganizationId", bodyA);
        request.put("subject", "Đề nghị cung cấp số liệu tuyên truyền");
        request.put("content", "Đề nghị Ban cung cấp số liệu quý.");
        Api.User focalB = api.user(bodyB, "FOCAL_POINT");
        var sent = api.post("/api/v1/info-requests", focalB.token(), request);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/tasks/" + tasks.get("overdue") + "/comments", leader.token(),
                Map.of("text", "Khẩn trương hoàn thành")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/programs/" + program + "/comments", leader.token(),
                Map.of("text", "Tập trung tuyên truyền nghị quyết")).status()).isEqualTo(201);

        var r = api.get("/api/v1/me/dashboard", focalA.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.get("organizationId").asLong()).isEqualTo(bodyA);
        assertThat(d.get("dueSoonWorkingDays").asInt()).isEqualTo(5);
        List<Long> soonIds = ids(d.get("dueSoon"), "id");
        assertThat(soonIds).contains(dueSoon).doesNotContain(later, tasks.get("late"));
        assertThat(row(d.get("dueSoon"), "id", dueSoon).get("role").asString()).isEqualTo("LEAD");
        assertThat(ids(d.get("overdue"), "id")).containsExactly(tasks.get("overdue"));
        JsonNode req = row(d.get("infoRequests"), "id", sent.id());
        assertThat(req.get("status").asString()).isEqualTo("OPEN");
        assertThat(req.get("subject").asString()).isEqualTo("Đề nghị cung cấp số liệu tuyên truyền");
        List<String> texts = new ArrayList<>();
        d.get("directions").forEach(n -> texts.add(n.get("text").asString()));
        assertThat(texts).contains("Khẩn trương hoàn thành", "Tập trung tuyên truyền nghị quyết");
        assertThat(d.get("periodicReports").isArray()).isTrue();

        var outsiderView = api.get("/api/v1/me/dashboard", api.user(outsider, "FOCAL_POINT").token()).json();
        assertThat(outsiderView.get("dueSoon").size() + outsiderView.get("overdue").size()).isZero();
        assertThat(outsiderView.get("directions").size()).isZero();
    }

    static List<Long> ids(JsonNode items, String field) {
        List<Long> ids = new ArrayList<>();
        items.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }

    @Test
    void theHomePageIsTheBodyDashboardForFocalPointsTheLeaderDashboardForLeadersAndTheProgramsForOthers() {
        assertThat(api.post("/api/v1/programs/" + program + "/sign", secretariat.token(),
                Map.of("signedOn", TODAY.minusDays(20).toString())).status()).isEqualTo(200);
        Browser focal = Browser.signedIn(port, focalA.username(), focalA.password());
        var home = focal.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Việc của " + nameA).contains("Nhiệm vụ quá hạn")
                .contains("<caption>Nhiệm vụ quá hạn của cơ quan</caption>");
        assertThat(Browser.signedIn(port, leader.username(), leader.password()).get("/").redirectsTo("/dashboard"))
                .isTrue();
        assertThat(Browser.signedIn(port, secretariat.username(), secretariat.password()).get("/")
                .redirectsTo("/programs")).isTrue();
        assertThat(Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD).get("/").redirectsTo("/programs")).isTrue();
    }

    @Test
    void theLeaderDashboardPageIsInVietnameseWithATableNextToEachChart() {
        Browser browser = Browser.signedIn(port, leader.username(), leader.password());
        var page = browser.get("/dashboard?year=" + YEAR);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bảng điều hành năm " + YEAR)
                .contains("Nhiệm vụ quá hạn theo cơ quan chủ trì")
                .contains("<caption>Số nhiệm vụ quá hạn theo cơ quan chủ trì, các chương trình năm " + YEAR + "</caption>")
                .contains("<caption>Số nhiệm vụ hoàn thành trong từng tháng năm " + YEAR + "</caption>")
                .contains("<th scope=\"col\">Tháng</th>")
                .contains("data-chart=\"overdueByBody\"").contains("data-chart=\"completionsByMonth\"")
                .contains("/js/dashboards.js")
                .contains("Tỷ lệ hoàn thành đúng hạn")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(page.body()).contains("data-json=\"{&quot;year&quot;:" + YEAR);
        assertThat(browser.get("/dashboard?year=abc").status()).as("an unreadable year shows this year").isEqualTo(200);
    }

    @Test
    void theProgramPageLoadsTheProgramDashboardSection() {
        Browser browser = Browser.signedIn(port, focalA.username(), focalA.password());
        assertThat(browser.get("/programs/" + program).body())
                .contains("hx-get=\"/programs/" + program + "/dashboard\"");
        var section = browser.htmxGet("/programs/" + program + "/dashboard");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).doesNotContain("<html").contains("id=\"program-dashboard\"")
                .contains("<caption>Số nhiệm vụ theo trạng thái và nội dung phối hợp</caption>")
                .contains("<caption>Số nhiệm vụ theo trạng thái và cơ quan chủ trì</caption>")
                .contains("<th scope=\"row\">Công tác tuyên truyền</th>")
                .contains("Hoàn thành đúng hạn");
        assertThat(browser.get("/programs/" + program + "/dashboard").body()).contains("<html");
        Browser outsiderBrowser = Browser.signedIn(port, outsiderLeader.username(), outsiderLeader.password());
        assertThat(outsiderBrowser.htmxGet("/programs/" + program + "/dashboard").status()).isEqualTo(404);
    }
}

@OnH2
class DashboardsOnH2Test extends DashboardsTests {
}

@OnPostgres
class DashboardsOnPostgresTest extends DashboardsTests {
}
