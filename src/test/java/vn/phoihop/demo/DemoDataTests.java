package vn.phoihop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import tools.jackson.databind.JsonNode;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnDemoH2;
import vn.phoihop.tasks.TaskStatus;

/**
 * The application started with {@code phoihop.demo=true} on its own in-memory H2 database ({@link OnDemoH2}),
 * checked over the real API.
 */
@OnDemoH2
class DemoDataTests extends ApiIntegrationTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    static final String PASSWORD = "phoihop-demo-2026";

    @Autowired
    DemoData demoData;

    JsonNode programs() {
        var r = api.get("/api/v1/programs", api.adminToken());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    JsonNode program(String status) {
        for (JsonNode p : programs().get("items")) {
            if (p.get("status").asString().equals(status)) {
                return p;
            }
        }
        throw new AssertionError("no program " + status);
    }

    JsonNode tasks(JsonNode program) {
        var r = api.get("/api/v1/programs/" + program.get("id").asLong() + "/tasks?size=500", api.adminToken());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    List<String> partyNames(JsonNode program) {
        List<String> names = new ArrayList<>();
        program.get("parties").forEach(p -> names.add(p.get("organizationName").asString()));
        return names;
    }

    @Test
    void loadsLastYearsProgramClosedAndThisYearsInForceFollowingIt() {
        assertThat(programs().get("total").asLong()).isEqualTo(2);
        JsonNode closed = program("CLOSED");
        JsonNode inForce = program("IN_FORCE");
        assertThat(closed.get("year").asInt()).isEqualTo(YEAR - 1);
        assertThat(inForce.get("year").asInt()).isEqualTo(YEAR);
        assertThat(inForce.get("previousProgramId").asLong()).isEqualTo(closed.get("id").asLong());
        assertThat(inForce.get("signedOn").asString()).startsWith(YEAR + "-01-");
        assertThat(inForce.get("keeperName").asString()).isEqualTo("Văn phòng Tỉnh ủy");
        assertThat(inForce.get("parties")).allSatisfy(p -> assertThat(p.get("signatoryName").isNull()).isFalse());
    }

    @Test
    void showsEachProgramsPartiesAsTheyWereNamedWhenSigned() {
        assertThat(partyNames(program("CLOSED"))).contains("Ban cán sự Đảng UBND tỉnh")
                .doesNotContain("Đảng ủy UBND tỉnh");
        assertThat(partyNames(program("IN_FORCE"))).contains("Đảng ủy UBND tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy")
                .doesNotContain("Ban cán sự Đảng UBND tỉnh");
    }

    @Test
    void givesThisYearAtLeastThirtyFiveTasksOverEightThemesInEveryStatus() {
        JsonNode inForce = program("IN_FORCE");
        JsonNode tasks = tasks(inForce);
        assertThat(tasks.get("total").asInt()).isGreaterThanOrEqualTo(35);
        Set<String> themes = new HashSet<>();
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        for (JsonNode t : tasks.get("items")) {
            themes.add(t.get("themeId").asString());
            statuses.add(TaskStatus.valueOf(t.get("status").asString()));
        }
        assertThat(inForce.get("themes")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(themes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(TaskStatus.class));
    }

    @Test
    void movesADeadlineAndCancelsTasksWithReasonsAndCarriesTheLeadersDirections() {
        JsonNode inForce = program("IN_FORCE");
        List<JsonNode> moved = new ArrayList<>();
        List<JsonNode> cancelled = new ArrayList<>();
        for (JsonNode t : tasks(inForce).get("items")) {
            if (!t.get("dueDate").isNull() && !t.get("dueDate").equals(t.get("originalDueDate"))) {
                moved.add(t);
            }
            if (t.get("status").asString().equals("CANCELLED")) {
                cancelled.add(t);
            }
        }
        assertThat(moved).isNotEmpty();
        assertThat(cancelled).isNotEmpty().allSatisfy(t -> assertThat(t.get("cancelReason").asString()).isNotBlank());
        var history = api.get("/api/v1/tasks/" + moved.get(0).get("id").asLong() + "/history", api.adminToken());
        assertThat(history.body()).contains("thuky");
        var directions = api.get("/api/v1/programs/" + inForce.get("id").asLong() + "/comments",
                api.token("lanhdao", PASSWORD));
        assertThat(directions.status()).isEqualTo(200);
        assertThat(directions.body()).contains("Bùi Thị Mai");
    }

    @Test
    void recordsEachReasonOnlyWithTheChangeItExplains() {
        for (JsonNode t : tasks(program("IN_FORCE")).get("items")) {
            String status = t.get("status").asString();
            boolean moved = !t.get("dueDate").isNull() && !t.get("dueDate").equals(t.get("originalDueDate"));
            JsonNode history = api.get("/api/v1/tasks/" + t.get("id").asLong() + "/history",
                    api.adminToken()).json().get("items");
            boolean anyReason = false;
            for (JsonNode entry : history) {
                anyReason |= !entry.get("reason").isNull();
            }
            assertThat(anyReason).as(t.get("title").asString()).isEqualTo(moved || status.equals("CANCELLED"));
        }
    }

    @Test
    void finishesLastYearsTasks() {
        JsonNode tasks = tasks(program("CLOSED"));
        assertThat(tasks.get("total").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(tasks.get("items")).allSatisfy(t -> assertThat(t.get("status").asString()).startsWith("DONE_"));
    }

    @Test
    void letsEveryDemoUserSignIn() {
        for (DemoProvince.DemoUser u : DemoProvince.USERS) {
            assertThat(api.token(u.username(), PASSWORD)).isNotBlank();
        }
    }

    @Test
    void letsTheFocalPointSeeTheProgramsOfTheirBody() {
        String token = api.token("daumoi.btc", PASSWORD);
        var r = api.get("/api/v1/programs", token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void addsNothingWhenRunAgain() throws Exception {
        long programs = programs().get("total").asLong();
        long tasks = tasks(program("IN_FORCE")).get("total").asLong();
        long bodies = api.get("/api/v1/organizations", api.adminToken()).json().get("total").asLong();
        long users = api.get("/api/v1/users?size=500", api.adminToken()).json().get("total").asLong();

        demoData.run(new DefaultApplicationArguments());

        assertThat(programs().get("total").asLong()).isEqualTo(programs);
        assertThat(tasks(program("IN_FORCE")).get("total").asLong()).isEqualTo(tasks);
        assertThat(api.get("/api/v1/organizations", api.adminToken()).json().get("total").asLong()).isEqualTo(bodies);
        assertThat(api.get("/api/v1/users?size=500", api.adminToken()).json().get("total").asLong()).isEqualTo(users);
    }
}
