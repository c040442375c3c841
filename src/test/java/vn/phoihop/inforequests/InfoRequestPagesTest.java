package vn.phoihop.inforequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
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

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/** Sending, answering and tracking information requests through the pages. */
@OnH2
class InfoRequestPagesTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long office;
    long bodyA;
    long bodyB;
    Api.User secretariat;
    Api.User focalA;
    Api.User focalB;
    long program;

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng UBND tỉnh", "PEOPLES_COMMITTEE");
        bodyA = api.body("Ban Nội chính Tỉnh ủy");
        bodyB = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        secretariat = api.user(office, "SECRETARIAT");
        focalA = api.user(bodyA, "FOCAL_POINT");
        focalB = api.user(bodyB, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình phối hợp tiếp dân",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", bodyA),
                        Map.of("organizationId", bodyB)))).id();
    }

    Browser as(Api.User user) {
        return Browser.signedIn(port, user.username(), user.password());
    }

    static String date(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    @Test
    void aFocalPointSendsARequestAndTheRecipientAnswersIt() {
        Browser sender = as(focalA);
        var form = sender.get("/info-requests/new?programId=" + program);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"subject\"").contains("Chương trình phối hợp tiếp dân");
        var sent = sender.postForm("/info-requests", Map.of("programId", program, "fromOrganizationId", bodyA,
                "toOrganizationId", bodyB, "subject", "Đề nghị báo cáo kết quả tiếp công dân",
                "content", "Đề nghị gửi số liệu tháng này.", "sentOn", "2026-02-13"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).matches(".*/info-requests/\\d+");
        var shown = sender.follow(sent);
        assertThat(shown.body()).contains("Đã gửi đề nghị cung cấp thông tin.")
                .contains("Đề nghị báo cáo kết quả tiếp công dân").contains("27/02/2026 (5 ngày làm việc)")
                .doesNotContain("name=\"answeredOn\"");
        String path = sent.location().replaceFirst("^https?://[^/]+", "");

        Browser recipient = as(focalB);
        var page = recipient.get(path);
        assertThat(page.body()).contains("name=\"answeredOn\"").contains("Quá hạn chưa trả lời");
        var answered = recipient.postForm(path + "/answer", Map.of("answeredOn", "2026-03-03",
                "content", "Gửi kèm số liệu."));
        assertThat(answered.redirectsTo(path)).isTrue();
        assertThat(recipient.follow(answered).body()).contains("Đã gửi trả lời.").contains("Trả lời quá hạn")
                .contains("Chậm 2 ngày làm việc").contains("Gửi kèm số liệu.").doesNotContain("name=\"answeredOn\"");
    }

    @Test
    void aFileSentWithTheFormIsOfferedAsADownload() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String csrf = csrf(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + focalA.username() + "&password="
                        + focalA.password() + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        csrf = csrf(http.send(HttpRequest.newBuilder(URI.create(base + "/info-requests/new")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String boundary = "----phoihop" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        Map<String, String> fields = Map.of("_csrf", csrf, "programId", String.valueOf(program),
                "fromOrganizationId", String.valueOf(bodyA), "toOrganizationId", String.valueOf(bodyB),
                "subject", "Đề nghị kèm tệp", "content", "Xem tệp đính kèm.", "sentOn", TODAY.toString());
        fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"bieu-mau.txt\"\r\n")
                .append("Content-Type: text/plain\r\n\r\n").append("Biểu mẫu số liệu").append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        var sent = http.send(HttpRequest.newBuilder(URI.create(base + "/info-requests"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String path = URI.create(sent.headers().firstValue("Location").orElseThrow()).getPath();
        var shown = as(focalB).get(path);
        assertThat(shown.body()).contains("bieu-mau.txt").contains(path + "/attachment");
        var file = as(focalB).get(path + "/attachment");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("Biểu mẫu số liệu");
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aFormErrorStaysNextToTheFieldAndNothingIsSent() {
        Browser sender = as(focalA);
        sender.get("/info-requests/new");
        var page = sender.postForm("/info-requests", Map.of("fromOrganizationId", bodyA, "toOrganizationId", bodyA,
                "subject", "", "content", "Nội dung", "sentOn", TODAY.toString()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"subject-error\"").contains("Trường này là bắt buộc.")
                .contains("id=\"toOrganizationId-error\"").contains("phải khác cơ quan đề nghị");
        assertThat(api.get("/api/v1/info-requests?organizationId=" + bodyA, focalA.token()).json().get("total").asInt())
                .isZero();
    }

    @Test
    void theOverdueRegisterListsOverdueAndLateRequestsToTheBodyWithWorkingDaysLate() {
        var overdue = api.post("/api/v1/info-requests", focalA.token(), Map.of("programId", program,
                "fromOrganizationId", bodyA, "toOrganizationId", bodyB, "subject", "Đề nghị chưa được trả lời",
                "content", "x", "sentOn", "2026-02-13")).id();
        var late = api.post("/api/v1/info-requests", focalA.token(), Map.of("programId", program,
                "fromOrganizationId", bodyA, "toOrganizationId", bodyB, "subject", "Đề nghị trả lời muộn",
                "content", "x", "sentOn", "2026-02-13")).id();
        api.post("/api/v1/info-requests/" + late + "/answer", focalB.token(), Map.of("answeredOn", "2026-03-03",
                "content", "Muộn"));
        api.post("/api/v1/info-requests", focalA.token(), Map.of("programId", program, "fromOrganizationId", bodyA,
                "toOrganizationId", bodyB, "subject", "Đề nghị còn hạn", "content", "x"));
        api.post("/api/v1/info-requests", focalB.token(), Map.of("fromOrganizationId", bodyB,
                "toOrganizationId", bodyA, "subject", "Đề nghị theo chiều ngược lại", "content", "x",
                "sentOn", "2026-02-13"));
        var page = as(focalB).get("/info-requests/overdue?organizationId=" + bodyB);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đề nghị chưa được trả lời").contains("Đề nghị trả lời muộn")
                .contains("/info-requests/" + overdue).doesNotContain("Đề nghị còn hạn")
                .doesNotContain("Đề nghị theo chiều ngược lại").contains("Trả lời quá hạn").contains("Quá hạn chưa trả lời");
        assertThat(page.body()).containsPattern("<td class=\"text-end\">2</td>");
        var own = as(focalB).get("/info-requests/overdue");
        assertThat(own.body()).as("defaults to the user's body").contains("Đề nghị chưa được trả lời");
    }

    @Test
    void theListShowsRequestsToAndFromMyBodyAndTheProgramPageGetsAFragment() {
        api.post("/api/v1/info-requests", focalA.token(), Map.of("programId", program, "fromOrganizationId", bodyA,
                "toOrganizationId", bodyB, "subject", "Đề nghị trong danh sách", "content", "x"));
        var list = as(focalB).get("/info-requests");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("<html").contains("Đề nghị trong danh sách").contains("Đang chờ trả lời")
                .contains("Đề nghị cung cấp thông tin mới");
        var fragment = as(secretariat).htmxGet("/info-requests?programId=" + program);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"info-requests\"")
                .contains("Đề nghị trong danh sách");
        Api.User outsider = api.user(api.body("Sở Y tế", "SPECIALIST_AGENCY"), "FOCAL_POINT");
        assertThat(as(outsider).get("/info-requests").body()).doesNotContain("Đề nghị trong danh sách");
    }
}
