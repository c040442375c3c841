package vn.phoihop.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/** The administrator's pages for bodies and people, over real HTTP with a signed-in session. */
@OnH2
class OrganizationPagesTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    Browser admin;

    @BeforeEach
    void signIn() {
        admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
    }

    @Test
    void listsBodiesWithANewOneByNameAndKindInVietnamese() {
        long id = api.body("Ban Nội chính Tỉnh ủy", "PARTY_BOARD");
        String name = organization(id).get("name").asString();

        Browser.Page list = admin.get("/admin/organizations");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(name, "Ban Đảng", "table-responsive", "<th scope=\"col\"");
    }

    @Test
    void createsABodyThroughTheFormAndRedirectsToTheListWithTheFlash() {
        String name = Api.unique("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(admin.get("/admin/organizations/new").body()).contains("Cấp ủy Đảng", "Chia tách thành");

        Browser.Page done = admin.postForm("/admin/organizations", form(name, "BTGDV", "PARTY_BOARD",
                "aliases", "Ban Tuyên giáo\r\n\r\nBan Dân vận\r\n", "validFrom", "2025-07-01"));

        assertThat(done.redirectsTo("/admin/organizations")).as(done.body()).isTrue();
        assertThat(admin.follow(done).body()).contains("Đã thêm cơ quan.", name);
        JsonNode stored = byName(name);
        assertThat(stored).isNotNull();
        assertThat(stored.get("shortName").asString()).isEqualTo("BTGDV");
        assertThat(stored.get("kind").asString()).isEqualTo("PARTY_BOARD");
        assertThat(stored.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(stored.get("aliases").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Ban Tuyên giáo", "Ban Dân vận");
    }

    @Test
    void showsTheVietnameseMessageNextToAnEmptyNameKeepsTheOtherValuesAndStoresNothing() {
        String shortName = Api.unique("BTC");

        Browser.Page page = admin.postForm("/admin/organizations", form("  ", shortName, "SPECIALIST_AGENCY",
                "aliases", "Tên cũ"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"name-error\"[^>]*>Trường này là bắt buộc\\.</div>")
                .contains("value=\"" + shortName + "\"", "Tên cũ</textarea>")
                .containsPattern("<option value=\"SPECIALIST_AGENCY\"\\s+selected")
                .doesNotContain("Đã thêm cơ quan.");
        assertThat(all().stream().map(o -> o.get("shortName").asString()).toList()).doesNotContain(shortName);
    }

    @Test
    void showsAnEndedBodyUnderTheEndedFilterOnly() {
        String name = Api.unique("Ban cán sự Đảng UBND tỉnh");
        var created = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", name, "kind",
                "PARTY_COMMITTEE", "validFrom", "2016-01-01", "validTo", TODAY.minusDays(1).toString()));
        assertThat(created.status()).isEqualTo(201);

        assertThat(admin.get("/admin/organizations?active=false").body()).contains(name, "Đã kết thúc");
        assertThat(admin.get("/admin/organizations?active=true").body()).doesNotContain(name);
        assertThat(admin.get("/admin/organizations").body()).contains(name);
    }

    @Test
    void editsABodyAndShowsItsSuccessorWithTheRelation() {
        long old = api.body("Ban Tuyên giáo Tỉnh ủy");
        long merged = api.body("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        String oldName = organization(old).get("name").asString();
        String mergedName = organization(merged).get("name").asString();
        assertThat(admin.get("/admin/organizations/" + old + "/edit").body()).contains("value=\"" + oldName + "\"");

        Browser.Page done = admin.postForm("/admin/organizations/" + old, form(oldName, null, "PARTY_BOARD",
                "validTo", "2025-02-28", "successorId", String.valueOf(merged), "successorRelation", "MERGED_INTO"));

        assertThat(done.redirectsTo("/admin/organizations")).as(done.body()).isTrue();
        assertThat(admin.follow(done).body()).contains("Đã lưu thông tin cơ quan.");
        JsonNode stored = organization(old);
        assertThat(stored.get("successorId").asLong()).isEqualTo(merged);
        assertThat(stored.get("successorRelation").asString()).isEqualTo("MERGED_INTO");
        assertThat(admin.get("/admin/organizations?active=false").body()).contains("Sáp nhập vào " + mergedName);
    }

    @Test
    void speaksEnglishAfterTheLanguageSwitch() {
        // The choice is kept on the user: switch a user of this test's own, never the shared administrator.
        Api.User other = api.user(api.body("Văn phòng UBND tỉnh", "PARTY_BOARD"), "ADMIN");
        Browser browser = Browser.signedIn(port, other.username(), other.password());

        browser.postForm("/account/language", Map.of("lang", "en"));

        assertThat(browser.get("/admin/organizations").body()).contains("Bodies", "New body", "Party board");
        assertThat(browser.get("/admin/people").body()).contains("People and positions");
    }

    @Test
    void sendsAnAnonymousVisitorToTheSignInPage() {
        Browser.Page page = new Browser(port).get("/admin/organizations");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void refusesTheAdministrationPagesToAFocalPoint() {
        Api.User focal = api.user(api.body("Sở Nội vụ", "SPECIALIST_AGENCY"), "FOCAL_POINT");
        Browser browser = Browser.signedIn(port, focal.username(), focal.password());

        assertThat(browser.get("/admin/organizations").status()).isEqualTo(403);
        assertThat(browser.get("/admin/people").status()).isEqualTo(403);
    }

    @Test
    void addsAPersonWithAFirstPositionShownAsCurrent() {
        long body = api.body("Ủy ban nhân dân tỉnh", "PEOPLES_COMMITTEE");
        String bodyName = organization(body).get("name").asString();
        String fullName = Api.unique("Trần Thị Hương");

        Browser.Page done = admin.postForm("/admin/people", Map.of("fullName", fullName, "organizationId", body,
                "title", "Phó Chủ tịch Thường trực", "from", "2025-07-01", "to", ""));

        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(URI.create(done.location()).getPath()).isEqualTo("/admin/people");
        assertThat(admin.follow(done).body()).contains("Đã thêm cán bộ.", fullName, "Phó Chủ tịch Thường trực",
                bodyName, "01/07/2025 – hiện tại");
    }

    @Test
    void addsAPositionToSomeoneAlreadyRegistered() {
        long body = api.body("Ban cán sự Đảng UBND tỉnh", "PARTY_COMMITTEE");
        long person = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", Api.unique("Lê Văn Nam"),
                "positions", List.of(Map.of("organizationId", body, "title", "Phó Chủ tịch UBND tỉnh")))).id();

        Browser.Page done = admin.postForm("/admin/people/" + person + "/positions", Map.of("organizationId", body,
                "title", "Phó Bí thư Ban cán sự Đảng", "from", "2024-01-01", "to", "2025-06-30"));

        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(URI.create(done.location()).getPath()).isEqualTo("/admin/people");
        assertThat(admin.follow(done).body()).contains("Đã thêm chức vụ.", "Phó Bí thư Ban cán sự Đảng",
                "01/01/2024 – 30/06/2025");
        JsonNode positions = api.get("/api/v1/people/" + person, api.adminToken()).json().get("positions");
        assertThat(positions.valueStream().map(p -> p.get("title").asString()).toList())
                .containsExactly("Phó Chủ tịch UBND tỉnh", "Phó Bí thư Ban cán sự Đảng");
    }

    @Test
    void servesThePositionFormAsAFragmentToHtmxAndAsAPageOtherwise() {
        String name = Api.unique("Đỗ Thu Hà");
        long person = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", name,
                "positions", List.of())).id();
        String path = "/admin/people/" + person + "/positions/new";

        Browser.Page fragment = admin.htmxGet(path);
        Browser.Page page = admin.get(path);

        assertThat(fragment.body()).startsWith("<form").doesNotContain("<html", "<nav")
                .contains("id=\"p" + person + "-title\"", "name=\"_csrf\"");
        assertThat(page.body()).contains("<html", "id=\"p" + person + "-title\"", "Thêm chức vụ cho Đỗ Thu Hà");
        // The shared test database holds many people: find this one by name, as a user would.
        assertThat(admin.get("/admin/people?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .body()).contains("hx-get=\"" + path + "\"");
    }

    @Test
    void showsAPositionErrorNextToThatPersonsFormAndStoresNothing() {
        long body = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        long person = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", Api.unique("Phạm Minh"),
                "positions", List.of())).id();

        Browser.Page page = admin.postForm("/admin/people/" + person + "/positions", Map.of("organizationId", body,
                "title", " ", "from", "2025-01-01"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"p" + person + "-title-error\"[^>]*>Trường này là bắt buộc\\.<")
                .contains("value=\"2025-01-01\"");
        assertThat(api.get("/api/v1/people/" + person, api.adminToken()).json().get("positions").size()).isZero();
    }

    private static Map<String, Object> form(String name, String shortName, String kind, String... more) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("shortName", shortName);
        form.put("kind", kind);
        for (int i = 0; i < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        return form;
    }

    private JsonNode organization(long id) {
        return api.get("/api/v1/organizations/" + id, api.adminToken()).json();
    }

    /** Every body, page by page (the database is shared with other test classes). */
    private List<JsonNode> all() {
        List<JsonNode> result = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.get("/api/v1/organizations?size=500&page=" + page, api.adminToken()).json();
            answer.get("items").values().forEach(result::add);
            if (answer.get("items").isEmpty() || result.size() >= answer.get("total").asLong()) {
                return result;
            }
        }
    }

    private JsonNode byName(String name) {
        return all().stream().filter(o -> o.get("name").asString().equals(name)).findFirst().orElse(null);
    }
}
