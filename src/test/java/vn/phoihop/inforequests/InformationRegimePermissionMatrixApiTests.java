package vn.phoihop.inforequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Who may do what in the information regime of a program (API.md "Roles and scope"): each row is an actor, an
 * action and the status it must get. The program is kept by the office; bodies A and B are parties; C is a
 * party that is neither sender nor recipient of the requests; the outsider takes no part.
 */
abstract class InformationRegimePermissionMatrixApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final LocalDate THIS_MONTH = YearMonth.from(TODAY).atDay(1);

    long office;
    long bodyA;
    long bodyB;
    long bodyC;
    long outsider;
    long program;
    Map<String, Api.User> users;

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        bodyA = api.body("Ban Tổ chức Tỉnh ủy");
        bodyB = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        bodyC = api.body("Ủy ban Kiểm tra Tỉnh ủy");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        users = new LinkedHashMap<>();
        users.put("officeSecretariat", api.user(office, "SECRETARIAT"));
        users.put("officeLeader", api.user(office, "LEADER"));
        users.put("focalA", api.user(bodyA, "FOCAL_POINT"));
        users.put("secretariatA", api.user(bodyA, "SECRETARIAT"));
        users.put("leaderA", api.user(bodyA, "LEADER"));
        users.put("focalB", api.user(bodyB, "FOCAL_POINT"));
        users.put("leaderB", api.user(bodyB, "LEADER"));
        users.put("focalC", api.user(bodyC, "FOCAL_POINT"));
        users.put("outsiderFocal", api.user(outsider, "FOCAL_POINT"));
        users.put("outsiderSecretariat", api.user(outsider, "SECRETARIAT"));
        program = api.post("/api/v1/programs", users.get("officeSecretariat").token(), Map.of(
                "title", "Chương trình phối hợp công tác cán bộ", "year", TODAY.getYear(),
                "parties", List.of(Map.of("organizationId", bodyA), Map.of("organizationId", bodyB),
                        Map.of("organizationId", bodyC)))).id();
    }

    Api.Response as(String who, String method, String path, Object body) {
        String token = who.equals("admin") ? api.adminToken() : who.equals("nobody") ? null : users.get(who).token();
        return api.send(method, path, token, body, null);
    }

    long requestFromAToB() {
        return as("focalA", "POST", "/api/v1/info-requests", Map.of("programId", program, "fromOrganizationId", bodyA,
                "toOrganizationId", bodyB, "subject", "Đề nghị", "content", "Nội dung", "sentOn", TODAY.toString())).id();
    }

    @Test
    void aBodyAnswersOnlyRequestsAddressedToIt() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("focalA", 403);
        expected.put("leaderB", 403);
        expected.put("officeLeader", 403);
        expected.put("secretariatA", 403);
        expected.put("focalC", 404);
        expected.put("outsiderFocal", 404);
        expected.put("nobody", 401);
        expected.put("focalB", 200);
        expected.put("officeSecretariat", 200);
        expected.put("admin", 200);
        expected.forEach((who, status) -> {
            long id = requestFromAToB();
            var r = as(who, "POST", "/api/v1/info-requests/" + id + "/answer",
                    Map.of("answeredOn", TODAY.toString(), "content", "Trả lời"));
            assertThat(r.status()).as(who).isEqualTo(status);
        });
    }

    @Test
    void theSenderRecipientKeeperAndAdministratorsSeeARequestAndNobodyElse() {
        long id = requestFromAToB();
        String path = "/api/v1/info-requests/" + id;
        for (String who : List.of("focalA", "leaderA", "focalB", "leaderB", "officeLeader", "officeSecretariat", "admin")) {
            assertThat(as(who, "GET", path, null).status()).as(who).isEqualTo(200);
        }
        for (String who : List.of("focalC", "outsiderFocal", "outsiderSecretariat")) {
            assertThat(as(who, "GET", path, null).status()).as(who).isEqualTo(404);
        }
    }

    @Test
    void aFocalPointOrSecretariatSendsOnlyForItsOwnBody() {
        Map<String, Object> fromA = Map.of("fromOrganizationId", bodyA, "toOrganizationId", bodyB, "subject", "x",
                "content", "y");
        assertThat(as("focalA", "POST", "/api/v1/info-requests", fromA).status()).isEqualTo(201);
        assertThat(as("secretariatA", "POST", "/api/v1/info-requests", fromA).status()).isEqualTo(201);
        assertThat(as("admin", "POST", "/api/v1/info-requests", fromA).status()).isEqualTo(201);
        assertThat(as("focalB", "POST", "/api/v1/info-requests", fromA).status()).isEqualTo(403);
        assertThat(as("officeSecretariat", "POST", "/api/v1/info-requests", fromA).status()).isEqualTo(403);
        assertThat(as("leaderA", "POST", "/api/v1/info-requests", fromA).status()).isEqualTo(403);
        assertThat(as("leaderA", "POST", "/api/v1/info-requests", Map.of()).status())
                .as("permission before validation").isEqualTo(403);
        assertThat(as("nobody", "POST", "/api/v1/info-requests", fromA).status()).isEqualTo(401);
    }

    @Test
    void onlyTheKeepersSecretariatEditsTheRegulation() {
        String path = "/api/v1/programs/" + program + "/regulation";
        Map<String, Object> body = Map.of("reportCadence", "MONTHLY", "reportDueDay", 10,
                "infoRequestResponseDays", 7, "reviewIntervalMonths", 6);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("officeLeader", 403);
        expected.put("focalA", 403);
        expected.put("secretariatA", 403);
        expected.put("leaderB", 403);
        expected.put("outsiderSecretariat", 404);
        expected.put("nobody", 401);
        expected.put("officeSecretariat", 200);
        expected.put("admin", 200);
        expected.forEach((who, status) -> assertThat(as(who, "PUT", path, body).status()).as(who).isEqualTo(status));
        for (String who : List.of("focalA", "leaderB", "focalC", "officeLeader")) {
            assertThat(as(who, "GET", path, null).status()).as(who).isEqualTo(200);
        }
        assertThat(as("outsiderFocal", "GET", path, null).status()).isEqualTo(404);
    }

    @Test
    void aFocalPointSubmitsPeriodicReportsOnlyForItsOwnBody() {
        String path = "/api/v1/programs/" + program + "/periodic-reports";
        as("officeSecretariat", "PUT", "/api/v1/programs/" + program + "/regulation", Map.of("reportCadence",
                "MONTHLY", "reportDueDay", 15, "infoRequestResponseDays", 5, "reviewIntervalMonths", 6));
        java.util.function.Function<Long, Map<String, Object>> report = body -> Map.of("organizationId", body,
                "periodStart", THIS_MONTH.toString(), "text", "Báo cáo tháng");
        assertThat(as("focalA", "POST", path, report.apply(bodyB)).status()).isEqualTo(403);
        assertThat(as("focalB", "POST", path, report.apply(bodyA)).status()).isEqualTo(403);
        assertThat(as("secretariatA", "POST", path, report.apply(bodyA)).status())
                .as("a party's secretariat is not its focal point").isEqualTo(403);
        assertThat(as("leaderA", "POST", path, report.apply(bodyA)).status()).isEqualTo(403);
        assertThat(as("outsiderFocal", "POST", path, report.apply(outsider)).status()).isEqualTo(404);
        assertThat(as("nobody", "POST", path, report.apply(bodyA)).status()).isEqualTo(401);
        assertThat(as("focalA", "POST", path, report.apply(bodyA)).status()).isEqualTo(201);
        assertThat(as("focalB", "POST", path, report.apply(bodyB)).status()).isEqualTo(201);
        assertThat(as("officeSecretariat", "POST", path, report.apply(bodyC)).status()).isEqualTo(201);
        assertThat(as("focalC", "GET", path, null).status()).isEqualTo(200);
        assertThat(as("outsiderFocal", "GET", path, null).status()).isEqualTo(404);
    }
}

@OnH2
class InformationRegimePermissionMatrixApiOnH2Test extends InformationRegimePermissionMatrixApiTests {
}

@OnPostgres
class InformationRegimePermissionMatrixApiOnPostgresTest extends InformationRegimePermissionMatrixApiTests {
}
