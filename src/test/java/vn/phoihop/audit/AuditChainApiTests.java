package vn.phoihop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * The audit trail is chained by hashes, searchable by administrators only, and records sign-ins and refusals as well
 * as changes (issue 13). Tampering is tested on an isolated database ({@code AuditTamperingTest}) and, on
 * PostgreSQL, refused by the database itself.
 */
abstract class AuditChainApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifyCommand command;

    Map<String, Object> row(String type, long id) {
        return jdbc.queryForMap("select id, chain_position, previous_hash, hash from audit_entry where entity_type = ?"
                + " and entity_id = ? order by id fetch first 1 rows only", type, id);
    }

    List<JsonNode> items(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        return items;
    }

    @Test
    void linksEveryEntryToThePreviousOneWithinSecondsWithoutBeingAsked() throws InterruptedException {
        long body = api.body("Ban Dân vận Tỉnh ủy");
        long deadline = System.currentTimeMillis() + 10_000;
        while (row("organization", body).get("hash") == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Map<String, Object> entry = row("organization", body);
        assertThat((String) entry.get("hash")).hasSize(64).matches("[0-9a-f]+");
        long position = ((Number) entry.get("chain_position")).longValue();
        if (position > 1) {
            String previous = jdbc.queryForObject("select hash from audit_entry where chain_position = ?", String.class,
                    position - 1);
            assertThat(entry.get("previous_hash")).isEqualTo(previous);
        }
    }

    @Test
    void verifiesTheWholeChainOverTheApi() {
        api.body("Ban Tuyên giáo Tỉnh ủy");
        var r = api.get("/api/v1/audit/verify", api.adminToken());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("ok").asBoolean()).as(r.body()).isTrue();
        assertThat(r.json().get("checked").asLong()).isPositive();
        assertThat(r.json().has("firstBrokenId")).isTrue();
        assertThat(r.json().get("firstBrokenId").isNull()).isTrue();
    }

    @Test
    void linksOnDemandAndTheVerifyCommandExitsWithZero() {
        trail.recordEvent("EXPORT", "admin", "program", 42L, "format=xlsx");
        assertThat(api.post("/api/v1/audit/link", api.adminToken(), null).status()).isEqualTo(200);
        Long unlinkedBefore = jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and"
                + " details = 'format=xlsx' and hash is null", Long.class);
        assertThat(unlinkedBefore).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.execute(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit-verify: OK");
        assertThat(AuditVerifyCommand.requested(new DefaultApplicationArguments("audit-verify"))).isTrue();
        assertThat(AuditVerifyCommand.requested(new DefaultApplicationArguments("--audit-verify"))).isTrue();
        assertThat(AuditVerifyCommand.requested(new DefaultApplicationArguments("--server.port=0"))).isFalse();
    }

    @Test
    void searchesByResourceActorAndInclusiveDaysInVietnameseTime() {
        long office = api.body("Văn phòng Tỉnh ủy");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình phối hợp",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", office)))).id();
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(),
                Map.of("title", "Nhiệm vụ", "leadOrganizationId", office)).id();

        var byProgram = items(api.get("/api/v1/audit?entityType=program&entityId=" + program, api.adminToken()));
        assertThat(byProgram).isNotEmpty().allSatisfy(i -> assertThat(
                i.get("entityType").asString().equals("program") && i.get("entityId").asLong() == program
                        || i.get("entityType").asString().matches("party|theme|direction")).isTrue());
        assertThat(byProgram).anySatisfy(i -> assertThat(i.get("action").asString()).isEqualTo("CREATE"));

        var byActor = api.get("/api/v1/audit?actor=" + secretariat.username() + "&size=500", api.adminToken());
        assertThat(items(byActor)).extracting(i -> i.get("actor").asString()).containsOnly(secretariat.username());
        assertThat(items(byActor)).extracting(i -> i.get("entityType").asString() + ":" + i.get("action").asString())
                .contains("program:CREATE", "task:CREATE", "login:LOGIN_SUCCESS");
        assertThat(byActor.json().get("total").asLong()).isEqualTo(items(byActor).size());

        String typeAndId = "/api/v1/audit?entityType=task&entityId=" + task;
        assertThat(items(api.get(typeAndId + "&from=" + TODAY + "&to=" + TODAY, api.adminToken()))).isNotEmpty();
        assertThat(items(api.get(typeAndId + "&from=" + TODAY.plusDays(1), api.adminToken()))).isEmpty();
        assertThat(items(api.get(typeAndId + "&to=" + TODAY.minusDays(1), api.adminToken()))).isEmpty();
        assertThat(api.get("/api/v1/audit?from=yesterday", api.adminToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/audit?size=501", api.adminToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/audit?from=" + TODAY + "&to=" + TODAY.minusDays(2), api.adminToken()).status())
                .isEqualTo(400);
    }

    @Test
    void keepsMaskedValuesMasked() {
        long office = api.body("Văn phòng");
        Api.User user = api.user(office, "LEADER");
        var entries = api.get("/api/v1/audit?entityType=user&entityId=" + user.id(), api.adminToken());
        assertThat(entries.body()).contains("\"field\":\"passwordHash\"").contains("\"after\":\"***\"")
                .doesNotContain("{bcrypt}").doesNotContain(user.password());
    }

    @Test
    void recordsSignInsFailuresAndRefusalsOfTheApiAndPages() {
        long office = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        Api.User focal = api.user(office, "FOCAL_POINT");
        assertThat(api.post("/api/v1/auth/token", null, Map.of("username", focal.username(), "password", "sai-mat-khau"))
                .status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users", focal.token()).status()).isEqualTo(403);
        Browser browser = Browser.signedIn(port, focal.username(), focal.password());
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
        assertThat(browser.get("/audit").status()).isEqualTo(403);

        var mine = items(api.get("/api/v1/audit?actor=" + focal.username(), api.adminToken()));
        List<String> kinds = mine.stream().map(i -> i.get("action").asString()).toList();
        assertThat(kinds).contains("LOGIN_SUCCESS", "LOGIN_FAILURE", "ACCESS_DENIED");
        assertThat(mine).filteredOn(i -> i.get("action").asString().equals("LOGIN_SUCCESS"))
                .extracting(i -> i.get("details").asString()).anyMatch(d -> d.contains("via=api"))
                .anyMatch(d -> d.contains("via=page"));
        assertThat(mine).filteredOn(i -> i.get("action").asString().equals("ACCESS_DENIED"))
                .extracting(i -> i.get("details").asString())
                .contains("GET /api/v1/users address=127.0.0.1", "GET /admin/users address=127.0.0.1",
                        "GET /audit address=127.0.0.1");
    }

    @Test
    void refusesTheAuditToEveryoneButAdministrators() {
        long office = api.body("Văn phòng");
        Api.User secretariat = api.user(office, "SECRETARIAT", "LEADER");
        assertThat(api.get("/api/v1/audit", secretariat.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit/verify", secretariat.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/audit/link", secretariat.token(), null).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", null).status()).isEqualTo(401);
        Browser browser = Browser.signedIn(port, secretariat.username(), secretariat.password());
        assertThat(browser.get("/audit").status()).isEqualTo(403);
        assertThat(browser.get("/audit/verify").status()).isEqualTo(403);
    }

    @Test
    void showsTheAuditPageWithFiltersAndTheIntegrityCheck() {
        long office = api.body("Ban Kinh tế");
        Api.User leader = api.user(office, "LEADER");
        Browser admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);

        Browser.Page page = admin.get("/audit?actor=" + leader.username());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký hệ thống", leader.username(), "LOGIN_SUCCESS", "login #" + leader.id());
        Browser.Page byUser = admin.get("/audit?entityType=user&entityId=" + leader.id());
        assertThat(byUser.body()).contains("passwordHash: ∅ → ***", "user #" + leader.id());
        assertThat(admin.get("/audit?from=abc").body()).contains("id=\"from-error\"");

        Browser.Page verify = admin.get("/audit/verify");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body()).contains("Chuỗi nhật ký nguyên vẹn");
    }
}

@OnH2
class AuditChainApiOnH2Test extends AuditChainApiTests {
}

@OnPostgres
class AuditChainApiOnPostgresTest extends AuditChainApiTests {

    @Test
    void thePostgresTriggerRefusesToChangeOrRemoveAnEntry() {
        long body = api.body("Ban Nội chính");
        trail.link();
        long id = jdbc.queryForObject("select id from audit_entry where entity_type = 'organization' and entity_id = ?",
                Long.class, body);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class).rootCause()
                .hasMessageContaining("audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set hash = null, chain_position = null,"
                + " previous_hash = null where id = ?", id)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class).rootCause()
                .hasMessageContaining("audit_entry is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_entry")).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id)).isEqualTo("admin");
        assertThat(trail.verify().ok()).isTrue();
    }
}
