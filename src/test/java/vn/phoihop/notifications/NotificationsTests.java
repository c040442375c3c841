package vn.phoihop.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.TestMail;

/**
 * Reminders as people meet them: the daily digest read back from a real SMTP server, escalation to leaders, the bell,
 * the notifications page and API (own notifications only), preferences and the iCalendar feed.
 */
abstract class NotificationsTests extends ApiIntegrationTest {

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    ReminderFixtures scene;

    @BeforeEach
    void scene() {
        scene = new ReminderFixtures(api);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<JsonNode> notifications(Api.User user, String query) {
        Api.Response r = api.get("/api/v1/notifications" + query, user.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        assertThat(r.json().get("total").asInt()).isEqualTo(items.size());
        return items;
    }

    static List<String> kindsOf(List<JsonNode> items, long task) {
        return items.stream().filter(n -> n.get("subject").asString().equals("task-" + task))
                .map(n -> n.get("kind").asString()).toList();
    }

    @Test
    void sendsEachUserOneVietnameseDigestOfWhatIsDueAndOverdueEvenWhenTheJobRunsTwice() {
        reminders.runDaily(ReminderFixtures.DAY);
        reminders.runDaily(ReminderFixtures.DAY);

        List<MimeMessage> toL = TestMail.to(ReminderFixtures.email(scene.focalL));
        assertThat(toL).hasSize(1);
        assertThat(subject(toL.get(0))).isEqualTo("PhoiHop: 3 việc sắp đến hạn, 1 việc quá hạn");
        String body = text(toL.get(0));
        assertThat(body).contains(scene.title("Tổng kết công tác cán bộ"), scene.title("Báo cáo đề án 25"),
                "Đề nghị cung cấp số liệu " + scene.tag, scene.title("Rà soát quy hoạch cán bộ"),
                "hạn 06/11/2026, quá 8 ngày làm việc", "/tasks/" + scene.dueFriday)
                .doesNotContain(scene.title("Hội nghị tuyên truyền"), scene.title("Sơ kết nghị quyết"),
                        scene.title("Kiểm tra tiếp công dân"), "báo cáo lãnh đạo");

        List<MimeMessage> toC = TestMail.to(ReminderFixtures.email(scene.focalC));
        assertThat(toC).hasSize(1);
        assertThat(subject(toC.get(0))).isEqualTo("PhoiHop: 2 việc sắp đến hạn, 2 việc quá hạn");
        assertThat(text(toC.get(0))).contains(scene.title("Kiểm tra tiếp công dân"))
                .doesNotContain("Đề nghị cung cấp số liệu " + scene.tag);

        assertThat(jdbc.queryForObject("select count(*) from notification_digest where user_id = ? and digest_day = ?",
                Integer.class, scene.focalL.id(), ReminderFixtures.DAY)).isEqualTo(1);
        List<JsonNode> items = notifications(scene.focalL, "");
        assertThat(items).hasSize(4);
        assertThat(kindsOf(items, scene.dueFriday)).containsExactly("TASK_DUE");
        assertThat(kindsOf(items, scene.longOverdue)).containsExactly("TASK_OVERDUE");
        assertThat(items).anyMatch(n -> n.get("kind").asString().equals("REQUEST_DUE")
                && n.get("subject").asString().equals("request-" + scene.request)
                && n.get("dueDate").asString().equals("2026-11-23"));
    }

    @Test
    void remindsOfCaseDeadlinesEscalatesOverdueCasesAndNeverNamesTheCitizenOrSubject() {
        long handling = scene.api.body("Thanh tra huyện", "SPECIALIST_AGENCY");
        long supervising = scene.api.body("Ủy ban Kiểm tra Huyện ủy");
        long stranger = scene.api.body("Phòng Tư pháp", "SPECIALIST_AGENCY");
        Api.User handler = scene.userWithEmail(handling, "CASE_HANDLER");
        Api.User leader = scene.userWithEmail(handling, "LEADER");
        Api.User supervisor = scene.userWithEmail(supervising, "SUPERVISOR");
        Api.User other = scene.userWithEmail(stranger, "CASE_HANDLER");
        String citizen = Api.unique("Hoàng Văn Tốcáo");
        String subject = Api.unique("Tố cáo cán bộ địa chính");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "DENUNCIATION");
        body.put("receivedOn", "2026-09-01");
        body.put("remoteArea", false);
        body.put("complexity", "NORMAL");
        body.put("handlingOrganizationId", handling);
        body.put("subject", subject);
        body.put("content", "Nội dung tố cáo.");
        body.put("citizen", Map.of("fullName", citizen, "address", "Xã Yên Hưng"));
        Api.Response created = api.post("/api/v1/cases", handler.token(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        assertThat(api.post("/api/v1/cases/" + id + "/supervisors", handler.token(),
                Map.of("organizationId", supervising)).status()).isEqualTo(201);

        reminders.runDaily(ReminderFixtures.DAY);

        String key = "case-" + id;
        List<String> toHandler = notifications(handler, "").stream()
                .filter(n -> n.get("subject").asString().equals(key)).map(n -> n.get("kind").asString()).toList();
        assertThat(toHandler).containsExactly("CASE_OVERDUE");
        assertThat(notifications(leader, "").stream().filter(n -> n.get("subject").asString().equals(key))
                .map(n -> n.get("kind").asString())).containsExactlyInAnyOrder("CASE_OVERDUE", "ESCALATION");
        List<JsonNode> toSupervisor = notifications(supervisor, "").stream()
                .filter(n -> n.get("subject").asString().equals(key)).toList();
        assertThat(toSupervisor).extracting(n -> n.get("kind").asString()).containsExactly("CASE_OVERDUE");
        assertThat(toSupervisor.get(0).get("title").asString()).isEqualTo("Vụ việc số " + id + " (Tố cáo)");
        assertThat(toSupervisor.get(0).get("url").asString()).isEqualTo("/cases/" + id);
        assertThat(notifications(other, "")).noneMatch(n -> n.get("subject").asString().equals(key));

        List<MimeMessage> mail = TestMail.to(ReminderFixtures.email(leader));
        assertThat(mail).hasSize(1);
        assertThat(text(mail.get(0))).contains("Vụ việc số " + id + " (Tố cáo)", "/cases/" + id, "(báo cáo lãnh đạo)")
                .doesNotContain(citizen, subject);
        for (Api.User u : new Api.User[]{handler, supervisor}) {
            assertThat(TestMail.to(ReminderFixtures.email(u))).hasSize(1)
                    .allSatisfy(m -> assertThat(text(m)).doesNotContain(citizen, subject));
            assertThat(api.get("/api/v1/notifications", u.token()).body()).doesNotContain(citizen, subject);
        }
    }

    @Test
    void escalatesWhatIsOverdueByMoreThanFiveWorkingDaysToTheLeadersOfTheResponsibleBody() {
        reminders.runDaily(ReminderFixtures.DAY);

        assertThat(kindsOf(notifications(scene.leaderL, ""), scene.longOverdue))
                .containsExactlyInAnyOrder("TASK_OVERDUE", "ESCALATION");
        assertThat(kindsOf(notifications(scene.focalL, ""), scene.longOverdue)).containsExactly("TASK_OVERDUE");
        // C only co-operates on the long-overdue task, and its own overdue task is two working days late.
        assertThat(notifications(scene.leaderC, "")).noneMatch(n -> n.get("kind").asString().equals("ESCALATION"));
        List<MimeMessage> toLeader = TestMail.to(ReminderFixtures.email(scene.leaderL));
        assertThat(toLeader).hasSize(1);
        assertThat(text(toLeader.get(0))).contains(scene.title("Rà soát quy hoạch cán bộ") + " — hạn 06/11/2026, quá 8"
                + " ngày làm việc (báo cáo lãnh đạo)");
    }

    @Test
    void leavesOutTheKindsAUserTurnedOffAndMailsNobodyWhoTurnedEmailOff() {
        Api.Response before = api.get("/api/v1/me/notification-preferences", scene.focalL.token());
        assertThat(before.json().get("emailEnabled").asBoolean()).isTrue();
        assertThat(before.json().get("kinds").get("TASK_OVERDUE").asBoolean()).isTrue();
        assertThat(before.json().get("version").asLong()).isZero();
        Api.Response saved = api.put("/api/v1/me/notification-preferences", scene.focalL.token(), Map.of(
                "emailEnabled", true, "kinds", Map.of("TASK_OVERDUE", false), "version", 0));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("kinds").get("TASK_OVERDUE").asBoolean()).isFalse();
        assertThat(saved.json().get("kinds").get("TASK_DUE").asBoolean()).isTrue();
        assertThat(api.put("/api/v1/me/notification-preferences", scene.focalL.token(), Map.of(
                "emailEnabled", true, "kinds", Map.of(), "version", 0)).status()).as("stale version").isEqualTo(409);
        Api.Response unknown = api.put("/api/v1/me/notification-preferences", scene.focalL.token(), Map.of(
                "emailEnabled", true, "kinds", Map.of("WEATHER", false), "version", 1));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("kinds.WEATHER");
        assertThat(api.put("/api/v1/me/notification-preferences", scene.focalC.token(), Map.of(
                "emailEnabled", false, "version", 0)).status()).isEqualTo(200);

        reminders.runDaily(ReminderFixtures.DAY);

        List<MimeMessage> toL = TestMail.to(ReminderFixtures.email(scene.focalL));
        assertThat(toL).hasSize(1);
        assertThat(subject(toL.get(0))).isEqualTo("PhoiHop: 3 việc sắp đến hạn, 0 việc quá hạn");
        assertThat(notifications(scene.focalL, "")).hasSize(3)
                .noneMatch(n -> n.get("kind").asString().equals("TASK_OVERDUE"));
        assertThat(TestMail.to(ReminderFixtures.email(scene.focalC))).as("e-mail turned off").isEmpty();
        assertThat(notifications(scene.focalC, "")).as("still notified in the application").hasSize(4);
    }

    @Test
    void showsEachUserOnlyTheirOwnNotificationsAndRefusesToMarkAnotherUsersRead() {
        reminders.runDaily(ReminderFixtures.DAY);
        List<JsonNode> mine = notifications(scene.focalL, "?unread=true");
        assertThat(mine).hasSize(4);
        long id = mine.get(0).get("id").asLong();

        assertThat(api.post("/api/v1/notifications/" + id + "/read", scene.focalC.token(), null).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/notifications/" + id + "/read", null, null).status()).isEqualTo(401);
        assertThat(notifications(scene.focalC, "")).noneMatch(n -> n.get("id").asLong() == id);
        assertThat(notifications(scene.focalL, "?unread=true")).hasSize(4);

        Api.Response read = api.post("/api/v1/notifications/" + id + "/read", scene.focalL.token(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readAt").isNull()).isFalse();
        assertThat(notifications(scene.focalL, "?unread=true")).hasSize(3);
        assertThat(notifications(scene.focalL, "?unread=false")).extracting(n -> n.get("id").asLong())
                .containsExactly(id);
        assertThat(api.get("/api/v1/notifications?unread=maybe", scene.focalL.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/notifications", null).status()).isEqualTo(401);
    }

    @Test
    void theBellOnEveryPageShowsTheUnreadCountAndThePageMarksThemRead() {
        reminders.runDaily(ReminderFixtures.DAY);
        Browser browser = Browser.signedIn(port, scene.focalL.username(), scene.focalL.password());
        assertThat(browser.get("/programs").body()).contains("hx-get=\"/notifications/bell\"");
        Browser.Page bell = browser.htmxGet("/notifications/bell");
        assertThat(bell.status()).isEqualTo(200);
        assertThat(bell.body()).doesNotContain("<html").contains("id=\"notifications-unread\"").contains(">4</span>");

        Browser.Page page = browser.get("/notifications");
        assertThat(page.body()).contains(scene.title("Rà soát quy hoạch cán bộ"), "Nhiệm vụ quá hạn",
                "Đề nghị cung cấp thông tin sắp đến hạn", "Chưa đọc (4)");
        long id = notifications(scene.focalL, "?unread=true").get(0).get("id").asLong();
        assertThat(browser.postForm("/notifications/" + id + "/read", Map.of()).redirectsTo("/notifications"))
                .isTrue();
        assertThat(browser.htmxGet("/notifications/bell").body()).contains(">3</span>");
        assertThat(browser.postForm("/notifications/read-all", Map.of()).redirectsTo("/notifications")).isTrue();
        assertThat(browser.htmxGet("/notifications/bell").body()).doesNotContain("notifications-unread");

        // Another user's notification cannot be marked read from the page either.
        Browser other = Browser.signedIn(port, scene.focalC.username(), scene.focalC.password());
        long theirs = notifications(scene.focalC, "?unread=true").get(0).get("id").asLong();
        assertThat(browser.postForm("/notifications/" + theirs + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(other.htmxGet("/notifications/bell").body()).contains(">4</span>");
    }

    @Test
    void thePreferencesSectionTurnsKindsAndEmailOff() {
        Browser browser = Browser.signedIn(port, scene.focalL.username(), scene.focalL.password());
        assertThat(browser.get("/notifications").body()).contains("name=\"kind\"", "value=\"ESCALATION\"");
        Map<String, Object> form = new HashMap<>();
        form.put("version", 0);
        form.put("kind", List.of("TASK_DUE", "REQUEST_DUE", "REQUEST_OVERDUE"));
        assertThat(browser.postForm("/notifications/preferences", form).status()).isEqualTo(302);
        JsonNode saved = api.get("/api/v1/me/notification-preferences", scene.focalL.token()).json();
        assertThat(saved.get("emailEnabled").asBoolean()).isFalse();
        assertThat(saved.get("kinds").get("TASK_DUE").asBoolean()).isTrue();
        assertThat(saved.get("kinds").get("TASK_OVERDUE").asBoolean()).isFalse();
        assertThat(saved.get("kinds").get("REVIEW_DUE").asBoolean()).isFalse();

        reminders.runDaily(ReminderFixtures.DAY);
        assertThat(TestMail.to(ReminderFixtures.email(scene.focalL))).isEmpty();
        assertThat(notifications(scene.focalL, "")).extracting(n -> n.get("kind").asString())
                .containsOnly("TASK_DUE", "REQUEST_DUE").hasSize(3);
    }

    @Test
    void servesTheBodysDeadlinesAsAnICalendarFeedAtASecretAddressThatANewOneRevokes() throws Exception {
        Api.Response issued = api.post("/api/v1/me/ical-token", scene.focalL.token(), null);
        assertThat(issued.status()).isEqualTo(201);
        String url = issued.text("url");
        assertThat(url).startsWith(api.base() + "/ical/").endsWith(".ics");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
        assertThat(jdbc.queryForObject("select count(*) from ical_token where token_hash = ?", Integer.class, token))
                .as("never stored in clear").isZero();

        HttpResponse<String> feed = fetch(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        Map<String, VEvent> events = new HashMap<>();
        for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) {
            events.put(e.getUid().orElseThrow().getValue(), e);
        }
        assertThat(events).containsKeys("task-" + scene.dueFriday + "@phoihop", "task-" + scene.dueTuesday + "@phoihop",
                "task-" + scene.longOverdue + "@phoihop", "request-" + scene.request + "@phoihop")
                .doesNotContainKeys("task-" + scene.done + "@phoihop", "task-" + scene.shortOverdue + "@phoihop");
        VEvent friday = events.get("task-" + scene.dueFriday + "@phoihop");
        assertThat(friday.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE")
                .contains("20261120");
        assertThat(friday.getSummary().getValue()).contains("Hạn nhiệm vụ: " + scene.title("Tổng kết công tác cán bộ"));
        assertThat(events.get("request-" + scene.request + "@phoihop").getSummary().getValue())
                .contains("Hạn trả lời đề nghị: Đề nghị cung cấp số liệu " + scene.tag);
        assertThat(fetch(url).body()).as("stable UIDs").contains("UID:task-" + scene.dueFriday + "@phoihop");

        // C co-operates on L's tasks: its feed has them too, but not L's request.
        String cUrl = api.post("/api/v1/me/ical-token", scene.focalC.token(), null).text("url");
        assertThat(fetch(cUrl).body()).contains("UID:task-" + scene.dueFriday + "@phoihop")
                .contains("UID:task-" + scene.shortOverdue + "@phoihop")
                .doesNotContain("UID:request-" + scene.request + "@phoihop");

        String renewed = api.post("/api/v1/me/ical-token", scene.focalL.token(), null).text("url");
        assertThat(renewed).isNotEqualTo(url);
        assertThat(fetch(url).statusCode()).as("the old address is revoked").isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);
        assertThat(fetch(api.base() + "/ical/not-a-token.ics").statusCode()).isEqualTo(404);

        Browser browser = Browser.signedIn(port, scene.focalL.username(), scene.focalL.password());
        Browser.Page page = browser.follow(browser.postForm("/notifications/ical-token", Map.of()));
        assertThat(page.body()).contains("id=\"ical-url\"").contains(api.base() + "/ical/");
        assertThat(fetch(renewed).statusCode()).as("the page renewed it").isEqualTo(404);
    }

    static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Autowired
    DailyReminderJob job;

    @Test
    void theDailyJobTakesItsLockInThisDatabaseAndIsScheduledAtSevenVietnameseTime() {
        jdbc.update("delete from shedlock where name = ?", DailyReminderJob.LOCK);
        assertThat(job.run(LocalDate.of(2026, 2, 17))).as("ran, on a day off: nothing to send").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ? and lock_until > locked_at",
                Integer.class, DailyReminderJob.LOCK)).as("held a while, so a late node does not run it again")
                .isEqualTo(1);
        assertThat(job.run(LocalDate.of(2026, 2, 17))).as("held by the first run").isFalse();
        jdbc.update("delete from shedlock where name = ?", DailyReminderJob.LOCK);
        assertThat(job.cron()).isEqualTo("0 0 7 * * *");
    }

    @Test
    void sendsNothingOnADayOff() {
        assertThat(reminders.runDaily(LocalDate.of(2026, 2, 17)).notificationsCreated()).isZero();
        assertThat(reminders.runDaily(LocalDate.of(2026, 11, 21)).digestsSent()).isZero();
        assertThat(notifications(scene.focalL, "")).isEmpty();
        assertThat(TestMail.to(ReminderFixtures.email(scene.focalL))).isEmpty();
    }
}

@OnH2
class NotificationsOnH2Test extends NotificationsTests {
}

@OnPostgres
class NotificationsOnPostgresTest extends NotificationsTests {
}
