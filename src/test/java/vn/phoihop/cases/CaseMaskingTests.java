package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * A denouncer's identity reaches only the handlers of the handling body, on every way out: API JSON (one and list),
 * pages, XLSX exports, search results, audit entries. Each view by a handler is itself audited.
 */
abstract class CaseMaskingTests extends ApiIntegrationTest {

    long handling;
    long supervising;
    Api.User handler;
    Api.User leader;
    Api.User supervisor;
    String name;
    String subject;
    long id;

    @BeforeEach
    void scene() {
        handling = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        supervising = api.body("Ban Nội chính Tỉnh ủy");
        handler = api.user(handling, "CASE_HANDLER");
        leader = api.user(handling, "LEADER");
        supervisor = api.user(supervising, "SUPERVISOR");
        name = Api.unique("Trần Thị Bímật");
        subject = Api.unique("Tố cáo sai phạm đấu thầu");
        Map<String, Object> body = CasesApiTests.caseBody("DENUNCIATION", null, "2026-02-11", handling, "COMPLEX",
                false, name);
        body.put("subject", subject);
        Api.Response created = api.post("/api/v1/cases", handler.token(), body);
        assertThat(created.status()).isEqualTo(201);
        id = created.id();
        assertThat(api.post("/api/v1/cases/" + id + "/supervisors", handler.token(),
                Map.of("organizationId", supervising)).status()).isEqualTo(201);
        api.patch("/api/v1/cases/" + id, handler.token(), Map.of("version",
                api.get("/api/v1/cases/" + id, handler.token()).json().get("version").asLong(),
                "citizen", Map.of("fullName", name, "address", "Thôn " + name)));
    }

    @Test
    void theApiMasksTheDenouncerForEveryoneButTheHandlers() {
        Api.Response own = api.get("/api/v1/cases/" + id, handler.token());
        assertThat(own.json().get("citizen").get("fullName").asString()).isEqualTo(name);
        for (String token : new String[]{leader.token(), supervisor.token(), api.adminToken()}) {
            Api.Response r = api.get("/api/v1/cases/" + id, token);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(name);
            assertThat(r.json().get("citizen").get("masked").asBoolean()).isTrue();
            assertThat(r.json().get("citizen").has("fullName")).isFalse();
            assertThat(r.json().get("citizen").size()).isEqualTo(1);
            assertThat(api.get("/api/v1/cases", token).body()).doesNotContain(name);
            assertThat(api.get("/api/v1/cases/due?within=1000", token).body()).doesNotContain(name);
        }
        assertThat(api.get("/api/v1/cases", handler.token()).body()).doesNotContain(name);
    }

    @Test
    void pagesShowTheIdentityOnlyToTheHandlers() {
        Browser h = Browser.signedIn(port, handler.username(), handler.password());
        assertThat(h.get("/cases/" + id).body()).contains(name);
        assertThat(h.get("/cases").body()).contains(subject).doesNotContain(name);
        for (Api.User u : new Api.User[]{leader, supervisor}) {
            Browser b = Browser.signedIn(port, u.username(), u.password());
            Browser.Page page = b.get("/cases/" + id);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(subject).doesNotContain(name);
            assertThat(b.get("/cases").body()).doesNotContain(name);
        }
        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        assertThat(admin.get("/cases/" + id).body()).contains(subject).doesNotContain(name);
    }

    @Test
    void exportsNeverCarryTheDenouncer() throws Exception {
        for (String token : new String[]{handler.token(), leader.token(), supervisor.token(), api.adminToken()}) {
            String cells = xlsxText("/api/v1/cases/export.xlsx", token);
            assertThat(cells).contains(subject).doesNotContain(name);
            assertThat(xlsxText("/api/v1/cases/statistics.xlsx?from=2026-01-01", token)).doesNotContain(name);
        }
    }

    @Test
    void searchFindsTheCaseBySubjectButNeverByTheCitizen() throws Exception {
        String hits = "";
        for (int i = 0; i < 50 && !hits.contains("/cases/" + id); i++) {
            hits = api.get("/api/v1/search?kind=CASE&q=" + java.net.URLEncoder.encode(subject, "UTF-8"),
                    supervisor.token()).body();
            Thread.sleep(200);
        }
        assertThat(hits).contains("/cases/" + id).doesNotContain(name);
        for (String token : new String[]{handler.token(), supervisor.token(), api.adminToken()}) {
            String byName = api.get("/api/v1/search?q=" + java.net.URLEncoder.encode(name, "UTF-8"), token).body();
            assertThat(byName).doesNotContain("/cases/" + id).doesNotContain(name.substring(0, 6) + "x");
        }
    }

    @Test
    void searchFindsTheCaseOnlyForThoseWhoMayReadIt() throws Exception {
        Api.User focal = api.user(handling, "FOCAL_POINT");
        Api.User stranger = api.user(api.body("Sở Xây dựng"), "CASE_HANDLER");
        Api.User strangerLeader = api.user(api.body("Sở Tài chính"), "LEADER");
        String q = "/api/v1/search?q=" + java.net.URLEncoder.encode(subject, "UTF-8");
        for (Api.User u : new Api.User[]{handler, leader, supervisor}) {
            String hits = awaitHit(q, u.token());
            assertThat(hits).contains("/cases/" + id).contains(subject).doesNotContain(name);
        }
        assertThat(awaitHit(q, api.adminToken())).contains("/cases/" + id);
        for (Api.User u : new Api.User[]{focal, stranger, strangerLeader}) {
            assertThat(api.get("/api/v1/cases/" + id, u.token()).status()).isEqualTo(404);
            Api.Response r = api.get(q, u.token());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain("/cases/" + id).doesNotContain(subject);
        }
        for (Api.User u : new Api.User[]{handler, leader, supervisor, focal, stranger}) {
            String byName = api.get("/api/v1/search?q=" + java.net.URLEncoder.encode(name, "UTF-8"), u.token())
                    .body();
            assertThat(byName).doesNotContain("/cases/" + id).doesNotContain(name);
        }
    }

    private String awaitHit(String query, String token) throws InterruptedException {
        String hits = "";
        for (int i = 0; i < 50 && !hits.contains("/cases/" + id); i++) {
            hits = api.get(query, token).body();
            Thread.sleep(200);
        }
        return hits;
    }

    @Test
    void theAuditTrailRecordsEachViewOfTheIdentityButNeverTheIdentity() {
        api.get("/api/v1/cases/" + id, handler.token());
        Api.Response entries = api.get("/api/v1/audit?entityType=case&entityId=" + id + "&size=500", api.adminToken());
        assertThat(entries.status()).isEqualTo(200);
        assertThat(entries.body()).contains("REVEAL_IDENTITY").doesNotContain(name);
        String everything = api.get("/api/v1/audit?size=500", api.adminToken()).body();
        assertThat(everything).doesNotContain(name);
    }

    private String xlsxText(String path, String token) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(format.formatCellValue(cell)).append('\t');
                }
            }
        }
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(name);
        return text.toString();
    }
}

@OnH2
class CaseMaskingOnH2Test extends CaseMaskingTests {
}

@OnPostgres
class CaseMaskingOnPostgresTest extends CaseMaskingTests {
}
