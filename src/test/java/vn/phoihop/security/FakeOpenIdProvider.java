package vn.phoihop.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID Connect provider on 127.0.0.1 for the tests: it authorises whoever {@link #signInAs} names, without
 * asking, and issues RS256-signed ID tokens with that name as {@code preferred_username}. Started once per test JVM
 * and registered with the application as the provider {@code fake}.
 */
public final class FakeOpenIdProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String CLIENT_ID = "phoihop";
    static final String CLIENT_NAME = "Cổng định danh thử";
    private static volatile Server server;

    private record Grant(String username, String nonce, String redirectUri) {
    }

    static final class Server {
        final HttpServer http;
        final RSAKey key;
        final String issuer;
        final Map<String, Grant> codes = new ConcurrentHashMap<>();
        volatile String username;

        Server() throws IOException, JOSEException {
            key = new RSAKeyGenerator(2048).keyID("test").generate();
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            issuer = "http://127.0.0.1:" + http.getAddress().getPort();
            http.createContext("/authorize", this::authorize);
            http.createContext("/token", this::token);
            http.createContext("/jwks", e -> send(e, 200, "application/json",
                    new JWKSet(key.toPublicJWK()).toString()));
            http.start();
        }

        private void authorize(HttpExchange e) throws IOException {
            Map<String, String> q = parse(e.getRequestURI().getRawQuery());
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(username, q.get("nonce"), q.get("redirect_uri")));
            e.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state="
                    + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
            e.sendResponseHeaders(302, -1);
            e.close();
        }

        private void token(HttpExchange e) throws IOException {
            Map<String, String> form = parse(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Grant grant = codes.remove(form.get("code"));
            if (grant == null) {
                send(e, 400, "application/json", "{\"error\":\"invalid_grant\"}");
                return;
            }
            Date now = new Date();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + grant.username())
                    .audience(List.of(CLIENT_ID)).issueTime(now).expirationTime(new Date(now.getTime() + 300_000))
                    .claim("preferred_username", grant.username());
            if (grant.nonce() != null) {
                claims.claim("nonce", grant.nonce());
            }
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(key));
                send(e, 200, "application/json", "{\"access_token\":\"" + UUID.randomUUID()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\",\"id_token\":\""
                        + jwt.serialize() + "\"}");
            } catch (JOSEException ex) {
                send(e, 500, "text/plain", ex.getMessage());
            }
        }

        private static void send(HttpExchange e, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            e.getResponseHeaders().add("Content-Type", type);
            e.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(bytes);
            }
        }

        private static Map<String, String> parse(String query) {
            Map<String, String> result = new HashMap<>();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            return result;
        }
    }

    static synchronized Server server() {
        if (server == null) {
            try {
                server = new Server();
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.http.stop(0)));
        }
        return server;
    }

    /** The next authorisation signs in as this user. */
    static void signInAs(String username) {
        server().username = username;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String issuer = server().issuer;
        String registration = "spring.security.oauth2.client.registration.fake.";
        String provider = "spring.security.oauth2.client.provider.fake.";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fakeOpenIdProvider", Map.of(
                registration + "client-id", CLIENT_ID,
                registration + "client-secret", "test-secret",
                registration + "client-name", CLIENT_NAME,
                registration + "authorization-grant-type", "authorization_code",
                registration + "scope", "openid",
                registration + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}",
                provider + "authorization-uri", issuer + "/authorize",
                provider + "token-uri", issuer + "/token",
                provider + "jwk-set-uri", issuer + "/jwks",
                provider + "user-name-attribute", "sub")));
    }
}
