package vn.phoihop.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit_entry table, written inside the transaction whose changes it records. */
@Repository
class AuditEntries {

    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String actor, String entityType, long entityId, String action, List<AuditEntry.FieldChange> changes,
             String reason, String parentType, Long parentId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry.FieldChange c : changes) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("field", c.field());
            row.put("before", c.before());
            row.put("after", c.after());
            rows.add(row);
        }
        jdbc.update("insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes, reason,"
                        + " parent_type, parent_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), actor, entityType, entityId, action, json.writeValueAsString(rows),
                reason, parentType, parentId);
    }

    List<AuditEntry> history(String entityType, long entityId) {
        return jdbc.query("select id, occurred_at, actor, entity_type, entity_id, action, changes, reason"
                        + " from audit_entry where (entity_type = ? and entity_id = ?) or (parent_type = ? and parent_id = ?)"
                        + " order by id",
                (rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("entity_type"), rs.getLong("entity_id"),
                        rs.getString("action"), readChanges(rs.getString("changes")), rs.getString("reason")),
                entityType, entityId, entityType, entityId);
    }

    private List<AuditEntry.FieldChange> readChanges(String text) {
        if (text == null) {
            return List.of();
        }
        return json.readValue(text, CHANGES).stream()
                .map(m -> new AuditEntry.FieldChange((String) m.get("field"), m.get("before"), m.get("after")))
                .toList();
    }
}
