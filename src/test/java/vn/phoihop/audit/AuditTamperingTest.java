package vn.phoihop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.security.OnIsolatedH2;

/**
 * On H2 (no trigger) whoever edits the table directly is found out by the verification: it names the first entry
 * whose hash or link no longer holds. Runs on its own database so the broken chain disturbs no other test; each
 * test repairs what it broke.
 */
@OnIsolatedH2
class AuditTamperingTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifyCommand command;

    @Autowired
    JdbcTemplate jdbc;

    long event(String details) {
        trail.recordEvent("EXPORT", "tester", "program", 7L, details);
        return jdbc.queryForObject("select max(id) from audit_entry where details = ?", Long.class, details);
    }

    @Test
    void namesAnEntryChangedWithPlainSqlAsTheFirstBrokenOne() {
        event("before");
        long changed = event("to be changed");
        event("after");
        trail.link();
        assertThat(trail.verify().ok()).isTrue();

        jdbc.update("update audit_entry set actor = 'mallory' where id = ?", changed);
        AuditVerification broken = trail.verify();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.execute(new PrintStream(out, true, StandardCharsets.UTF_8));
        jdbc.update("update audit_entry set actor = 'tester' where id = ?", changed);

        assertThat(broken.ok()).isFalse();
        assertThat(broken.firstBrokenId()).isEqualTo(changed);
        assertThat(broken.problem()).isEqualTo("HASH");
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN (HASH) at entry " + changed);
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void findsADeletedEntryAtTheNextOne() {
        long deleted = event("to be deleted");
        long next = event("the next one");
        trail.link();
        Map<String, Object> saved = jdbc.queryForMap("select * from audit_entry where id = ?", deleted);

        jdbc.update("delete from audit_entry where id = ?", deleted);
        AuditVerification broken = trail.verify();
        jdbc.update("insert into audit_entry (id, occurred_at, actor, entity_type, entity_id, action, changes, reason,"
                        + " parent_type, parent_id, details, chain_position, previous_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", saved.get("id"), saved.get("occurred_at"),
                saved.get("actor"), saved.get("entity_type"), saved.get("entity_id"), saved.get("action"),
                saved.get("changes"), saved.get("reason"), saved.get("parent_type"), saved.get("parent_id"),
                saved.get("details"), saved.get("chain_position"), saved.get("previous_hash"), saved.get("hash"));

        assertThat(broken.ok()).isFalse();
        assertThat(broken.firstBrokenId()).isEqualTo(next);
        assertThat(broken.problem()).isEqualTo("GAP");
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void findsEntriesRemovedFromTheEnd() {
        event("the last but one");
        long last = event("the last one");
        trail.link();
        Map<String, Object> saved = jdbc.queryForMap("select * from audit_entry where id = ?", last);

        jdbc.update("delete from audit_entry where id = ?", last);
        AuditVerification broken = trail.verify();
        jdbc.update("insert into audit_entry (id, occurred_at, actor, entity_type, entity_id, action, changes, reason,"
                        + " parent_type, parent_id, details, chain_position, previous_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", saved.get("id"), saved.get("occurred_at"),
                saved.get("actor"), saved.get("entity_type"), saved.get("entity_id"), saved.get("action"),
                saved.get("changes"), saved.get("reason"), saved.get("parent_type"), saved.get("parent_id"),
                saved.get("details"), saved.get("chain_position"), saved.get("previous_hash"), saved.get("hash"));

        assertThat(broken.ok()).isFalse();
        assertThat(broken.problem()).isEqualTo("TRUNCATED");
        assertThat(trail.verify().ok()).isTrue();
    }
}
