package vn.phoihop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A page session ends twelve hours after sign-in however busy it has been. */
class SessionLifetimeTest {

    static final Instant SIGNED_IN = Instant.parse("2026-03-02T01:00:00Z");

    MockHttpServletResponse request(Instant now, MockHttpSession session, MockFilterChain chain) throws Exception {
        SessionLifetime filter = new SessionLifetime(Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/programs");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    MockHttpSession signedIn() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionLifetime.SIGNED_IN_AT, SIGNED_IN);
        return session;
    }

    @Test
    void keepsASessionYoungerThanTwelveHours() throws Exception {
        MockHttpSession session = signedIn();
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = request(SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)), session, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void endsASessionTwelveHoursAfterSignInAndAsksToSignInAgain() throws Exception {
        MockHttpSession session = signedIn();
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = request(SIGNED_IN.plus(Duration.ofHours(12)), session, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void leavesRequestsWithoutASignedInSessionAlone() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        request(SIGNED_IN.plus(Duration.ofDays(3)), new MockHttpSession(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
