package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Attacks a person would try, over real HTTP (issue 13): script payloads in every text field, escaped on every page
 * that shows them; SQL in every filter; form posts without the CSRF token; every API endpoint, read from the
 * application's own handler mapping, called anonymously and by a focal point of an unrelated body; oversized and
 * malformed JSON; decomposed (NFD) Vietnamese text.
 */
abstract class AttackSuiteTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final List<String> SCRIPTS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
    static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE task;--");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    JdbcTemplate jdbc;

    Endpoints endpoints;
    long keeper;
    long outsiderBody;
    Api.User secretariat;
    Api.User outsider;
    long program;
    long task;
    long person;
    String personName;
    String secret;

    @BeforeEach
    void scene() {
        endpoints = Endpoints.of(handlerMapping);
        keeper = api.body("Văn phòng Tỉnh ủy");
        outsiderBody = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(keeper, "SECRETARIAT");
        outsider = api.user(outsiderBody, "FOCAL_POINT");
        secret = Api.unique("Bi-mat");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", secret + " chương trình",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", keeper)))).id();
        task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                secret + " nhiệm vụ", "leadOrganizationId", keeper, "description", secret + " mô tả")).id();
        personName = Api.unique("Trần Văn Chánh");
        person = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", personName,
                "positions", List.of(Map.of("organizationId", keeper, "title", "Chánh Văn phòng")))).id();
    }

    /** A value for a path variable: the scene's hidden program or task wherever one fits. */
    String fill(String[] segmentAndName) {
        String segment = segmentAndName[0];
        String name = segmentAndName[1];
        if (segment.equals("tasks") || name.equals("taskId")) {
            return String.valueOf(task);
        }
        if (segment.equals("users") || name.equals("userId")) {
            return String.valueOf(secretariat.id());
        }
        if (segment.equals("organizations") || name.equals("organizationId")) {
            return String.valueOf(keeper);
        }
        if (segment.equals("people") || name.equals("personId")) {
            return String.valueOf(person);
        }
        if (segment.equals("years") || name.equals("year")) {
            return String.valueOf(TODAY.getYear());
        }
        return String.valueOf(program);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- metrics

    @Test
    void metricsAreReadOnlyWithTheMonitoringTokenOrAnAdministratorsToken() throws Exception {
        assertThat(api.get("/api/v1/programs/" + program, secretariat.token()).status()).isEqualTo(200);
        HttpResponse<String> scraped = prometheus("monitoring-test-token-1");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(scraped.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections_active")
                .contains("http_server_requests_seconds_count").contains("uri=\"/api/v1/programs/{id}\"")
                .doesNotContain(secret).doesNotContain(secretariat.username());
        assertThat(prometheus(api.adminToken()).statusCode()).isEqualTo(200);
        assertThat(prometheus(null).statusCode()).isEqualTo(401);
        assertThat(prometheus("monitoring-test-token-2").statusCode()).isEqualTo(401);
        assertThat(prometheus(secretariat.token()).statusCode()).isEqualTo(403);
        // A signed-in page session, even an administrator's, is not enough: the scraper's token or an API token.
        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        assertThat(admin.get("/actuator/prometheus").status()).isEqualTo(401);
        // The monitoring token opens nothing else.
        assertThat(api.get("/api/v1/programs", "monitoring-test-token-1").status()).isEqualTo(401);
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    HttpResponse<String> prometheus(String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + "/actuator/prometheus")).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- cross-site scripting

    @Test
    void escapesScriptPayloadsInEveryTextFieldOnEveryPageThatShowsThem() {
        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        for (String payload : SCRIPTS) {
            String tag = Api.unique("x");
            String text = tag + payload;
            var body = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", text, "shortName", text,
                    "kind", "OTHER", "aliases", List.of(text)));
            assertThat(body.status()).as(body.body()).isEqualTo(201);
            long bodyId = body.id();
            Api.User keeperSecretariat = api.user(bodyId, "SECRETARIAT");
            Api.User leader = api.user(bodyId, "LEADER");
            long xssProgram = api.post("/api/v1/programs", keeperSecretariat.token(), Map.of("title", text,
                    "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", bodyId)))).id();
            long theme = api.post("/api/v1/programs/" + xssProgram + "/themes", keeperSecretariat.token(),
                    Map.of("title", text)).id();
            var created = api.post("/api/v1/programs/" + xssProgram + "/tasks", keeperSecretariat.token(),
                    Map.of("title", text, "description", text, "output", text, "themeId", theme,
                            "leadOrganizationId", bodyId, "dueDate", TODAY.plusDays(10).toString()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long xssTask = created.id();
            assertThat(api.post("/api/v1/tasks/" + xssTask + "/progress", keeperSecretariat.token(), Map.of(
                    "reportedOn", TODAY.toString(), "percent", 10, "text", text)).status()).isEqualTo(201);
            assertThat(api.post("/api/v1/tasks/" + xssTask + "/comments", leader.token(), Map.of("text", text))
                    .status()).isEqualTo(201);
            assertThat(api.post("/api/v1/programs/" + xssProgram + "/comments", leader.token(), Map.of("text", text))
                    .status()).isEqualTo(201);
            assertThat(api.post("/api/v1/people", api.adminToken(), Map.of("fullName", text, "positions",
                    List.of(Map.of("organizationId", bodyId, "title", text)))).status()).isEqualTo(201);

            String escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;");
            List<String> pages = List.of("/programs", "/programs?year=" + TODAY.getYear(), "/programs/" + xssProgram,
                    "/tasks/" + xssTask, "/admin/organizations", "/admin/organizations/" + bodyId + "/edit",
                    "/admin/people?q=" + encode(tag), "/admin/users?q=" + encode(leader.username()),
                    "/audit?entityType=task&entityId=" + xssTask, "/audit?entityType=program&entityId=" + xssProgram);
            SoftAssertions soft = new SoftAssertions();
            for (String path : pages) {
                Browser.Page page = admin.get(path);
                soft.assertThat(page.status()).as(path).isEqualTo(200);
                soft.assertThat(page.body()).as(path).doesNotContain(payload)
                        .doesNotContain("<img src=x").doesNotContain("<script>alert");
                if (!path.startsWith("/admin/users")) {
                    soft.assertThat(page.body()).as(path + " shows the text, escaped").contains(escaped);
                }
            }
            Browser secretariatBrowser = Browser.signedIn(port, keeperSecretariat.username(), keeperSecretariat.password());
            for (String path : List.of("/programs", "/programs/" + xssProgram, "/tasks/" + xssTask)) {
                soft.assertThat(secretariatBrowser.get(path).body()).as(path).doesNotContain(payload).contains(escaped);
            }
            soft.assertAll();
        }
    }

    // ---- SQL injection

    @Test
    void answersSqlInEveryFilterWith400OrNothingAndNeverAServerError() {
        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        long tasksBefore = jdbc.queryForObject("select count(*) from task", Long.class);
        SoftAssertions soft = new SoftAssertions();
        int tried = 0;
        for (Endpoints.Endpoint e : endpoints.all()) {
            if (e.changesState() || e.queryParameters().isEmpty()) {
                continue;
            }
            for (String payload : SQL) {
                StringJoiner query = new StringJoiner("&", "?", "");
                e.queryParameters().forEach(p -> query.add(p + "=" + encode(payload)));
                String path = e.path(this::fill) + query;
                int status = e.isApi() ? api.get(path, api.adminToken()).status() : admin.get(path).status();
                soft.assertThat(status).as(e + " " + path).isIn(200, 400, 404);
                tried++;
            }
        }
        assertThat(tried).as("filters found in the handler mapping").isGreaterThan(10);
        for (String payload : SQL) {
            var audit = api.get("/api/v1/audit?actor=" + encode(payload) + "&entityType=" + encode(payload),
                    api.adminToken());
            soft.assertThat(audit.json().get("total").asLong()).as("audit filter " + payload).isZero();
            soft.assertThat(admin.get("/admin/users?q=" + encode(payload)).body()).as("user search " + payload)
                    .doesNotContain(secretariat.username());
            soft.assertThat(admin.get("/admin/people?q=" + encode(payload)).body()).as("people search " + payload)
                    .doesNotContain(personName);
        }
        soft.assertAll();
        assertThat(jdbc.queryForObject("select count(*) from task", Long.class)).isGreaterThanOrEqualTo(tasksBefore);
        assertThat(api.get("/api/v1/tasks/" + task, secretariat.token()).status()).isEqualTo(200);
    }

    // ---- cross-site request forgery

    @Test
    void refusesEveryFormPostWithoutItsCsrfToken() {
        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        SoftAssertions soft = new SoftAssertions();
        List<String> posted = new ArrayList<>();
        for (Endpoints.Endpoint e : endpoints.pages()) {
            if (!e.changesState()) {
                continue;
            }
            String path = e.path(this::fill);
            for (String token : List.of("forged", "")) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("_csrf", token);
                fields.put("title", "x");
                soft.assertThat(admin.postForm(path, fields).status()).as(e + " with _csrf=" + token).isEqualTo(403);
            }
            posted.add(e.toString());
        }
        for (String path : List.of("/logout", "/login")) {
            soft.assertThat(new Browser(port).postForm(path, Map.of("_csrf", "forged", "username", "admin",
                    "password", Api.ADMIN_PASSWORD)).status()).as(path).isEqualTo(403);
        }
        soft.assertAll();
        assertThat(posted).as("form posts found in the handler mapping").hasSizeGreaterThan(10)
                .contains("POST /programs", "POST /tasks/{id}/progress", "POST /admin/users");
        assertThat(admin.get("/programs").status()).as("the session survives").isEqualTo(200);
    }

    // ---- access matrix

    @Test
    void everyApiEndpointRefusesAnonymousCallersAndOutsidersSeeNothingHidden() {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (Endpoints.Endpoint e : endpoints.api()) {
            String path = e.path(this::fill);
            Object body = e.changesState() ? "{}" : null;
            boolean tokenEndpoint = e.pattern().startsWith("/api/v1/auth/");
            var anonymous = api.send(e.method(), path, null, body, null);
            if (tokenEndpoint && e.method().equals("POST")) {
                soft.assertThat(anonymous.status()).as("anonymous " + e).isIn(400, 401);
            } else {
                soft.assertThat(anonymous.status()).as("anonymous " + e).isEqualTo(401);
            }
            if (tokenEndpoint) {
                continue;
            }
            var asOutsider = api.send(e.method(), path, outsider.token(), body, null);
            soft.assertThat(asOutsider.status()).as("outsider " + e + " " + path).isLessThan(500);
            soft.assertThat(asOutsider.body()).as("outsider " + e + " " + path).doesNotContain(secret);
            if (e.pattern().matches("/api/v1/(programs|tasks)/\\{[^}]+}.*")) {
                soft.assertThat(asOutsider.status()).as("outsider " + e + " " + path).isIn(401, 403, 404);
            }
            // /api/v1/me/… acts on the caller's own settings (notification preferences, calendar address).
            if (e.changesState() && !e.pattern().startsWith("/api/v1/me/")) {
                soft.assertThat(asOutsider.status() / 100).as("outsider changes nothing: " + e).isNotEqualTo(2);
            }
            checked++;
        }
        soft.assertAll();
        assertThat(checked).as("API endpoints found in the handler mapping").isGreaterThan(25);
        assertThat(api.get("/api/v1/tasks/" + task, secretariat.token()).json().get("title").asString())
                .isEqualTo(secret + " nhiệm vụ");
    }

    // ---- oversized and malformed bodies

    @Test
    void refusesOversizedAndMalformedJsonWith400Or413NeverAServerError() throws Exception {
        String huge = "{\"name\":\"" + "a".repeat(1_500_000) + "\",\"kind\":\"OTHER\"}";
        var declared = api.post("/api/v1/organizations", api.adminToken(), huge);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.base() + "/api/v1/organizations"))
                .header("Authorization", "Bearer " + api.adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isIn(400, 413);

        List<String> malformed = List.of("{not json", "[", "{\"name\": }", "\"just text\"", "null", "",
                "{\"name\":\"x\",\"kind\":\"OTHER\"", "[".repeat(5000) + "]".repeat(5000),
                "{\"title\":\"\\uD800\",\"year\":2026}", "{\"year\": 1e999999}",
                "{\"year\": 123456789012345678901234567890}", "{\"percent\": \"mười\"}", "{\"version\": -1e308}",
                "{\"parties\": {\"organizationId\": [1]}}");
        SoftAssertions soft = new SoftAssertions();
        for (String path : List.of("/api/v1/organizations", "/api/v1/programs", "/api/v1/tasks/" + task + "/progress",
                "/api/v1/programs/" + program + "/tasks")) {
            for (String json : malformed) {
                var r = api.post(path, api.adminToken(), json.isEmpty() ? "" : json);
                soft.assertThat(r.status()).as(path + " " + json.substring(0, Math.min(40, json.length())))
                        .isIn(400, 413, 415, 422);
            }
        }
        for (String json : malformed) {
            var r = api.patch("/api/v1/tasks/" + task, api.adminToken(), json);
            soft.assertThat(r.status()).as("PATCH " + json.substring(0, Math.min(40, json.length())))
                    .isIn(400, 409, 413, 415, 422);
        }
        soft.assertAll();

        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        admin.get("/admin/organizations/new");
        assertThat(admin.postForm("/admin/organizations", Map.of("name", "a".repeat(1_500_000), "kind", "OTHER"))
                .status()).isEqualTo(413);
    }

    // ---- Unicode

    @Test
    void storesDecomposedVietnameseAsComposedAndFindsItEitherWay() {
        String composed = "Chương trình phối hợp về công tác tuyên giáo " + secret;
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        long p = api.post("/api/v1/programs", secretariat.token(), Map.of("title", decomposed, "year",
                TODAY.getYear(), "parties", List.of(Map.of("organizationId", keeper)))).id();
        assertThat(api.get("/api/v1/programs/" + p, secretariat.token()).text("title")).isEqualTo(composed);
        assertThat(api.get("/api/v1/programs?year=" + TODAY.getYear() + "&size=500", secretariat.token()).body())
                .contains(composed).doesNotContain(decomposed);
        assertThat(jdbc.queryForObject("select title from program where id = ?", String.class, p)).isEqualTo(composed);

        String name = "Nguyễn Thị Hương " + secret;
        var user = api.post("/api/v1/users", api.adminToken(), Map.of("username", Api.unique("huong").toLowerCase(),
                "password", "Cá-chép-hóa-rồng-2026", "fullName", Normalizer.normalize(name, Normalizer.Form.NFD),
                "organizationId", keeper, "roles", List.of("LEADER")));
        assertThat(user.text("fullName")).isEqualTo(name);
        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        String search = Normalizer.normalize("thị hương " + secret, Normalizer.Form.NFD);
        assertThat(admin.get("/admin/users?q=" + encode(search)).body()).contains(name);
        assertThat(admin.get("/audit?entityType=program&entityId=" + p).body()).contains(composed);
    }
}

@OnH2
class AttackSuiteOnH2Test extends AttackSuiteTests {
}

@OnPostgres
class AttackSuiteOnPostgresTest extends AttackSuiteTests {
}
