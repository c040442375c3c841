package vn.phoihop;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person at a web browser, over real HTTP: a session cookie, the sign-in form, pages and form posts with
 * their CSRF token. Redirects are not followed, so a test sees the Post/Redirect/Get answer itself
 * ({@link Page#location()}) and can {@link #follow(Page) follow} it to read the flash message.
 *
 * <pre>{@code
 * Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
 * Browser.Page form = admin.get("/admin/organizations/new");
 * Browser.Page done = admin.postForm("/admin/organizations", Map.of("name", "Ban Tổ chức", "kind", "PARTY_BOARD"));
 * assertThat(done.location()).isEqualTo("/admin/organizations");
 * assertThat(admin.follow(done).body()).contains("Đã thêm cơ quan");
 * }</pre>
 *
 * The CSRF token of a form post is the one of the last page fetched that carried one (every page with the
 * layout does, in its language and sign-out forms); when none was fetched since signing in, it is read from
 * the sign-in page, which serves the session's token too.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** An answer: status, body (HTML) and the {@code Location} header of a redirect, if any. */
    public record Page(int status, String body, String location) {

        /** True for a redirect to exactly this path (query included), relative or absolute. */
        public boolean redirectsTo(String path) {
            return status / 100 == 3 && location != null && URI.create(location).getRawPath() != null
                    && pathAndQuery(URI.create(location)).equals(path);
        }

        private static String pathAndQuery(URI uri) {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
    }

    private final String base;
    private final HttpClient http;
    private final String acceptLanguage;
    private String csrf;

    /** A browser without a session yet, sending {@code Accept-Language: vi}. */
    public Browser(int port) {
        this(port, "vi");
    }

    public Browser(int port, String acceptLanguage) {
        this.base = "http://localhost:" + port;
        this.acceptLanguage = acceptLanguage;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private Browser(String base, HttpClient http, String acceptLanguage) {
        this.base = base;
        this.http = http;
        this.acceptLanguage = acceptLanguage;
    }

    /** The same browser (same cookies, so the same session) talking to another node on this host. */
    public Browser onPort(int otherPort) {
        return new Browser("http://localhost:" + otherPort, http, acceptLanguage);
    }

    /** A browser signed in as the user; fails the test when the sign-in is refused. */
    public static Browser signedIn(int port, String username, String password) {
        Browser b = new Browser(port);
        Page p = b.login(username, password);
        if (!p.redirectsTo("/")) {
            throw new AssertionError("sign-in refused for " + username + ": " + p.status() + " " + p.location());
        }
        return b;
    }

    /**
     * Signs in through the form: GET /login for the session and CSRF token, then POST /login. Success is a
     * 302 to {@code /}, refusal a 302 to {@code /login?error}.
     */
    public Page login(String username, String password) {
        get("/login");
        Page answer = post("/login", Map.of("username", username, "password", password));
        // Signing in rotates the session and its CSRF token: the old one must not be reused.
        csrf = null;
        return answer;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET as htmx sends it ({@code HX-Request: true}): pages answer with a fragment only. */
    public Page htmxGet(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET());
    }

    /** The page a redirect points to. */
    public Page follow(Page redirect) {
        if (redirect.location() == null) {
            throw new AssertionError("not a redirect: " + redirect.status());
        }
        URI target = URI.create(base).resolve(redirect.location());
        return get(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }

    /**
     * Posts a form (application/x-www-form-urlencoded) with the CSRF token; a value that is a collection
     * is sent once per element, like checkboxes; {@code null} values are left out.
     */
    public Page postForm(String path, Map<String, ?> fields) {
        if (csrf == null) {
            get("/login");
        }
        return post(path, fields);
    }

    /** Posts a multipart form with one file (field {@code field}) and the CSRF token, as a file input sends it. */
    public Page postFile(String path, String field, String fileName, byte[] content) {
        if (csrf == null) {
            get("/login");
        }
        String boundary = "----browser" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Fetches the form page first (for its CSRF token), then posts to the form's action. */
    public Page submit(String formPage, String action, Map<String, ?> fields) {
        get(formPage);
        return post(action, fields);
    }

    private Page post(String path, Map<String, ?> fields) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> form.add(encode(name) + "=" + encode(String.valueOf(v))));
            } else if (value != null) {
                form.add(encode(name) + "=" + encode(String.valueOf(value)));
            }
        });
        if (csrf != null && !fields.containsKey("_csrf")) {
            form.add("_csrf=" + encode(csrf));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.header("Accept", "text/html")
                    .header("Accept-Language", acceptLanguage).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Optional<String> location = r.headers().firstValue("Location");
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(r.statusCode(), r.body(), location.orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
