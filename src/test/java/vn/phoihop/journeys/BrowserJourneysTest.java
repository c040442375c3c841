package vn.phoihop.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.journeys.Chromium.clickAndWaitForPage;
import static vn.phoihop.journeys.Chromium.waiting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;

/**
 * The journeys of the people who use PhoiHop, in a real headless Chromium against the application on H2: the
 * preconditions come from the API, the steps the journey is about are clicks and typing in the browser, and
 * every check is something the person sees on the page.
 */
@OnH2
class BrowserJourneysTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    static ChromeDriver browser;

    @RegisterExtension
    static final ScreenshotOnFailure FAILURES = new ScreenshotOnFailure();

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.driver();
    }

    record Province(long office, long lead, long cooperating, Api.User secretariat, Api.User focal, Api.User leader) {
    }

    Province province() {
        long office = api.body("Văn phòng Tỉnh ủy");
        long lead = api.body("Ban Tổ chức Tỉnh ủy");
        long cooperating = api.body("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        return new Province(office, lead, cooperating, api.user(office, "SECRETARIAT"), api.user(lead, "FOCAL_POINT"),
                api.user(office, "LEADER"));
    }

    /** A signed program of the office with the lead and co-operating bodies as parties and one task each. */
    long signedProgram(Province p, boolean isPublic, String... taskTitles) {
        var created = api.post("/api/v1/programs", p.secretariat().token(), Map.of("title",
                Api.unique("Chương trình phối hợp công tác"), "year", TODAY.getYear(), "isPublic", isPublic,
                "parties", List.of(Map.of("organizationId", p.lead()), Map.of("organizationId", p.cooperating()))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long program = created.id();
        for (String title : taskTitles) {
            task(p, program, title, TODAY.plusDays(30));
        }
        var signed = api.post("/api/v1/programs/" + program + "/sign", p.secretariat().token(),
                Map.of("signedOn", TODAY.withDayOfYear(1).toString()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return program;
    }

    long task(Province p, long program, String title, LocalDate due) {
        var t = api.post("/api/v1/programs/" + program + "/tasks", p.secretariat().token(), Map.of("title", title,
                "leadOrganizationId", p.lead(), "cooperatingOrganizationIds", List.of(p.cooperating()),
                "dueDate", due.toString()));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        return t.id();
    }

    String base() {
        return api.base();
    }

    void signIn(Api.User user) {
        Chromium.signIn(browser, base(), user.username(), user.password());
    }

    WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    void setDate(WebElement input, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }

    void submit(WebElement formChild) {
        WebElement form = formChild.findElement(By.xpath("ancestor-or-self::form"));
        clickAndWaitForPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
    }

    String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void theSecretariatCreatesAProgramWithPartiesThemesAndTasksAndSignsIt() {
        Province p = province();
        signIn(p.secretariat());
        browser.get(base() + "/programs");
        clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main a[href$='/programs/new']")));

        String title = Api.unique("Chương trình phối hợp giữa Văn phòng Tỉnh ủy và Ban Tổ chức");
        byId("title").sendKeys(title);
        Chromium.click(browser, byId("party-" + p.lead()));
        Chromium.click(browser, byId("party-" + p.cooperating()));
        submit(byId("title"));
        assertThat(browser.getCurrentUrl()).matches(".*/programs/\\d+$");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(text()).contains(Labels.vi("programs.status.DRAFT"));

        byId("themeTitle").sendKeys("Công tác cán bộ");
        submit(byId("themeTitle"));
        WebElement form = browser.findElement(By.cssSelector("#new-task form"));
        form.findElement(By.id("title")).sendKeys("Rà soát quy hoạch cán bộ diện Tỉnh ủy quản lý");
        new Select(form.findElement(By.id("themeId"))).selectByVisibleText("Công tác cán bộ");
        new Select(form.findElement(By.id("leadOrganizationId"))).selectByValue(String.valueOf(p.lead()));
        new Select(form.findElement(By.id("cooperatingOrganizationIds"))).selectByValue(String.valueOf(p.cooperating()));
        setDate(form.findElement(By.id("dueDate")), TODAY.plusDays(45));
        submit(form);
        assertThat(browser.getCurrentUrl()).matches(".*/tasks/\\d+$");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rà soát quy hoạch cán bộ diện Tỉnh ủy quản lý");
        clickAndWaitForPage(browser, browser.findElement(By.linkText(title)));
        WebElement tasks = byId("tasks");
        assertThat(tasks.getText()).contains("Công tác cán bộ", "Rà soát quy hoạch cán bộ diện Tỉnh ủy quản lý",
                Labels.vi("tasks.status.NOT_STARTED"));

        setDate(byId("signedOn"), TODAY);
        submit(byId("signedOn"));
        assertThat(text()).contains(Labels.vi("programs.status.IN_FORCE"));
        assertThat(browser.findElements(By.id("signedOn"))).isEmpty();
    }

    @Test
    void aFocalPointReportsProgressAndSeesTheStatusChange() {
        Province p = province();
        long program = signedProgram(p, false);
        long task = task(p, program, "Tổng kết 10 năm thực hiện Nghị quyết", TODAY.plusDays(20));
        signIn(p.focal());
        browser.get(base() + "/tasks/" + task);
        assertThat(statusBadge()).isEqualTo(Labels.vi("tasks.status.NOT_STARTED"));

        WebElement percent = byId("percent");
        percent.clear();
        percent.sendKeys("40");
        byId("text").sendKeys("Đã xây dựng đề cương báo cáo tổng kết");
        submit(percent);
        assertThat(statusBadge()).isEqualTo(Labels.vi("tasks.status.IN_PROGRESS"));
        assertThat(text()).contains("Đã xây dựng đề cương báo cáo tổng kết", "40%");

        byId("percent").clear();
        byId("percent").sendKeys("100");
        byId("text").sendKeys("Đã trình Thường trực Tỉnh ủy báo cáo tổng kết");
        Chromium.click(browser, byId("completed"));
        submit(byId("percent"));
        assertThat(statusBadge()).isEqualTo(Labels.vi("tasks.status.DONE_ON_TIME"));
    }

    @Test
    void theProgramPagesFilterInPlace() {
        Province p = province();
        long program = signedProgram(p, false, "Sơ kết công tác dân vận");
        long reported = task(p, program, "Tổng kết công tác tổ chức", TODAY.plusDays(10));
        api.post("/api/v1/tasks/" + reported + "/progress", p.focal().token(), Map.of("reportedOn", TODAY.toString(),
                "percent", 50, "text", "Đang thực hiện"));
        signIn(p.secretariat());
        browser.get(base() + "/programs/" + program);
        WebElement page = browser.findElement(By.tagName("html"));
        WebElement tasks = byId("tasks");
        assertThat(tasks.getText()).contains("Sơ kết công tác dân vận", "Tổng kết công tác tổ chức");
        new Select(byId("status")).selectByValue("IN_PROGRESS");
        waiting(browser).until(ExpectedConditions.stalenessOf(tasks));
        assertThat(byId("tasks").getText()).contains("Tổng kết công tác tổ chức").doesNotContain("Sơ kết công tác dân vận");
        assertThat(browser.getCurrentUrl()).contains("status=IN_PROGRESS");
        assertThat(page.isDisplayed()).as("the page itself was not reloaded").isTrue();

        browser.get(base() + "/programs");
        page = browser.findElement(By.tagName("html"));
        WebElement list = byId("programs");
        new Select(byId("status")).selectByValue("DRAFT");
        waiting(browser).until(ExpectedConditions.stalenessOf(list));
        assertThat(byId("programs").getText()).doesNotContain(Labels.vi("programs.status.IN_FORCE"));
        assertThat(browser.getCurrentUrl()).contains("status=DRAFT");
        assertThat(page.isDisplayed()).as("the page itself was not reloaded").isTrue();
    }

    String statusBadge() {
        return browser.findElement(By.cssSelector("main h1 + p .badge")).getText();
    }

    @Test
    void theSecretariatSendsAnInformationRequestAndTheOtherBodyAnswersIt() {
        Province p = province();
        signedProgram(p, false);
        signIn(p.secretariat());
        browser.get(base() + "/info-requests");
        clickAndWaitForPage(browser, browser.findElement(By.cssSelector("main a[href*='/info-requests/new']")));
        new Select(byId("fromOrganizationId")).selectByValue(String.valueOf(p.office()));
        new Select(byId("toOrganizationId")).selectByValue(String.valueOf(p.lead()));
        String subject = Api.unique("Đề nghị cung cấp số liệu cán bộ");
        byId("subject").sendKeys(subject);
        byId("content").sendKeys("Đề nghị Ban Tổ chức cung cấp số liệu cán bộ trẻ được quy hoạch");
        submit(byId("subject"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(subject);
        assertThat(text()).contains(Labels.vi("inforequests.status.OPEN"));
        String requestUrl = browser.getCurrentUrl();

        signIn(p.focal());
        browser.get(base() + "/info-requests");
        clickAndWaitForPage(browser, browser.findElement(By.linkText(subject)));
        assertThat(browser.getCurrentUrl()).isEqualTo(requestUrl);
        byId("content").sendKeys("Ban Tổ chức gửi số liệu: 124 cán bộ trẻ trong quy hoạch");
        submit(byId("content"));
        assertThat(text()).contains(Labels.vi("inforequests.status.ANSWERED_ON_TIME"),
                "Ban Tổ chức gửi số liệu: 124 cán bộ trẻ trong quy hoạch");
        assertThat(browser.findElements(By.cssSelector("#answer form"))).isEmpty();
    }

    @Test
    void aMeetingsConclusionBecomesATask() {
        Province p = province();
        long program = signedProgram(p, false);
        long meeting = api.post("/api/v1/programs/" + program + "/meetings", p.secretariat().token(), Map.of("kind",
                "REGULAR", "title", "Hội nghị giao ban quý III", "heldOn", TODAY.minusDays(2).toString())).id();
        long conclusion = api.post("/api/v1/meetings/" + meeting + "/conclusions", p.secretariat().token(),
                Map.of("text", "Giao Ban Tổ chức Tỉnh ủy chủ trì rà soát quy hoạch cán bộ")).id();
        signIn(p.secretariat());
        browser.get(base() + "/meetings/" + meeting);
        WebElement card = byId("conclusion-" + conclusion);
        Chromium.click(browser, card.findElement(By.tagName("summary")));
        WebElement title = card.findElement(By.id("followUpTitle-" + conclusion));
        waiting(browser).until(ExpectedConditions.visibilityOf(title));
        title.sendKeys("Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ tới");
        new Select(card.findElement(By.id("followUpLead-" + conclusion))).selectByValue(String.valueOf(p.lead()));
        setDate(card.findElement(By.id("followUpDue-" + conclusion)), TODAY.plusDays(60));
        submit(title);

        WebElement done = byId("conclusion-" + conclusion);
        assertThat(done.getText()).contains("Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ tới",
                Labels.vi("tasks.status.NOT_STARTED"));
        clickAndWaitForPage(browser, done.findElement(By.linkText("Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ tới")));
        assertThat(browser.getCurrentUrl()).matches(".*/tasks/\\d+$");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ tới");
    }

    @Test
    void aSixMonthReviewIsGeneratedApprovedAndDownloadedAsDocxAndPdf() {
        Province p = province();
        long program = signedProgram(p, false, "Sơ kết công tác phối hợp 6 tháng", "Tổ chức hội nghị chuyên đề");
        signIn(p.secretariat());
        browser.get(base() + "/programs/" + program + "/reviews");
        new Select(byId("kind")).selectByValue("SIX_MONTH");
        setDate(byId("periodStart"), TODAY.withDayOfYear(1));
        setDate(byId("periodEnd"), TODAY.withDayOfYear(1).plusMonths(6).minusDays(1));
        submit(byId("kind"));
        assertThat(browser.getCurrentUrl()).matches(".*/reviews/\\d+$");
        String reviewUrl = browser.getCurrentUrl();
        assertThat(text()).contains(Labels.vi("reviews.status.DRAFT"));
        assertThat(byId("figures").getText()).contains(Labels.vi("reviews.tasksTotal"));

        signIn(p.leader());
        browser.get(reviewUrl);
        clickAndWaitForPage(browser, browser.findElement(By.cssSelector("form[action$='/approve'] button")));
        assertThat(text()).contains(Labels.vi("reviews.status.APPROVED"));

        WebElement links = byId("review-documents");
        Download docx = download(links.findElement(By.cssSelector("a[href$='/document.docx']")).getAttribute("href"));
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.type()).contains("wordprocessingml");
        assertThat(docx.magic()).isEqualTo("PK");
        assertThat(docx.size()).isGreaterThan(2_000);
        Download pdf = download(links.findElement(By.cssSelector("a[href$='/document.pdf']")).getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.type()).contains("application/pdf");
        assertThat(pdf.magic()).isEqualTo("%PDF");
        assertThat(pdf.size()).isGreaterThan(2_000);
    }

    record Download(long status, String type, String magic, long size) {
    }

    /** Fetches a link the way the browser downloads it: same session, same origin. */
    Download download(String href) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (res) {"
                        + "  return res.arrayBuffer().then(function (buf) {"
                        + "    var b = new Uint8Array(buf), magic = '';"
                        + "    for (var i = 0; i < Math.min(4, b.length); i++) { magic += String.fromCharCode(b[i]); }"
                        + "    done({status: res.status, type: res.headers.get('Content-Type') || '', magic: magic, size: b.length});"
                        + "  });"
                        + "}).catch(function (e) { done({status: -1, type: String(e), magic: '', size: 0}); });",
                href);
        String magic = (String) r.get("magic");
        return new Download(((Number) r.get("status")).longValue(), (String) r.get("type"),
                magic.startsWith("PK") ? "PK" : magic, ((Number) r.get("size")).longValue());
    }

    @Test
    void aComplaintsDeadlinesAppearAndTurnOverdue() {
        long inspectorate = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        Api.User handler = api.user(inspectorate, "CASE_HANDLER");
        signIn(handler);
        String recent = register(inspectorate, TODAY, "Khiếu nại quyết định thu hồi đất");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(recent);
        WebElement deadlines = byId("deadlines");
        assertThat(deadlines.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(deadlines.getText()).containsPattern("\\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.cssSelector("main h1 + p")).getText()).doesNotContain(Labels.vi("cases.overdue"));

        // The same kind of complaint received three months ago: by today its deadlines have passed.
        String old = register(inspectorate, TODAY.minusMonths(3), "Khiếu nại việc bồi thường giải phóng mặt bằng");
        assertThat(browser.findElement(By.cssSelector("main h1 + p")).getText()).contains(Labels.vi("cases.overdue"));
        browser.get(base() + "/cases?overdue=true");
        assertThat(text()).contains(old).doesNotContain(recent);
    }

    String register(long body, LocalDate receivedOn, String subject) {
        browser.get(base() + "/cases/new");
        new Select(byId("kind")).selectByValue("COMPLAINT");
        setDate(byId("receivedOn"), receivedOn);
        new Select(byId("handlingOrganizationId")).selectByValue(String.valueOf(body));
        byId("citizen.fullName").sendKeys("Vũ Văn Trang");
        byId("citizen.address").sendKeys("Phường Cẩm Thành, Cẩm Phả");
        String unique = Api.unique(subject);
        byId("subject").sendKeys(unique);
        byId("content").sendKeys("Công dân khiếu nại, đề nghị xem xét lại");
        submit(byId("subject"));
        assertThat(browser.getCurrentUrl()).matches(".*/cases/\\d+$");
        return unique;
    }

    @Test
    void thePublicPageShowsAPublicProgramToAnyone() {
        Province p = province();
        long program = signedProgram(p, true);
        long task = task(p, program, "Tuyên truyền kết quả thực hiện Nghị quyết", TODAY.plusDays(40));
        assertThat(api.post("/api/v1/tasks/" + task + "/progress", p.focal().token(), Map.of("reportedOn",
                TODAY.toString(), "percent", 50, "text", "Đã đăng 12 tin bài trên Báo tỉnh", "visibility", "PUBLIC"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/tasks/" + task + "/progress", p.focal().token(), Map.of("reportedOn",
                TODAY.toString(), "percent", 60, "text", "Nội dung nội bộ không công khai")).status()).isEqualTo(201);
        String title = api.get("/api/v1/programs/" + program, p.secretariat().token()).text("title");

        browser.get(base() + "/login");
        browser.manage().deleteAllCookies();
        browser.get(base() + "/public/programs/" + program);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(title);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Tuyên truyền kết quả thực hiện Nghị quyết", "Đã đăng 12 tin bài trên Báo tỉnh")
                .doesNotContain("Nội dung nội bộ không công khai");
        Chromium.screenshot(browser, "public-program");
    }
}
