package vn.phoihop.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit_entry table, written inside the transaction whose changes it records. */
@Repository
class AuditEntries {

    static final String COLUMNS = "id, occurred_at, actor, entity_type, entity_id, action, changes, reason,"
            + " parent_type, parent_id, details";

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RowMapper<AuditEntry> entry = this::entry;

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String actor, String entityType, Long entityId, String action, List<AuditEntry.FieldChange> changes,
             String reason, String parentType, Long parentId) {
        insert(actor, entityType, entityId, action, changesJson(changes), reason, parentType, parentId, null);
    }

    /** The changes as stored: a JSON array of {field, before, after}. */
    String changesJson(List<AuditEntry.FieldChange> changes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry.FieldChange c : changes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", c.field());
            row.put("before", c.before());
            row.put("after", c.after());
            rows.add(row);
        }
        return json.writeValueAsString(rows);
    }

    /**
     * An entry of the past as it will be stored (not yet placed: no id, no position), cut to the column sizes like
     * every entry; {@code at} to the microsecond, what both databases keep.
     */
    AuditChain.Row past(AuditTrail.PastEntry e) {
        return new AuditChain.Row(0, e.at().truncatedTo(ChronoUnit.MICROS), cut(e.actor(), 100), cut(e.entityType(), 50),
                e.entityId(), cut(e.action(), 40), e.changes() == null ? null : changesJson(e.changes()),
                cut(e.reason(), 2000), e.parentType(), e.parentId(), cut(e.details(), 2000), null, null, null);
    }

    void event(String kind, String actor, String entityType, Long entityId, String details) {
        insert(actor, entityType, entityId, kind, null, null, null, null, details);
    }

    private void insert(String actor, String entityType, Long entityId, String action, String changes, String reason,
                        String parentType, Long parentId, String details) {
        // Microseconds: what both databases keep, so the hash is computed over exactly what is stored.
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        jdbc.update("insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes, reason,"
                        + " parent_type, parent_id, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                now, cut(actor, 100), cut(entityType, 50), entityId, cut(action, 40), changes, cut(reason, 2000),
                parentType, parentId, cut(details, 2000));
    }

    List<AuditEntry> history(String entityType, long entityId) {
        return jdbc.query("select " + COLUMNS + " from audit_entry where (entity_type = ? and entity_id = ?)"
                + " or (parent_type = ? and parent_id = ?) order by id", entry, entityType, entityId, entityType, entityId);
    }

    /** One page of the entries the filter selects, newest first, and how many there are in all. */
    Page search(AuditFilter filter, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.entityType() != null && filter.entityId() != null) {
            where.append(" and ((entity_type = ? and entity_id = ?) or (parent_type = ? and parent_id = ?))");
            args.addAll(List.of(filter.entityType(), filter.entityId(), filter.entityType(), filter.entityId()));
        } else if (filter.entityType() != null) {
            where.append(" and entity_type = ?");
            args.add(filter.entityType());
        } else if (filter.entityId() != null) {
            where.append(" and entity_id = ?");
            args.add(filter.entityId());
        }
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            args.add(filter.actor());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(filter.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(offset);
        paged.add(limit);
        List<AuditEntry> items = jdbc.query("select " + COLUMNS + " from audit_entry" + where
                + " order by id desc offset ? rows fetch next ? rows only", entry, paged.toArray());
        return new Page(items, total);
    }

    record Page(List<AuditEntry> items, long total) {
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long entityId = rs.getLong("entity_id");
        Long maybeEntityId = rs.wasNull() ? null : entityId;
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("entity_type"), maybeEntityId,
                rs.getString("action"), readChanges(rs.getString("changes")), rs.getString("reason"),
                rs.getString("details"));
    }

    private List<AuditEntry.FieldChange> readChanges(String text) {
        if (text == null) {
            return List.of();
        }
        return json.readValue(text, CHANGES).stream()
                .map(m -> new AuditEntry.FieldChange((String) m.get("field"), m.get("before"), m.get("after")))
                .toList();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
