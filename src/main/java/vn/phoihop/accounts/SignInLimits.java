package vn.phoihop.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a sign-in (form, token or OpenID Connect callback) is even tried: a client address with too many recent
 * failures gets 429 with Retry-After (the API as problem details, the sign-in page again with the reason), and on the
 * page a locked account is sent back to the sign-in page with the reason whatever the password (the token endpoint
 * and the OpenID Connect user service check the lock themselves).
 */
class SignInLimits extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/login/throttled";
    static final String OIDC_CALLBACK = "/login/oauth2/code/";

    private final SignInGuard guard;
    private final ProblemResponses problems;
    private final boolean api;

    SignInLimits(SignInGuard guard, ProblemResponses problems, boolean api) {
        this.guard = guard;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!api && path.startsWith(OIDC_CALLBACK)) {
            return false;
        }
        return !"POST".equals(request.getMethod())
                || !path.equals(api ? "/api/v1/auth/token" : "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = guard.throttledFor(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
            if (api) {
                problems.write(request, response, 429, "security.problem.throttled");
            } else {
                response.setStatus(429);
                request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
            }
            return;
        }
        if (!api && request.getParameter("username") != null) {
            String username = request.getParameter("username");
            if (guard.lockedFor(username).isPresent()) {
                guard.refusedWhileLocked(username, request.getRemoteAddr(), "page");
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
