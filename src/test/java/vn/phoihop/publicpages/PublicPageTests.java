package vn.phoihop.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * The public accountability page and its feed, anonymously over real HTTP: only public programs in force or closed,
 * only PUBLIC report texts, no one's name, figures of approved reviews, HTTP caching by ETag.
 */
abstract class PublicPageTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    long keeper, a;
    Api.User secretariat, focal, leader;
    long program, task;
    String internal, published, signatory, tag;

    HttpResponse<String> anonymous(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    long program(boolean isPublic, boolean sign) {
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique("Chương trình " + tag), "year", TODAY.getYear(),
                "periodStart", TODAY.minusDays(100).toString(), "periodEnd", TODAY.plusDays(200).toString(),
                "parties", List.of(Map.of("organizationId", a)), "isPublic", isPublic));
        long id = api.post("/api/v1/programs", secretariat.token(), body).id();
        if (sign) {
            assertThat(api.post("/api/v1/programs/" + id + "/sign", secretariat.token(),
                    Map.of("signedOn", TODAY.minusDays(90).toString())).status()).isEqualTo(200);
        }
        return id;
    }

    void report(String text, String visibility, LocalDate on) {
        var r = api.post("/api/v1/tasks/" + task + "/progress", focal.token(), Map.of("reportedOn", on.toString(),
                "percent", 40, "text", text, "visibility", visibility));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @BeforeEach
    void scene() {
        tag = Api.unique("cong-khai");
        keeper = api.body("Văn phòng UBND tỉnh", "PEOPLES_COMMITTEE");
        a = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        secretariat = api.user(keeper, "SECRETARIAT");
        focal = api.user(a, "FOCAL_POINT");
        leader = api.user(keeper, "LEADER");
        signatory = Api.unique("Trần Thị Ký");
        long person = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", signatory,
                "positions", List.of(Map.of("organizationId", a, "title", "Giám đốc")))).json()
                .get("positions").get(0).get("id").asLong();
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique("Chương trình công khai " + tag),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(100).toString(),
                "periodEnd", TODAY.plusDays(200).toString(), "isPublic", true,
                "parties", List.of(Map.of("organizationId", a, "signatoryPositionId", person))));
        program = api.post("/api/v1/programs", secretariat.token(), body).id();
        long theme = api.post("/api/v1/programs/" + program + "/themes", secretariat.token(),
                Map.of("title", "Cải cách hành chính")).id();
        task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                "Rà soát thủ tục hành chính " + tag, "themeId", theme, "leadOrganizationId", a,
                "dueDate", TODAY.plusDays(60).toString())).id();
        assertThat(api.post("/api/v1/programs/" + program + "/sign", secretariat.token(),
                Map.of("signedOn", TODAY.minusDays(90).toString())).status()).isEqualTo(200);
        internal = Api.unique("NOI-BO-khong-cong-bo");
        published = Api.unique("Da-ra-soat-120-thu-tuc");
        report(internal, "INTERNAL", TODAY.minusDays(20));
        report(published, "PUBLIC", TODAY.minusDays(10));
    }

    @Test
    void showsAPublicProgramWithoutLoginButNeverInternalTextsOrNames() throws Exception {
        var page = anonymous("/public/programs/" + program, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Rà soát thủ tục hành chính " + tag).contains("Cải cách hành chính")
                .contains(published).contains("Đang thực hiện")
                .contains(api.get("/api/v1/organizations/" + a, api.adminToken()).text("name"))
                .doesNotContain(internal)
                .doesNotContain(signatory)
                .doesNotContain(focal.username())
                .doesNotContain("Nguyễn Văn");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session for the public").isEmpty();
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void answers404AlikeForPrivateDraftAndUnknownPrograms() throws Exception {
        long privateProgram = program(false, true);
        long draft = program(true, false);
        var unknown = anonymous("/public/programs/987654321", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        for (long id : List.of(privateProgram, draft)) {
            var r = anonymous("/public/programs/" + id, null);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).isEqualTo(unknown.body()).doesNotContain(tag);
            assertThat(anonymous("/public/programs/" + id + "/feed.atom", null).statusCode()).isEqualTo(404);
        }
        assertThat(api.post("/api/v1/programs/" + program + "/close", secretariat.token(), null).status()).isEqualTo(200);
        assertThat(anonymous("/public/programs/" + program, null).statusCode()).as("closed stays public").isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(api.base() + "/public/programs/" + program))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("GET only").isIn(302, 401, 403, 405);
    }

    @Test
    void cachesByAnETagComputedFromTheData() throws Exception {
        var first = anonymous("/public/programs/" + program, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("public").contains("max-age=60")
                .doesNotContain("no-store");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        var again = anonymous("/public/programs/" + program, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(anonymous("/public/programs/" + program, null).headers().firstValue("ETag")).as("same data, same ETag")
                .hasValue(etag);
        String next = Api.unique("Hoan-thanh-buoc-hai");
        report(next, "PUBLIC", TODAY.minusDays(1));
        var changed = anonymous("/public/programs/" + program, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains(next);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void theAtomFeedParsesAsXmlWithThePublicEntriesOnly() throws Exception {
        var feed = anonymous("/public/programs/" + program + "/feed.atom", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).contains("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        assertThat(feed.body()).contains(published).doesNotContain(internal).doesNotContain(signatory);
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(anonymous("/public/programs/" + program + "/feed.atom", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void showsTheFiguresOfApprovedReviewsOnly() throws Exception {
        var review = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), Map.of("kind", "SIX_MONTH",
                "periodStart", TODAY.minusDays(100).toString(), "periodEnd", TODAY.minusDays(2).toString()));
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        assertThat(anonymous("/public/programs/" + program, null).body()).contains("Chưa có báo cáo sơ kết");
        assertThat(api.post("/api/v1/reviews/" + review.id() + "/approve", leader.token(), null).status()).isEqualTo(200);
        var page = anonymous("/public/programs/" + program, null);
        assertThat(page.body()).contains("Sơ kết 6 tháng").contains("Tổng số nhiệm vụ")
                .doesNotContain(leader.username()).doesNotContain(secretariat.username());
        var feed = anonymous("/public/programs/" + program + "/feed.atom", null);
        assertThat(feed.body()).contains("Sơ kết 6 tháng");
    }
}

@OnH2
class PublicPageOnH2Test extends PublicPageTests {
}

@OnPostgres
class PublicPageOnPostgresTest extends PublicPageTests {
}
