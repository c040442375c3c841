package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.Filter;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;

/**
 * Every page and every API answer carries the protective headers (issue 13): a Content-Security-Policy without
 * inline scripts and with frame-ancestors 'none', nosniff, X-Frame-Options, a referrer policy, a permissions policy;
 * Strict-Transport-Security over HTTPS only. Page sessions also time out when idle.
 */
@OnH2
class SecurityHeadersTest extends ApiIntegrationTest {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    @Autowired
    WebServerApplicationContext context;

    static void assertProtective(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()", "geolocation=()"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as(what + " over plain HTTP").isEmpty();
    }

    @Test
    void pagesCarryTheProtectiveHeaders() throws Exception {
        assertProtective("sign-in page", api.send("GET", "/login", null, null, null).headers());
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        http.send(HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + Api.ADMIN_PASSWORD + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> programs = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/programs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(programs.statusCode()).isEqualTo(200);
        assertProtective("program list", programs.headers());
        assertProtective("redirect to sign in", api.send("GET", "/programs", null, null, null).headers());
    }

    @Test
    void apiAnswersCarryTheProtectiveHeaders() {
        var ok = api.get("/api/v1/users/me", api.adminToken());
        assertThat(ok.status()).isEqualTo(200);
        assertProtective("API 200", ok.headers());
        var unauthorized = api.get("/api/v1/programs", null);
        assertThat(unauthorized.status()).isEqualTo(401);
        assertProtective("API 401", unauthorized.headers());
        var notFound = api.get("/api/v1/programs/987654321", api.adminToken());
        assertProtective("API 404", notFound.headers());
    }

    @Test
    void pageSessionsEndAfterThirtyIdleMinutes() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context application = (Context) server.getTomcat().getHost().findChildren()[0];
        assertThat(application.getSessionTimeout()).as("minutes").isEqualTo(30);
    }

    @Test
    void sendsStrictTransportSecurityOverHttpsToPagesAndTheApi() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/programs"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            request.setSecure(true);
            request.setScheme("https");
            request.setServerPort(443);
            MockHttpServletResponse response = new MockHttpServletResponse();
            securityFilters.doFilter(request, response, new MockFilterChain());
            assertThat(response.getHeader("Strict-Transport-Security")).as(path)
                    .contains("max-age=31536000").contains("includeSubDomains");
            assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
    }
}
