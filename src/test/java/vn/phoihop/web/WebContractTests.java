package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** The parts of API.md every endpoint shares: problem details, ids, OpenAPI, sign-in, headers. */
abstract class WebContractTests extends ApiIntegrationTest {

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> raw(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesOpenApiWithoutSignIn() throws Exception {
        var r = raw("/v3/api-docs");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/api/v1/programs").contains("/api/v1/tasks/{id}/progress");
    }

    @Test
    void pagesRedirectToTheLoginPageAndItIsInVietnamese() throws Exception {
        var r = raw("/programs");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
        var login = raw("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Đăng nhập").contains("name=\"_csrf\"").contains("lang=\"vi\"");
    }

    @Test
    void sendsAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        var r = raw("/login");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void answersUnknownApiPathsAndBadJsonWithProblemDetails() {
        var missing = api.get("/api/v1/programs/987654321", api.adminToken());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(missing.json().get("title").asString()).isNotBlank();
        var bad = api.post("/api/v1/organizations", api.adminToken(), "{not json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).isNotBlank();
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at vn.");
        var wrongType = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", "X", "kind", "PLANET"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void acceptsIdsAsStringsOrNumbersAndReturnsBareNumbers() {
        long parent = api.body("Tỉnh ủy", "PARTY_COMMITTEE");
        var r = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", "Ban Tổ chức", "kind", "PARTY_BOARD",
                "parentId", String.valueOf(parent)));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("parentId").isNumber()).isTrue();
        assertThat(r.json().get("parentId").asLong()).isEqualTo(parent);
        assertThat(r.json().get("id").isNumber()).isTrue();
    }

    @Test
    void storesTextAsNfc() {
        String nfd = java.text.Normalizer.normalize("Ban Tuyên giáo và Dân vận", java.text.Normalizer.Form.NFD);
        var r = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", nfd, "kind", "PARTY_BOARD"));
        assertThat(r.text("name")).isEqualTo("Ban Tuyên giáo và Dân vận");
    }

    @Test
    void collectionsArePagedWithATotal() {
        api.body("Sở Tư pháp", "SPECIALIST_AGENCY");
        api.body("Sở Tài chính", "SPECIALIST_AGENCY");
        var page = api.get("/api/v1/organizations?page=0&size=1", api.adminToken());
        assertThat(page.json().get("items").size()).isEqualTo(1);
        assertThat(page.json().get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/v1/organizations?size=501", api.adminToken()).status()).isEqualTo(400);
    }

    @Test
    void keepsOldBodiesOutOfActivePickListsButInHistory() {
        long old = api.body("Ban cán sự Đảng UBND tỉnh", "PARTY_COMMITTEE");
        long successor = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", "Đảng ủy UBND tỉnh",
                "kind", "PARTY_COMMITTEE", "validFrom", "2025-07-01")).id();
        var ended = api.put("/api/v1/organizations/" + old, api.adminToken(), Map.of("name",
                api.get("/api/v1/organizations/" + old, api.adminToken()).text("name"), "kind", "PARTY_COMMITTEE",
                "validTo", "2025-06-30", "successorId", successor, "successorRelation", "RENAMED"));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("active").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/organizations?active=true&size=500", api.adminToken()).body())
                .doesNotContain("\"id\":" + old + ",").contains("\"id\":" + successor + ",");
        assertThat(api.get("/api/v1/organizations?active=false&size=500", api.adminToken()).body())
                .contains("\"id\":" + old + ",");
    }
}

@OnH2
class WebContractOnH2Test extends WebContractTests {
}

@OnPostgres
class WebContractOnPostgresTest extends WebContractTests {
}
