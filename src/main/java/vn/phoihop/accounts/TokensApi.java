package vn.phoihop.accounts;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/token} exchanges a username and password for a bearer token. */
@RestController
class TokensApi {

    record Credentials(String username, String password) {
    }

    record TokenAnswer(String token, Instant expiresAt) {
    }

    private final ApiTokens tokens;
    private final ProblemResponses problems;

    TokensApi(ApiTokens tokens, org.springframework.context.MessageSource messages) {
        this.tokens = tokens;
        this.problems = new ProblemResponses(messages);
    }

    @PostMapping("/api/v1/auth/token")
    ResponseEntity<TokenAnswer> issue(@RequestBody Credentials credentials, HttpServletRequest request,
                                      HttpServletResponse response) throws java.io.IOException {
        ApiTokens.Outcome outcome = tokens.issue(credentials.username(), credentials.password(),
                request.getRemoteAddr());
        if (outcome instanceof ApiTokens.Issued issued) {
            return ResponseEntity.ok(new TokenAnswer(issued.token(), issued.expiresAt()));
        }
        if (outcome instanceof ApiTokens.Locked locked) {
            response.setHeader("Retry-After", String.valueOf(locked.retryAfter().toSeconds()));
            problems.write(request, response, 429, "security.problem.locked");
            return null;
        }
        problems.write(request, response, 401, "problem.badCredentials");
        return null;
    }

    /** Revokes the token the request carries. */
    @DeleteMapping("/api/v1/auth/token")
    ResponseEntity<Map<String, Boolean>> revoke(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        boolean revoked = header != null && header.length() > 7 && tokens.revoke(header.substring(7).strip());
        return ResponseEntity.ok(Map.of("revoked", revoked));
    }
}
