package vn.phoihop.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.phoihop.audit.AuditTrail;

/**
 * Records every refused request (403, whoever refused it: a role check, a scope check in a facade, a missing CSRF
 * token) in the audit trail, after the answer is written, with who asked for what from where.
 */
class DenialRecorder extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DenialRecorder.class);

    private final AuditTrail audit;

    DenialRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                record(request);
            }
        }
    }

    private void record(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? "anonymous" : auth.getName();
        String path = request.getRequestURI();
        try {
            audit.recordEvent("ACCESS_DENIED", actor, "request", null,
                    request.getMethod() + " " + (path.length() > 500 ? path.substring(0, 500) : path)
                            + " address=" + request.getRemoteAddr());
        } catch (RuntimeException e) {
            // The refusal stands whatever happens here; a lost audit line must not turn it into a 500.
            log.error("Could not audit a refused request to {}", path, e);
        }
    }
}
