package vn.phoihop.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** Public-opinion notes over real HTTP: who records, the summary, the review section, search, the page. */
abstract class OpinionApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long keeper, a, outsiderBody, program, task;
    Api.User secretariat, focal, leader, outsider;
    String marker;

    Api.Response note(Api.User who, String topic, String tone, LocalDate on, Long taskId) {
        Map<String, Object> body = new HashMap<>(Map.of("topic", topic, "source", "Báo Quảng Ninh", "locality",
                "Phường Hồng Gai", "tone", tone, "notedOn", on.toString(), "content", "Người dân phản ánh " + marker));
        if (taskId != null) {
            body.put("taskId", taskId);
        }
        return api.post("/api/v1/programs/" + program + "/opinion-notes", who.token(), body);
    }

    @BeforeEach
    void scene() {
        marker = Api.unique("duluan").replace("-", "");
        keeper = api.body("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        a = api.body("Sở Văn hóa", "SPECIALIST_AGENCY");
        outsiderBody = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(keeper, "SECRETARIAT");
        focal = api.user(a, "FOCAL_POINT");
        leader = api.user(keeper, "LEADER");
        outsider = api.user(outsiderBody, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình dư luận"),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(100).toString(),
                "periodEnd", TODAY.plusDays(100).toString(), "parties", List.of(Map.of("organizationId", a)))).id();
        task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                "Tuyên truyền chuyển đổi số", "leadOrganizationId", a)).id();
    }

    @Test
    void focalPointsRecordNotesLeadersReadAndOutsidersSeeNothing() {
        var created = note(focal, "Chuyển đổi số", "POSITIVE", TODAY.minusDays(3), task);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("taskTitle").asString()).isEqualTo("Tuyên truyền chuyển đổi số");
        assertThat(note(leader, "Chuyển đổi số", "POSITIVE", TODAY, null).status()).isEqualTo(403);
        assertThat(note(outsider, "Chuyển đổi số", "POSITIVE", TODAY, null).status()).isEqualTo(404);
        var bad = note(focal, "Chuyển đổi số", "ANGRY", TODAY.plusDays(1), 987654321L);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValues("field")).extracting(JsonNode::asString)
                .contains("tone", "notedOn", "taskId");
        assertThat(api.get("/api/v1/opinion-notes/" + created.id(), leader.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/opinion-notes/" + created.id(), outsider.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/opinion-notes/" + created.id(), null).status()).isEqualTo(401);
        var patched = api.patch("/api/v1/opinion-notes/" + created.id(), focal.token(),
                Map.of("version", created.json().get("version").asLong(), "tone", "NEGATIVE"));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.text("tone")).isEqualTo("NEGATIVE");
        assertThat(api.patch("/api/v1/opinion-notes/" + created.id(), leader.token(),
                Map.of("version", patched.json().get("version").asLong(), "tone", "NEUTRAL")).status()).isEqualTo(403);
    }

    @Test
    void summarisesAPeriodByTopicAndToneAndContributesToReviews() {
        note(focal, "Chuyển đổi số", "POSITIVE", TODAY.minusDays(10), null);
        note(focal, "Chuyển đổi số", "NEGATIVE", TODAY.minusDays(9), null);
        note(secretariat, "Giải phóng mặt bằng", "NEGATIVE", TODAY.minusDays(8), null);
        note(focal, "Giải phóng mặt bằng", "NEUTRAL", TODAY.minusDays(80), null);   // before the period asked
        var summary = api.get("/api/v1/programs/" + program + "/opinion-notes/summary?from=" + TODAY.minusDays(30)
                + "&to=" + TODAY, leader.token());
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("total").asInt()).isEqualTo(3);
        assertThat(summary.json().get("negative").asInt()).isEqualTo(2);
        assertThat(summary.json().get("byTopic").get(0).get("topic").asString()).isEqualTo("Chuyển đổi số");
        assertThat(summary.json().get("byTopic").get(0).get("positive").asInt()).isEqualTo(1);
        assertThat(summary.json().get("byTopic").get(1).get("negative").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/programs/" + program + "/opinion-notes?tone=NEGATIVE", leader.token())
                .json().get("total").asInt()).isEqualTo(2);

        var review = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), Map.of("kind", "SIX_MONTH",
                "periodStart", TODAY.minusDays(30).toString(), "periodEnd", TODAY.minusDays(1).toString()));
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        JsonNode section = review.json().get("figures").get("sections").get("opinion");
        assertThat(section.get("total").asInt()).isEqualTo(3);
        assertThat(section.get("positive").asInt()).isEqualTo(1);
        assertThat(section.get("negative").asInt()).isEqualTo(2);
    }

    @Test
    void notesAreSearchableByThoseWhoSeeTheProgram() throws Exception {
        long id = note(focal, "Xây dựng nông thôn mới", "POSITIVE", TODAY, null).id();
        String q = "q=" + URLEncoder.encode("nguoi dan phan anh " + marker, StandardCharsets.UTF_8) + "&kind=OPINION_NOTE";
        JsonNode found = null;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            found = api.get("/api/v1/search?" + q, leader.token()).json();
            if (found.get("total").asInt() == 1) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(found.get("total").asInt()).as(String.valueOf(found)).isEqualTo(1);
        assertThat(found.get("items").get(0).get("url").asString()).isEqualTo("/opinion-notes/" + id);
        assertThat(api.get("/api/v1/search?" + q, outsider.token()).json().get("total").asInt()).isZero();
    }

    @Test
    void thePageShowsTheChartDataTheTableAndTheForm() {
        note(focal, "Chuyển đổi số", "POSITIVE", TODAY.minusDays(2), null);
        Browser browser = Browser.signedIn(port, focal.username(), focal.password());
        var page = browser.get("/programs/" + program + "/opinion");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-chart=").contains("echarts.min.js").contains("/js/opinion.js")
                .contains("Chuyển đổi số").contains("Tích cực").contains("name=\"topic\"");
        assertThat(browser.get("/webjars/echarts/dist/echarts.min.js").status()).as("the chart library is served").isEqualTo(200);
        var card = browser.htmxGet("/programs/" + program + "/opinion");
        assertThat(card.body()).contains("id=\"program-opinion\"").doesNotContain("<html").doesNotContain("name=\"topic\"");
        var created = browser.submit("/programs/" + program + "/opinion", "/programs/" + program + "/opinion",
                Map.of("topic", "Giá điện", "source", "Mạng xã hội", "tone", "NEGATIVE",
                        "notedOn", TODAY.toString()));
        assertThat(created.status()).isEqualTo(302);
        assertThat(browser.follow(created).body()).contains("Giá điện").contains("Tiêu cực");
        var invalid = browser.submit("/programs/" + program + "/opinion", "/programs/" + program + "/opinion",
                Map.of("topic", "", "source", "Mạng xã hội", "tone", "NEGATIVE"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("is-invalid");
        assertThat(Browser.signedIn(port, outsider.username(), outsider.password())
                .get("/programs/" + program + "/opinion").status()).isEqualTo(404);
    }
}

@OnH2
class OpinionApiOnH2Test extends OpinionApiTests {
}

@OnPostgres
class OpinionApiOnPostgresTest extends OpinionApiTests {
}
