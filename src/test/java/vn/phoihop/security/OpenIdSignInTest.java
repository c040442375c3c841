package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;

/**
 * Optional OpenID Connect sign-in: the provider says who the person is, a local active user of that name must exist,
 * and the sign-in is audited like any other.
 */
@OnIsolatedH2
class OpenIdSignInTest extends ApiIntegrationTest {

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : api.base() + url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the dance: PhoiHop → provider → PhoiHop's callback; answers where PhoiHop sends the browser then. */
    String signInThroughTheProvider(String username) throws Exception {
        FakeOpenIdProvider.signInAs(username);
        HttpResponse<String> toProvider = get("/oauth2/authorization/fake");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(FakeOpenIdProvider.server().issuer + "/authorize").contains("nonce=");
        HttpResponse<String> back = get(authorize);
        HttpResponse<String> callback = get(back.headers().firstValue("Location").orElseThrow());
        assertThat(callback.statusCode()).isEqualTo(302);
        return URI.create(callback.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (URI.create(callback.headers().firstValue("Location").orElseThrow()).getRawQuery() == null ? ""
                : "?" + URI.create(callback.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    @Test
    void offersTheProviderOnTheSignInPage() throws Exception {
        assertThat(get("/login").body()).contains("Đăng nhập bằng " + FakeOpenIdProvider.CLIENT_NAME)
                .contains("href=\"/oauth2/authorization/fake\"");
    }

    @Test
    void signsInALocalUserTheProviderVouchesForWithTheirOwnRoles() throws Exception {
        long body = api.body("Sở Khoa học và Công nghệ", "SPECIALIST_AGENCY");
        Api.User user = api.user(body, "LEADER");

        assertThat(signInThroughTheProvider(user.username())).isEqualTo("/");
        HttpResponse<String> programs = get("/programs");
        assertThat(programs.statusCode()).isEqualTo(200);
        assertThat(programs.body()).contains(user.username());
        assertThat(get("/admin/users").statusCode()).as("roles come from PhoiHop").isEqualTo(403);

        var audit = api.get("/api/v1/audit?actor=" + user.username(), api.adminToken());
        assertThat(audit.body()).contains("LOGIN_SUCCESS").contains("via=oidc:fake");
    }

    @Test
    void refusesSomeoneWithoutAnActiveLocalAccount() throws Exception {
        assertThat(signInThroughTheProvider("khong-co-tai-khoan")).isEqualTo("/login?error");
        assertThat(get("/programs").statusCode()).isEqualTo(302);

        long body = api.body("Sở Công Thương", "SPECIALIST_AGENCY");
        Api.User user = api.user(body, "LEADER");
        assertThat(api.post("/api/v1/users/" + user.id() + "/deactivate", api.adminToken(), null).status()).isEqualTo(200);
        assertThat(signInThroughTheProvider(user.username())).isEqualTo("/login?error");
    }
}
