package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;

/**
 * Failed sign-ins are limited per client address as well as per account: after the limit (five in this test's own
 * context) every attempt from the address, even a right one, gets 429 with Retry-After, on the API and the page.
 */
@OnIsolatedH2
class SignInThrottlingTest extends ApiIntegrationTest {

    @Autowired
    ApplicationContext context;

    /** Other tests share this context and sign in from 127.0.0.1 too: forget this test's failures. */
    @AfterEach
    void forgiveTheAddress() {
        Object guard = AopTestUtils.getTargetObject(context.getBean("signInGuard"));
        ((Map<?, ?>) ReflectionTestUtils.getField(guard, "addresses")).clear();
    }

    @Test
    void throttlesAnAddressThatFailsTooOftenOnTheApiAndThePage() {
        String adminToken = api.adminToken();
        long body = api.body("Sở Tư pháp", "SPECIALIST_AGENCY");
        Api.User user = api.user(body, "LEADER");
        for (int i = 0; i < OnIsolatedH2.FAILURES_PER_ADDRESS; i++) {
            // A different name each time: no account gets near its own limit.
            var r = api.post("/api/v1/auth/token", null, Map.of("username", Api.unique("khong-co"), "password", "sai"));
            assertThat(r.status()).isEqualTo(401);
        }

        var refused = api.post("/api/v1/auth/token", null, Map.of("username", user.username(), "password", user.password()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asString()).contains("quá nhiều lần đăng nhập sai");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();

        Browser.Page page = new Browser(port).login(user.username(), user.password());
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("Có quá nhiều lần đăng nhập sai từ máy này", "name=\"_csrf\"");
        assertThat(new Browser(port).get("/login/oauth2/code/fake?code=abc&state=xyz").status())
                .as("the OpenID Connect callback too").isEqualTo(429);

        assertThat(api.get("/api/v1/users/me", adminToken).status()).as("signed-in callers are not affected")
                .isEqualTo(200);
    }
}
