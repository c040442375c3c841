package vn.phoihop.accounts;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What follows a sign-in on the page (form or OpenID Connect): success clears the failures, is audited and starts the absolute session
 * lifetime; failure is counted and audited, and the page says when the account is now locked.
 */
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final SignInGuard guard;
    private final Clock clock;

    SignInOutcomes(SignInGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        guard.succeeded(authentication.getName(), request.getRemoteAddr(), via(request));
        request.getSession().setAttribute(SessionLifetime.SIGNED_IN_AT, clock.instant());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        boolean locked = guard.failed(request.getParameter("username"), request.getRemoteAddr(), via(request));
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
    }

    /** The sign-in form, or OpenID Connect with the provider's registration id. */
    static String via(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(SignInLimits.OIDC_CALLBACK) ? "oidc:" + path.substring(SignInLimits.OIDC_CALLBACK.length())
                : "page";
    }
}
