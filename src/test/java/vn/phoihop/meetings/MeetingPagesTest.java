package vn.phoihop.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/** The meeting pages as the secretariat and a leader use them: real sessions, forms with CSRF, htmx fragments. */
@OnH2
class MeetingPagesTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long office;
    long committee;
    long lead;
    long outsider;
    Api.User secretariat;
    Api.User leader;
    Api.User outsiderFocal;
    long program;
    long chairPosition;
    long attendeePosition;
    String committeeName;

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        committee = api.body("Ủy ban nhân dân tỉnh", "PEOPLES_COMMITTEE");
        lead = api.body("Ban Tổ chức Tỉnh ủy");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        committeeName = api.get("/api/v1/organizations/" + committee, api.adminToken()).text("name");
        secretariat = api.user(office, "SECRETARIAT");
        leader = api.user(office, "LEADER");
        outsiderFocal = api.user(outsider, "FOCAL_POINT");
        chairPosition = person("Nguyễn Văn Chủ", committee, "Phó Chủ tịch Thường trực UBND tỉnh");
        attendeePosition = person("Trần Thị Dự", lead, "Trưởng Ban Tổ chức Tỉnh ủy");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình có hội nghị"),
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", lead)))).id();
    }

    long person(String name, long body, String title) {
        var r = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", name,
                "positions", List.of(Map.of("organizationId", body, "title", title))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("positions").get(0).get("id").asLong();
    }

    Browser as(Api.User user) {
        return Browser.signedIn(port, user.username(), user.password());
    }

    Map<String, Object> meetingForm(String title) {
        return Map.of("kind", "SIX_MONTH_REVIEW", "title", title, "heldOn", TODAY.toString(),
                "place", "Hội trường UBND tỉnh", "chairPositionId", chairPosition,
                "attendeePositionIds", List.of(attendeePosition), "guests", "Đại diện Báo tỉnh\nĐại diện Đài PT-TH tỉnh",
                "minutes", "Sơ kết 6 tháng đầu năm.\nThống nhất các nhiệm vụ còn lại.");
    }

    @Test
    void recordsAMeetingAConclusionAndAFollowUpTaskAndShowsItsStatus() {
        Browser browser = as(secretariat);
        var form = browser.get("/programs/" + program + "/meetings/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Nguyễn Văn Chủ — Phó Chủ tịch Thường trực UBND tỉnh, " + committeeName)
                .contains("name=\"attendeePositionIds\"").contains("multiple").contains("Hội nghị sơ kết 6 tháng");

        var created = browser.postForm("/programs/" + program + "/meetings", meetingForm("Hội nghị sơ kết qua trang"));
        assertThat(created.status()).isEqualTo(302);
        var page = browser.follow(created);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đã ghi nhận hội nghị, cuộc họp.").contains("Hội nghị sơ kết qua trang")
                .contains("Nguyễn Văn Chủ — Phó Chủ tịch Thường trực UBND tỉnh, " + committeeName)
                .contains("Trần Thị Dự — Trưởng Ban Tổ chức Tỉnh ủy").contains("Đại diện Đài PT-TH tỉnh")
                .contains("Thống nhất các nhiệm vụ còn lại.").contains("Chưa có kết luận nào.");
        long meeting = Long.parseLong(created.location().replaceAll(".*/meetings/(\\d+).*", "$1"));

        var added = browser.postForm("/meetings/" + meeting + "/conclusions",
                Map.of("text", "Đẩy nhanh tiến độ rà soát quy hoạch cán bộ"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(browser.follow(added).body()).contains("Đã thêm kết luận.").contains("Kết luận 1")
                .contains("Đẩy nhanh tiến độ rà soát quy hoạch cán bộ").contains("Giao nhiệm vụ triển khai kết luận");

        JsonNode conclusion = api.get("/api/v1/meetings/" + meeting, secretariat.token()).json().get("conclusions").get(0);
        long conclusionId = conclusion.get("id").asLong();
        var task = browser.postForm("/conclusions/" + conclusionId + "/tasks", Map.of("title", "Hoàn thành rà soát quy hoạch",
                "leadOrganizationId", lead, "cooperatingOrganizationIds", List.of(committee),
                "dueDate", TODAY.minusDays(1).toString()));
        assertThat(task.status()).isEqualTo(302);
        var after = browser.follow(task);
        assertThat(after.body()).contains("Đã giao nhiệm vụ triển khai kết luận.").contains("Hoàn thành rà soát quy hoạch")
                .contains("status-OVERDUE").contains("Quá hạn");
        JsonNode followUp = api.get("/api/v1/conclusions/" + conclusionId, leader.token()).json().get("tasks").get(0);
        assertThat(api.get("/api/v1/tasks/" + followUp.get("id").asLong(), leader.token()).json().get("conclusionId")
                .asLong()).isEqualTo(conclusionId);
    }

    @Test
    void showsFieldErrorsInVietnameseAndStoresNothing() {
        Browser browser = as(secretariat);
        browser.get("/programs/" + program + "/meetings/new");
        var page = browser.postForm("/programs/" + program + "/meetings", Map.of("kind", "REGULAR", "title", "",
                "heldOn", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("is-invalid").contains("Trường này là bắt buộc.");
        assertThat(api.get("/api/v1/programs/" + program + "/meetings", secretariat.token()).json().get("total").asInt())
                .isZero();
    }

    @Test
    void aFollowUpFormErrorStaysOnTheMeetingPage() {
        long meeting = api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(),
                Map.of("kind", "REGULAR", "title", "Họp giao ban", "heldOn", TODAY.toString())).id();
        long conclusion = api.post("/api/v1/meetings/" + meeting + "/conclusions", secretariat.token(),
                Map.of("text", "Giao Ban Tổ chức chủ trì")).id();
        Browser browser = as(secretariat);
        browser.get("/meetings/" + meeting);
        var page = browser.postForm("/conclusions/" + conclusion + "/tasks", Map.of("title", "Việc chưa có cơ quan chủ trì"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Việc chưa có cơ quan chủ trì").contains("is-invalid").contains("<details open");
        assertThat(api.get("/api/v1/conclusions/" + conclusion, secretariat.token()).json().get("tasks").size()).isZero();
    }

    @Test
    void editsAMeetingThroughTheForm() {
        long meeting = api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(),
                Map.of("kind", "REGULAR", "title", "Họp giao ban quý", "heldOn", TODAY.toString(),
                        "attendeePositionIds", List.of(attendeePosition))).id();
        Browser browser = as(secretariat);
        var form = browser.get("/meetings/" + meeting + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Họp giao ban quý").contains("name=\"version\"");
        var saved = browser.postForm("/meetings/" + meeting, Map.of("version", 0, "kind", "REGULAR",
                "title", "Họp giao ban quý I", "heldOn", TODAY.toString(), "attendeePositionIds", List.of(attendeePosition),
                "minutes", "Biên bản họp"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.follow(saved).body()).contains("Đã cập nhật hội nghị, cuộc họp.").contains("Họp giao ban quý I")
                .contains("Biên bản họp").contains("Trần Thị Dự");
    }

    @Test
    void theProgramPageLoadsItsMeetingsAsAnHtmxFragment() {
        api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(),
                Map.of("kind", "SIGNING", "title", "Hội nghị ký kết trên trang", "heldOn", TODAY.toString()));
        Browser browser = as(leader);
        assertThat(browser.get("/programs/" + program).body())
                .contains("hx-get=\"/programs/" + program + "/meetings\"");
        var fragment = browser.htmxGet("/programs/" + program + "/meetings");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"program-meetings\"")
                .contains("Hội nghị ký kết trên trang").contains("Hội nghị ký kết")
                .doesNotContain("/meetings/new");
        assertThat(browser.get("/programs/" + program + "/meetings").body()).contains("<html")
                .contains("Hội nghị ký kết trên trang");
    }

    @Test
    void aLeaderReadsTheMeetingWithoutEditingForms() {
        long meeting = api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(),
                Map.of("kind", "YEAR_END_REVIEW", "title", "Hội nghị tổng kết", "heldOn", TODAY.toString())).id();
        api.post("/api/v1/meetings/" + meeting + "/conclusions", secretariat.token(), Map.of("text", "Kết luận tổng kết"));
        var page = as(leader).get("/meetings/" + meeting);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Hội nghị tổng kết năm").contains("Kết luận tổng kết")
                .doesNotContain("name=\"leadOrganizationId\"").doesNotContain("/conclusions\"");
        assertThat(as(leader).get("/programs/" + program + "/meetings/new").status()).isEqualTo(403);
    }

    @Test
    void aBodyOutsideTheProgramGetsNotFound() {
        long meeting = api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(),
                Map.of("kind", "REGULAR", "title", "Họp kín", "heldOn", TODAY.toString())).id();
        var page = as(outsiderFocal).get("/meetings/" + meeting);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy").doesNotContain("Họp kín");
        assertThat(as(outsiderFocal).get("/programs/" + program + "/meetings").status()).isEqualTo(404);
    }

    @Test
    void uploadsADocumentThroughTheMultipartFormAndDownloadsIt() throws Exception {
        long meeting = api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(),
                Map.of("kind", "REGULAR", "title", "Họp có tài liệu", "heldOn", TODAY.toString())).id();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf = csrf(http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        var login = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + secretariat.username() + "&password="
                        + URLEncoder.encode(secretariat.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String page = http.send(get("/meetings/" + meeting), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("enctype=\"multipart/form-data\"");
        String boundary = "----phoihop" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page) + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-moi.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nGiấy mời họp\r\n--" + boundary + "--\r\n";
        var uploaded = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/meetings/" + meeting + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String after = http.send(get("/meetings/" + meeting), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("Đã tải lên tài liệu.").contains("giay-moi.txt");
        long doc = api.get("/api/v1/meetings/" + meeting, leader.token()).json().get("documents").get(0).get("id").asLong();
        var download = as(leader).get("/meetings/" + meeting + "/documents/" + doc);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Giấy mời họp");
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(api.base() + path)).header("Accept", "text/html").GET().build();
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    @Test
    void showsTheMeetingInEnglish() {
        long meeting = api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(),
                Map.of("kind", "SIX_MONTH_REVIEW", "title", "Sơ kết", "heldOn", TODAY.toString())).id();
        Browser english = as(secretariat);
        english.get("/meetings/" + meeting);
        assertThat(english.postForm("/account/language", Map.of("lang", "en")).status()).isEqualTo(302);
        var page = english.get("/meetings/" + meeting);
        assertThat(page.body()).contains("Six-monthly review").contains("Conclusions").contains("Add a conclusion");
    }
}
