package vn.phoihop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Sign-in hardening over real HTTP (issue 13): the password policy, the account lock after ten failures in fifteen
 * minutes (API 429 with Retry-After, the page says the account is locked), session fixation protection and the
 * session cookie's attributes. Every test makes its own users: the shared {@code admin} is never locked.
 */
abstract class SignInApiTests extends ApiIntegrationTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    long body;

    @BeforeEach
    void aBody() {
        body = api.body("Sở Thông tin và Truyền thông", "SPECIALIST_AGENCY");
    }

    Api.Response createUser(String password) {
        return api.post("/api/v1/users", api.adminToken(), Map.of("username", Api.unique("pw").toLowerCase(),
                "password", password, "fullName", "Lê Thị C", "organizationId", body, "roles", List.of("LEADER")));
    }

    Api.Response token(String username, String password) {
        return api.post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    @Test
    void refusesCommonRepeatedAndKeyboardRunPasswords() {
        for (String weak : List.of("123456789012", "matkhau12345", "password1234", "qwertyuiop12", "admin1234567",
                "xxxxxxxxxxxx", "Matkhau@2026")) {
            var r = createUser(weak);
            assertThat(r.status()).as(weak).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
            assertThat(r.json().get("errors").get(0).get("message").asString()).contains("quá dễ đoán");
        }
        assertThat(createUser("Cá-chép-hóa-rồng-2026").status()).isEqualTo(201);
    }

    @Test
    void locksAnAccountForFifteenMinutesAfterTenFailuresEvenForTheRightPassword() {
        Api.User user = api.user(body, "FOCAL_POINT");
        for (int i = 1; i <= 9; i++) {
            assertThat(token(user.username(), "sai-mat-khau-" + i).status()).as("failure " + i).isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("select count(*) from login_failure where username = ?", Long.class,
                user.username())).as("counted in the database").isEqualTo(9);
        var tenth = token(user.username(), "sai-mat-khau-10");
        assertThat(tenth.status()).isEqualTo(429);

        var right = token(user.username(), user.password());
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(right.json().get("detail").asString()).contains("tạm khóa");
        long retryAfter = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(800L, 900L);

        assertThat(api.get("/api/v1/users/me", user.token())).as("tokens issued before stay valid")
                .extracting(Api.Response::status).isEqualTo(200);
        Browser.Page page = new Browser(port).login(user.username(), user.password());
        assertThat(page.redirectsTo("/login?locked")).isTrue();
    }

    @Test
    void theSignInPageSaysTheAccountIsTemporarilyLocked() {
        Api.User user = api.user(body, "LEADER");
        Browser browser = new Browser(port);
        for (int i = 1; i <= 9; i++) {
            assertThat(browser.login(user.username(), "sai-mat-khau-" + i).redirectsTo("/login?error")).isTrue();
        }
        Browser.Page tenth = browser.login(user.username(), "sai-mat-khau-10");
        assertThat(tenth.redirectsTo("/login?locked")).isTrue();
        Browser.Page right = browser.login(user.username(), user.password());
        assertThat(right.redirectsTo("/login?locked")).isTrue();
        assertThat(browser.follow(right).body().toLowerCase(new Locale("vi"))).contains("tài khoản tạm khóa");
        assertThat(token(user.username(), user.password()).status()).isEqualTo(429);
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        Api.User user = api.user(body, "LEADER");
        for (int i = 1; i <= 6; i++) {
            token(user.username(), "sai-mat-khau-" + i);
        }
        assertThat(token(user.username(), user.password()).status()).isEqualTo(200);
        for (int i = 1; i <= 6; i++) {
            assertThat(token(user.username(), "sai-lan-nua-" + i).status()).isEqualTo(401);
        }
        assertThat(token(user.username(), user.password()).status()).isEqualTo(200);
    }

    @Test
    void changesTheSessionIdAtSignInAndSendsAHttpOnlySameSiteCookie() throws Exception {
        Api.User user = api.user(body, "LEADER");
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        String before = session(cookies);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user.username() + "&password="
                        + URLEncoder.encode(user.password(), StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        String after = session(cookies);
        assertThat(after).isNotEqualTo(before);

        HttpResponse<String> planted = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(api.base() + "/programs"))
                        .header("Cookie", "SESSION=" + before).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(planted.statusCode()).as("the pre-sign-in session id is worthless").isEqualTo(302);
    }

    private static String session(CookieManager cookies) throws IOException {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}

@OnH2
class SignInApiOnH2Test extends SignInApiTests {
}

@OnPostgres
class SignInApiOnPostgresTest extends SignInApiTests {
}
