package vn.phoihop.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Who may do what, over roles and bodies (API.md "Roles and scope"): each row is an actor, an action on a task
 * or program of the keeper body, and the status it must get.
 */
abstract class PermissionMatrixApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long keeper;
    long lead;
    long cooperating;
    long advising;
    long outsider;
    long program;
    long task;
    Map<String, Api.User> users;

    @BeforeEach
    void scene() {
        keeper = api.body("Văn phòng Tỉnh ủy");
        lead = api.body("Ban Tổ chức Tỉnh ủy");
        cooperating = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        advising = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        users = Map.of(
                "keeperSecretariat", api.user(keeper, "SECRETARIAT"),
                "otherSecretariat", api.user(outsider, "SECRETARIAT"),
                "leadFocal", api.user(lead, "FOCAL_POINT"),
                "coopFocal", api.user(cooperating, "FOCAL_POINT"),
                "advisingFocal", api.user(advising, "FOCAL_POINT"),
                "outsiderFocal", api.user(outsider, "FOCAL_POINT"),
                "keeperLeader", api.user(keeper, "LEADER"),
                "outsiderLeader", api.user(outsider, "LEADER"),
                "leadLeader", api.user(lead, "LEADER"));
        var p = api.post("/api/v1/programs", users.get("keeperSecretariat").token(), Map.of("title", "Chương trình",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", keeper))));
        program = p.id();
        task = api.post("/api/v1/programs/" + program + "/tasks", users.get("keeperSecretariat").token(),
                Map.of("title", "Nhiệm vụ", "leadOrganizationId", lead, "cooperatingOrganizationIds", List.of(cooperating),
                        "advisingOrganizationId", advising, "dueDate", TODAY.plusDays(30).toString())).id();
    }

    Api.Response as(String who, String method, String path, Object body) {
        String token = who.equals("admin") ? api.adminToken() : who.equals("nobody") ? null : users.get(who).token();
        return api.send(method, path, token, body, null);
    }

    Map<String, Object> progress(boolean completed) {
        return completed ? Map.of("reportedOn", TODAY.toString(), "percent", 100, "text", "Xong", "completed", true)
                : Map.of("reportedOn", TODAY.toString(), "percent", 50, "text", "Đang làm");
    }

    /** The list reads only the programs a body may see (Programs.visibleTo): keeper, party, or work in a task. */
    @Test
    void theProgramListShowsTheProgramToEveryBodyWithWorkInItAndToNoOther() {
        String path = "/api/v1/programs?year=" + TODAY.getYear();
        for (String who : List.of("keeperSecretariat", "keeperLeader", "leadFocal", "leadLeader", "coopFocal",
                "advisingFocal", "admin")) {
            var r = as(who, "GET", path, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("items").valueStream().map(x -> x.get("id").asLong()).toList()).as(who)
                    .contains(program);
        }
        for (String who : List.of("outsiderFocal", "outsiderLeader", "otherSecretariat")) {
            assertThat(as(who, "GET", path, null).json().get("items").valueStream().map(x -> x.get("id").asLong())
                    .toList()).as(who).doesNotContain(program);
        }
        assertThat(as("advisingFocal", "GET", "/api/v1/programs?year=" + (TODAY.getYear() - 1), null).json()
                .get("items").valueStream().map(x -> x.get("id").asLong()).toList()).doesNotContain(program);
    }

    @Test
    void progressIsForTheLeadAndCooperatingBodiesAndTheKeeper() {
        String path = "/api/v1/tasks/" + task + "/progress";
        assertThat(as("leadFocal", "POST", path, progress(false)).status()).isEqualTo(201);
        assertThat(as("coopFocal", "POST", path, progress(false)).status()).isEqualTo(201);
        assertThat(as("keeperSecretariat", "POST", path, progress(false)).status()).isEqualTo(201);
        assertThat(as("admin", "POST", path, progress(false)).status()).isEqualTo(201);
        assertThat(as("advisingFocal", "POST", path, progress(false)).status()).as("advising body sees, may not report")
                .isEqualTo(403);
        assertThat(as("leadLeader", "POST", path, progress(false)).status()).as("leaders do not edit").isEqualTo(403);
        assertThat(as("outsiderFocal", "POST", path, progress(false)).status()).as("outside scope: not even seen")
                .isEqualTo(404);
        assertThat(as("nobody", "POST", path, progress(false)).status()).isEqualTo(401);
    }

    @Test
    void onlyTheLeadBodyTheKeeperOrAdminMarkATaskCompleted() {
        String path = "/api/v1/tasks/" + task + "/progress";
        var refused = as("coopFocal", "POST", path, progress(true));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("chủ trì");
        assertThat(as("leadFocal", "GET", "/api/v1/tasks/" + task, null).text("status")).isEqualTo("NOT_STARTED");
        assertThat(as("leadFocal", "POST", path, progress(true)).status()).isEqualTo(201);
        assertThat(as("leadFocal", "GET", "/api/v1/tasks/" + task, null).text("status")).isEqualTo("DONE_ON_TIME");
    }

    @Test
    void focalPointsCannotCreateProgramsEvenWithAnInvalidBody() {
        assertThat(as("leadFocal", "POST", "/api/v1/programs", Map.of("title", "x", "year", TODAY.getYear(),
                "parties", List.of(Map.of("organizationId", lead)))).status()).isEqualTo(403);
        assertThat(as("leadFocal", "POST", "/api/v1/programs", Map.of("year", "not a year")).status()).isIn(400, 403);
        assertThat(as("leadFocal", "POST", "/api/v1/programs", Map.of()).status()).isEqualTo(403);
        assertThat(as("keeperLeader", "POST", "/api/v1/programs", Map.of()).status()).isEqualTo(403);
        assertThat(as("nobody", "POST", "/api/v1/programs", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aSecretariatMayNotCreateAProgramKeptByAnotherBody() {
        var r = as("otherSecretariat", "POST", "/api/v1/programs", Map.of("title", "x", "year", TODAY.getYear(),
                "keeperOrganizationId", keeper, "parties", List.of(Map.of("organizationId", keeper))));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void leadersReadAndCommentButDoNotEdit() {
        assertThat(as("keeperLeader", "GET", "/api/v1/programs/" + program, null).status()).isEqualTo(200);
        assertThat(as("leadLeader", "GET", "/api/v1/tasks/" + task, null).status()).isEqualTo(200);
        assertThat(as("keeperLeader", "POST", "/api/v1/tasks/" + task + "/comments", Map.of("text", "Chỉ đạo")).status())
                .isEqualTo(201);
        assertThat(as("keeperLeader", "PATCH", "/api/v1/tasks/" + task, Map.of("version", 0, "title", "x")).status())
                .isEqualTo(403);
        assertThat(as("keeperLeader", "POST", "/api/v1/programs/" + program + "/themes", Map.of("title", "x")).status())
                .isEqualTo(403);
        assertThat(as("keeperLeader", "POST", "/api/v1/tasks/" + task + "/deadline",
                Map.of("dueDate", "2030-01-01", "reason", "x")).status()).isEqualTo(403);
        assertThat(as("keeperLeader", "POST", "/api/v1/programs/" + program + "/sign", Map.of("signedOn", "2026-01-01"))
                .status()).isEqualTo(403);
        assertThat(as("outsiderLeader", "GET", "/api/v1/programs/" + program, null).status()).isEqualTo(404);
        assertThat(as("leadFocal", "POST", "/api/v1/tasks/" + task + "/comments", Map.of("text", "x")).status())
                .as("focal points do not give directions").isEqualTo(403);
    }

    @Test
    void onlyTheKeepersSecretariatEditsTasksAndPrograms() {
        String path = "/api/v1/tasks/" + task;
        assertThat(as("leadFocal", "PATCH", path, Map.of("version", 0, "title", "x")).status()).isEqualTo(403);
        assertThat(as("otherSecretariat", "PATCH", path, Map.of("version", 0, "title", "x")).status()).isEqualTo(404);
        assertThat(as("leadFocal", "POST", path + "/cancel", Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(as("leadFocal", "POST", "/api/v1/programs/" + program + "/tasks",
                Map.of("title", "x", "leadOrganizationId", lead)).status()).isEqualTo(403);
        assertThat(as("keeperSecretariat", "PATCH", path, Map.of("version", 0, "title", "Tên mới")).status())
                .isEqualTo(200);
    }

    @Test
    void bodiesSeeOnlyProgramsTheyTakePartIn() {
        var forAdvising = as("advisingFocal", "GET", "/api/v1/programs?year=" + TODAY.getYear(), null);
        assertThat(forAdvising.body()).contains("\"id\":" + program);
        // lead and co-operating bodies are not parties either: they see the program through its task
        assertThat(as("leadFocal", "GET", "/api/v1/programs?year=" + TODAY.getYear(), null).body())
                .contains("\"id\":" + program);
        assertThat(as("coopFocal", "GET", "/api/v1/programs", null).body()).contains("\"id\":" + program);
        assertThat(as("coopFocal", "GET", "/api/v1/programs?year=" + (TODAY.getYear() - 1), null).body())
                .doesNotContain("\"id\":" + program + ",");
        var forOutsider = as("outsiderFocal", "GET", "/api/v1/programs?year=" + TODAY.getYear(), null);
        assertThat(forOutsider.body()).doesNotContain("\"id\":" + program + ",");
        assertThat(as("outsiderFocal", "GET", "/api/v1/tasks/" + task, null).status()).isEqualTo(404);
        assertThat(as("outsiderFocal", "GET", "/api/v1/tasks/" + task + "/history", null).status()).isEqualTo(404);
    }

    @Test
    void administrationIsForAdminsOnly() {
        assertThat(as("keeperSecretariat", "POST", "/api/v1/organizations", Map.of("name", "x", "kind", "OTHER"))
                .status()).isEqualTo(403);
        assertThat(as("keeperSecretariat", "POST", "/api/v1/users", Map.of()).status()).isEqualTo(403);
        assertThat(as("keeperLeader", "GET", "/api/v1/users", null).status()).isEqualTo(403);
        assertThat(as("nobody", "GET", "/api/v1/organizations", null).status()).isEqualTo(401);
    }

    @Test
    void anInvalidOrRevokedTokenGets401() {
        assertThat(api.get("/api/v1/programs", "not-a-token").status()).isEqualTo(401);
        var user = api.user(keeper, "LEADER");
        assertThat(api.get("/api/v1/programs", user.token()).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/v1/auth/token", user.token(), null, null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/programs", user.token()).status()).isEqualTo(401);
        var wrong = api.post("/api/v1/auth/token", null, Map.of("username", user.username(), "password", "wrong-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() {
        long adminId = api.get("/api/v1/users/me", api.adminToken()).id();
        var r = api.post("/api/v1/users/" + adminId + "/deactivate", api.adminToken(), null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users/me", api.adminToken()).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void aDeactivatedUsersTokensStopWorking() {
        var user = api.user(keeper, "LEADER");
        assertThat(api.post("/api/v1/users/" + user.id() + "/deactivate", api.adminToken(), null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/programs", user.token()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/token", null, Map.of("username", user.username(), "password", user.password()))
                .status()).isEqualTo(401);
    }
}

@OnH2
class PermissionMatrixApiOnH2Test extends PermissionMatrixApiTests {
}

@OnPostgres
class PermissionMatrixApiOnPostgresTest extends PermissionMatrixApiTests {
}
