package vn.phoihop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** Every change in every module lands in the audit trail through the one listener; protected values never do. */
abstract class AuditTrailApiTests extends ApiIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    List<Map<String, Object>> entries(String type, long id) {
        return jdbc.queryForList("select actor, action, changes, reason from audit_entry where entity_type = ? and"
                + " entity_id = ? order by id", type, id);
    }

    @Test
    void recordsWhoCreatedABodyWithItsValues() {
        long body = api.body("Ban Nội chính Tỉnh ủy");
        var rows = entries("organization", body);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor")).isEqualTo("admin");
        assertThat(rows.get(0).get("action")).isEqualTo("CREATE");
        assertThat((String) rows.get(0).get("changes")).contains("Ban Nội chính Tỉnh ủy").contains("PARTY_BOARD");
    }

    @Test
    void recordsBeforeAndAfterOfAnUpdateIncludingCollections() {
        long office = api.body("Văn phòng");
        long a = api.body("Sở A");
        long b = api.body("Sở B");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "CT", "year", 2026,
                "parties", List.of(Map.of("organizationId", office)))).id();
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(),
                Map.of("title", "Tên cũ", "leadOrganizationId", office, "cooperatingOrganizationIds", List.of(a))).id();
        api.patch("/api/v1/tasks/" + task, secretariat.token(), Map.of("version", 0, "title", "Tên mới",
                "cooperatingOrganizationIds", List.of(b)));
        var rows = entries("task", task);
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("actor")).isEqualTo(secretariat.username()));
        String changes = rows.get(1).get("changes") + " " + rows.get(2).get("changes");
        assertThat(changes).contains("\"field\":\"title\"").contains("\"before\":\"Tên cũ\"").contains("\"after\":\"Tên mới\"");
        assertThat(changes).contains("cooperatingOrganizationIds").contains("[\"" + a + "\"]").contains("[\"" + b + "\"]");
    }

    @Test
    void neverWritesAPasswordHashInClear() {
        long office = api.body("Văn phòng");
        Api.User user = api.user(office, "LEADER");
        var rows = entries("user", user.id());
        assertThat(rows).hasSize(1);
        String changes = (String) rows.get(0).get("changes");
        assertThat(changes).contains("\"field\":\"passwordHash\"").contains("\"after\":\"***\"")
                .doesNotContain("{bcrypt}").doesNotContain(user.password());
    }

    @Test
    void aFailedChangeLeavesNoAuditEntry() {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        var r = api.post("/api/v1/organizations", api.adminToken(), Map.of("kind", "OTHER"));
        assertThat(r.status()).isEqualTo(400);
        long office = api.body("Văn phòng");
        long after = jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'organization'"
                + " and entity_id = ?", Long.class, office);
        assertThat(after).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isGreaterThan(before);
    }

    @Test
    void theTaskHistoryShowsProgressDeadlineChangesWithReasonsAndDirections() {
        long office = api.body("Văn phòng");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        Api.User leader = api.user(office, "LEADER");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "CT", "year", 2026,
                "parties", List.of(Map.of("organizationId", office)))).id();
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(),
                Map.of("title", "Nhiệm vụ", "leadOrganizationId", office, "dueDate", "2026-06-30")).id();
        api.post("/api/v1/tasks/" + task + "/progress", secretariat.token(),
                Map.of("reportedOn", "2026-01-10", "percent", 20, "text", "Bắt đầu"));
        api.post("/api/v1/tasks/" + task + "/deadline", secretariat.token(),
                Map.of("dueDate", "2026-09-30", "reason", "Theo Kết luận của Thường trực"));
        api.post("/api/v1/tasks/" + task + "/comments", leader.token(), Map.of("text", "Đẩy nhanh tiến độ"));
        var history = api.get("/api/v1/tasks/" + task + "/history", secretariat.token());
        assertThat(history.status()).isEqualTo(200);
        var items = history.json().get("items");
        assertThat(history.json().get("total").asInt()).isEqualTo(items.size());
        List<String> types = new java.util.ArrayList<>();
        items.forEach(i -> types.add(i.get("entityType").asString() + ":" + i.get("action").asString()));
        assertThat(types).contains("task:CREATE", "progress:CREATE", "deadline:CREATE", "task:UPDATE",
                "direction:CREATE");
        assertThat(history.body()).contains("Theo Kết luận của Thường trực").contains("2026-06-30")
                .contains("2026-09-30").contains(leader.username());
    }
}

@OnH2
class AuditTrailApiOnH2Test extends AuditTrailApiTests {
}

@OnPostgres
class AuditTrailApiOnPostgresTest extends AuditTrailApiTests {
}
