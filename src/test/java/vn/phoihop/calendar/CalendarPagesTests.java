package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** The calendar pages through a browser-like session: sign in with the form, then the pages. */
abstract class CalendarPagesTests extends ApiIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    Calendar calendar;

    /** One signed-in browser: cookies kept, redirects not followed so that each step can be checked. */
    final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        Browser signIn(String username, String password) {
            HttpResponse<String> form = get("/login");
            assertThat(form.statusCode()).isEqualTo(200);
            HttpResponse<String> signedIn = post("/login", csrf(form.body()),
                    Map.of("username", username, "password", password));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            return this;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(api.base() + path)).GET());
        }

        HttpResponse<String> post(String path, String csrf, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(api.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    Browser admin() {
        return new Browser().signIn("admin", Api.ADMIN_PASSWORD);
    }

    Browser focalPoint() {
        Api.User user = api.user(api.body("Sở Tư pháp"), "FOCAL_POINT");
        return new Browser().signIn(user.username(), user.password());
    }

    @Test
    void showsTheYearAsTwelveMonthGridsWithTetAndTheLegendToAnySignedInUser() {
        HttpResponse<String> page = focalPoint().get("/calendar?year=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Lịch làm việc năm 2026").contains("Tết Nguyên đán (mùng 1)")
                .contains("Tháng 1").contains("Tháng 12").contains("Chú giải").contains("Ngày làm bù")
                .contains("/css/calendar.css").contains("/calendar?year=2025").contains("/calendar?year=2027");
        assertThat(html.split("class=\"table table-sm table-bordered cal-month")).hasSize(13);
        assertThat(html).contains("class=\"cal-day cal-holiday\" title=\"Tết Nguyên đán (mùng 1)\">17<")
                .contains("class=\"cal-day cal-weekend cal-makeup\"");
        assertThat(html).doesNotContain("/calendar/years/2026/edit").doesNotContain("style=\"").doesNotContain("<script>");
    }

    @Test
    void showsThePageInEnglishWhenTheUserChoosesEnglish() {
        Browser browser = focalPoint();
        String csrf = csrf(browser.get("/calendar?year=2026").body());
        assertThat(browser.post("/account/language", csrf, Map.of("lang", "en")).statusCode()).isEqualTo(302);
        String html = browser.get("/calendar?year=2026").body();
        assertThat(html).contains("Working calendar 2026").contains("February").contains("Legend")
                .contains("Tết Nguyên đán (mùng 1)");
    }

    @Test
    void refusesTheEditPageAndItsActionsToAnyoneButAnAdministrator() {
        Browser browser = focalPoint();
        assertThat(browser.get("/calendar/years/2026/edit").statusCode()).isEqualTo(403);
        String csrf = csrf(browser.get("/calendar?year=2026").body());
        long version = calendar.version();
        assertThat(browser.post("/calendar/years/2026", csrf, Map.of("daysOff", "01/01/2026 Tết Dương lịch"))
                .statusCode()).isEqualTo(403);
        assertThat(browser.post("/calendar/years/2026/reset", csrf, Map.of()).statusCode()).isEqualTo(403);
        assertThat(calendar.version()).isEqualTo(version);
    }

    @Test
    void letsAnAdministratorEditAYearInTheFormAndShowsTheResult() {
        int year = 2097;
        Browser browser = admin();
        HttpResponse<String> calendarPage = browser.get("/calendar?year=" + year);
        assertThat(calendarPage.body()).contains("/calendar/years/" + year + "/edit");
        HttpResponse<String> form = browser.get("/calendar/years/" + year + "/edit");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("01/01/" + year + " Tết Dương lịch").contains("name=\"daysOff\"")
                .contains("name=\"workingDays\"");
        LocalDate saturday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));

        HttpResponse<String> saved = browser.post("/calendar/years/" + year, csrf(form.body()), Map.of(
                "daysOff", "01/01/" + year + " Tết Dương lịch\n\n02/01/" + year + " Nghỉ hoán đổi",
                "workingDays", saturday.format(DAY)
                        + " Làm bù cho thứ Sáu 2/1"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/calendar?year=" + year));
        String after = browser.get("/calendar?year=" + year).body();
        assertThat(after).contains("Đã lưu ngày nghỉ").contains("Nghỉ hoán đổi").contains("Do quản trị hệ thống nhập.");
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 1, 2))).isFalse();

        String edit = browser.get("/calendar/years/" + year + "/edit").body();
        assertThat(edit).contains("/calendar/years/" + year + "/reset");
        HttpResponse<String> reset = browser.post("/calendar/years/" + year + "/reset", csrf(edit), Map.of());
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(browser.get("/calendar?year=" + year).body()).contains("Đã trả năm về lịch mặc định");
        assertThat(calendar.year(year).source()).isEqualTo(ArrangementSource.DEFAULT_RULE);
    }

    @Test
    void showsErrorsNextToTheTextareaWithTheLineNumberAndKeepsWhatWasTyped() {
        int year = 2098;
        Browser browser = admin();
        String csrf = csrf(browser.get("/calendar/years/" + year + "/edit").body());
        long version = calendar.version();
        HttpResponse<String> page = browser.post("/calendar/years/" + year, csrf, Map.of(
                "daysOff", "01/01/" + year + " Tết Dương lịch\n2/1/" + year,
                "workingDays", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Dòng 2: thiếu tên ngày").contains("is-invalid").contains("2/1/" + year);

        LocalDate monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        HttpResponse<String> notWeekend = browser.post("/calendar/years/" + year, csrf, Map.of(
                "daysOff", "01/01/" + year + " Tết Dương lịch\n01/01/" + (year + 1) + " Năm sau",
                "workingDays", "\n\n" + monday.format(DAY) + " Làm bù"));
        assertThat(notWeekend.statusCode()).isEqualTo(200);
        assertThat(notWeekend.body()).contains("Dòng 2: Ngày này không thuộc năm " + year)
                .contains("Dòng 3: Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        assertThat(calendar.version()).isEqualTo(version);
    }
}

@OnH2
class CalendarPagesOnH2Test extends CalendarPagesTests {
}

@OnPostgres
class CalendarPagesOnPostgresTest extends CalendarPagesTests {
}
