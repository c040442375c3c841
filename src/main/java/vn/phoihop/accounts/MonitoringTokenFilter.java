package vn.phoihop.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a metrics scraper in with the configured monitoring token ({@code phoihop.security.monitoring-token}): a
 * static secret, because a scraper cannot renew the 8-hour API tokens. It grants only the authority
 * {@code MONITORING}, which opens the metrics endpoint and nothing else. No token configured: nobody gets it.
 */
class MonitoringTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "MONITORING";

    private final byte[] expected;

    MonitoringTokenFilter(String token) {
        this.expected = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (expected != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            // Constant time: the comparison says nothing about how much of a guess was right.
            if (MessageDigest.isEqual(expected, given)) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "monitoring", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
            }
        }
        chain.doFilter(request, response);
    }
}
