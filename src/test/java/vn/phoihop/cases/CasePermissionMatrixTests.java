package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Who may do what with a case (API.md "Roles and scope"), for each kind: body A handles the case, body S supervises it
 * by assignment, body B handles other cases, body T supervises nothing of A's.
 */
abstract class CasePermissionMatrixTests extends ApiIntegrationTest {

    long bodyA;
    long bodyS;
    Map<String, Api.User> users;
    String name;

    @BeforeEach
    void scene() {
        bodyA = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        long bodyB = api.body("Sở Tài nguyên và Môi trường", "SPECIALIST_AGENCY");
        bodyS = api.body("Ban Nội chính Tỉnh ủy");
        long bodyT = api.body("Ủy ban Kiểm tra Tỉnh ủy");
        users = new LinkedHashMap<>();
        users.put("handlerA", api.user(bodyA, "CASE_HANDLER"));
        users.put("leaderA", api.user(bodyA, "LEADER"));
        users.put("focalA", api.user(bodyA, "FOCAL_POINT"));
        users.put("handlerB", api.user(bodyB, "CASE_HANDLER"));
        users.put("leaderB", api.user(bodyB, "LEADER"));
        users.put("supervisorS", api.user(bodyS, "SUPERVISOR"));
        users.put("leaderS", api.user(bodyS, "LEADER"));
        users.put("supervisorT", api.user(bodyT, "SUPERVISOR"));
        name = Api.unique("Lê Văn Matrận");
    }

    Api.Response as(String who, String method, String path, Object body) {
        String token = who.equals("admin") ? api.adminToken() : who.equals("nobody") ? null : users.get(who).token();
        return api.send(method, path, token, body, null);
    }

    long newCase(String kind) {
        long id = as("handlerA", "POST", "/api/v1/cases", CasesApiTests.caseBody(kind, null, "2026-02-11", bodyA,
                "COMPLEX", false, name)).id();
        assertThat(as("handlerA", "POST", "/api/v1/cases/" + id + "/supervisors", Map.of("organizationId", bodyS))
                .status()).isEqualTo(201);
        return id;
    }

    @Test
    void readingACaseAndItsIdentityFollowTheBodyTheRoleAndTheKind() {
        for (String kind : new String[]{"COMPLAINT", "DENUNCIATION", "PETITION"}) {
            long id = newCase(kind);
            Map<String, Integer> status = new LinkedHashMap<>();
            status.put("handlerA", 200);
            status.put("leaderA", 200);
            status.put("focalA", 404);
            status.put("handlerB", 404);
            status.put("leaderB", 404);
            status.put("supervisorS", 200);
            status.put("leaderS", 200);
            status.put("supervisorT", 404);
            status.put("admin", 200);
            status.put("nobody", 401);
            status.forEach((who, expected) -> {
                Api.Response r = as(who, "GET", "/api/v1/cases/" + id, null);
                assertThat(r.status()).as(kind + " read by " + who).isEqualTo(expected);
                if (expected == 200) {
                    boolean identity = kind.equals("DENUNCIATION") ? who.equals("handlerA") : true;
                    assertThat(r.body().contains(name)).as(kind + " identity for " + who).isEqualTo(identity);
                    assertThat(r.json().get("citizen").has("masked")).isEqualTo(!identity);
                }
            });
        }
    }

    @Test
    void onlyTheHandlingBodysHandlersAndAdministratorsActOnACase() {
        for (String kind : new String[]{"COMPLAINT", "DENUNCIATION"}) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("leaderA", 403);
            expected.put("supervisorS", 403);
            expected.put("leaderS", 403);
            expected.put("handlerB", 404);
            expected.put("focalA", 404);
            expected.put("handlerA", 200);
            expected.put("admin", 200);
            expected.forEach((who, code) -> {
                long id = newCase(kind);
                assertThat(as(who, "POST", "/api/v1/cases/" + id + "/accept", Map.of("acceptedOn", "2026-02-12"))
                        .status()).as(kind + " accepted by " + who).isEqualTo(code);
            });
        }
    }

    @Test
    void onlySupervisorsOfASupervisingBodyWriteSupervisionNotes() {
        long id = newCase("DENUNCIATION");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("supervisorS", 201);
        expected.put("admin", 201);
        expected.put("handlerA", 403);
        expected.put("leaderA", 403);
        expected.put("leaderS", 403);
        expected.put("supervisorT", 404);
        expected.forEach((who, code) -> assertThat(as(who, "POST", "/api/v1/cases/" + id + "/notes",
                Map.of("text", "Đề nghị khẩn trương xác minh.")).status()).as("note by " + who).isEqualTo(code));
        assertThat(as("handlerA", "GET", "/api/v1/cases/" + id, null).json().get("notes").size()).isEqualTo(2);
    }

    @Test
    void onlyHandlersRegisterCasesAndOnlyForTheirOwnBody() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("handlerA", 201);
        expected.put("handlerB", 403);
        expected.put("leaderA", 403);
        expected.put("focalA", 403);
        expected.put("supervisorS", 403);
        expected.put("admin", 201);
        expected.put("nobody", 401);
        expected.forEach((who, code) -> assertThat(as(who, "POST", "/api/v1/cases", CasesApiTests.caseBody(
                "DENUNCIATION", null, "2026-02-11", bodyA, "NORMAL", false, name)).status())
                .as("registered by " + who).isEqualTo(code));
    }

    @Test
    void listsShowEachActorOnlyTheCasesTheyMaySee() {
        long id = newCase("DENUNCIATION");
        Map<String, Boolean> sees = new LinkedHashMap<>();
        sees.put("handlerA", true);
        sees.put("leaderA", true);
        sees.put("supervisorS", true);
        sees.put("admin", true);
        sees.put("focalA", false);
        sees.put("handlerB", false);
        sees.put("supervisorT", false);
        sees.forEach((who, visible) -> {
            Api.Response r = as(who, "GET", "/api/v1/cases?size=500", null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("items").findValues("id").stream().anyMatch(n -> n.asLong() == id))
                    .as("list of " + who).isEqualTo(visible);
            assertThat(r.body()).doesNotContain(name);
        });
    }
}

@OnH2
class CasePermissionMatrixOnH2Test extends CasePermissionMatrixTests {
}

@OnPostgres
class CasePermissionMatrixOnPostgresTest extends CasePermissionMatrixTests {
}
