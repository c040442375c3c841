package vn.phoihop.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/**
 * A page session's last access is written back at most once a minute, not on every page view, and idle sessions
 * still end after 30 minutes.
 */
@OnH2
class ThrottledSessionsTest extends ApiIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    long lastAccess(String username) {
        return jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?", Long.class,
                username);
    }

    void moveLastAccessBack(String username, long millis) {
        jdbc.update("update spring_session set last_access_time = last_access_time - ? where principal_name = ?",
                millis, username);
    }

    @Test
    void writesTheLastAccessAtMostOnceAMinuteAndStillEndsIdleSessions() {
        Api.User user = api.user(api.body("Văn phòng Tỉnh ủy"), "SECRETARIAT");
        Browser browser = Browser.signedIn(port, user.username(), user.password());
        assertThat(browser.get("/programs").status()).isEqualTo(200);
        long first = lastAccess(user.username());
        assertThat(browser.get("/programs").status()).isEqualTo(200);
        assertThat(browser.get("/programs").status()).isEqualTo(200);
        assertThat(lastAccess(user.username())).as("page views within a minute write nothing").isEqualTo(first);

        // Two minutes without a view: the next one writes the time of access again.
        moveLastAccessBack(user.username(), 120_000);
        long before = System.currentTimeMillis();
        assertThat(browser.get("/programs").status()).isEqualTo(200);
        assertThat(lastAccess(user.username())).isGreaterThanOrEqualTo(before);

        // Thirty-one idle minutes: the session has ended, the next page asks to sign in again.
        moveLastAccessBack(user.username(), 31 * 60_000);
        var page = browser.get("/programs");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
    }
}
