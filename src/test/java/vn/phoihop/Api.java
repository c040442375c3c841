package vn.phoihop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the running application, with the data a test needs made through the API itself:
 * bodies, users with roles and their tokens.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<Integer, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

    public record Response(int status, JsonNode json, String body, java.net.http.HttpHeaders headers) {
        public long id() {
            return json.get("id").asLong();
        }

        public String text(String field) {
            return json.get(field).asString();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final int port;

    public Api(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public String adminToken() {
        return ADMIN_TOKENS.computeIfAbsent(port, p -> token("admin", ADMIN_PASSWORD));
    }

    public String token(String username, String password) {
        Response r = post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("login failed for " + username + ": " + r.body());
        }
        return r.text("token");
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, null);
    }

    public Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, null);
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, null);
    }

    public Response send(String method, String path, String token, Object body, String acceptLanguage) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (acceptLanguage != null) {
                b.header("Accept-Language", acceptLanguage);
            }
            String payload = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
            if (payload != null) {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = r.body() == null || r.body().isBlank() || !r.body().trim().startsWith("{")
                    ? null : json.readTree(r.body());
            return new Response(r.statusCode(), node, r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new body of the given kind, registered by the administrator. */
    public long body(String name, String kind) {
        Response r = post("/api/v1/organizations", adminToken(), Map.of("name", unique(name), "kind", kind));
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        return r.id();
    }

    public long body(String name) {
        return body(name, "PARTY_BOARD");
    }

    /** A user of the body with the roles, and their token. */
    public User user(long organizationId, String... roles) {
        String username = unique("u").toLowerCase();
        String password = "mat-khau-rat-dai-" + SEQUENCE.incrementAndGet();
        Response r = post("/api/v1/users", adminToken(), Map.of("username", username, "password", password,
                "fullName", "Nguyễn Văn " + username, "organizationId", organizationId, "roles", List.of(roles)));
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        return new User(r.id(), username, password, organizationId, token(username, password));
    }

    public record User(long id, String username, String password, long organizationId, String token) {
    }
}
