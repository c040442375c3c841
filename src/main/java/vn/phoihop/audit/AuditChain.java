package vn.phoihop.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The single chain writer and its checker. Entries are inserted unlinked inside the business transaction (so the
 * audit never serialises the application); within about a second the linker, holding the lock on the one-row
 * {@code audit_chain_head} so that two nodes never link at once, gives each committed entry, in id order, the next
 * position, the previous entry's hash and its own: SHA-256 over a canonical JSON array of its fields, its position
 * and the previous hash. Changing, removing or reordering any linked entry breaks the chain at that entry.
 */
@Component
class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 500;
    private static final int ATTEMPTS = 5;
    // A first start on a large existing trail links it in transactions of bounded size.
    private static final int BATCHES_PER_TRANSACTION = 20;

    /** An entry as stored, with its place in the chain (null while unlinked). */
    record Row(long id, Instant occurredAt, String actor, String entityType, Long entityId, String action,
               String changes, String reason, String parentType, Long parentId, String details, Long position,
               String previousHash, String hash) {
    }

    private record Head(long position, String hash) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
    }

    @Scheduled(fixedDelayString = "${phoihop.audit.link-interval:1000}", initialDelayString = "${phoihop.audit.link-interval:1000}")
    void linkPending() {
        try {
            link();
        } catch (DataAccessException e) {
            // The next run links what this one could not; a node shutting down or another node's lock are expected.
            log.debug("Audit chain not linked this time: {}", e.getMessage());
        }
    }

    /** Links every committed unlinked entry, a bounded number per transaction; answers how many were linked. */
    int link() {
        int total = 0;
        int linked;
        do {
            linked = linkOnce();
            total += linked;
        } while (linked == BATCH * BATCHES_PER_TRANSACTION);
        return total;
    }

    private int linkOnce() {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer linked = writing.execute(status -> linkUnderLock());
                return linked == null ? 0 : linked;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(50L * attempt);
            }
        }
    }

    private int linkUnderLock() {
        Head head = jdbc.queryForObject("select last_position, last_hash from audit_chain_head where id = 1 for update",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        long position = head.position();
        String previous = head.hash();
        int linked = 0;
        for (int batch = 0; batch < BATCHES_PER_TRANSACTION; batch++) {
            List<Row> rows = jdbc.query("select " + AuditEntries.COLUMNS + ", chain_position, previous_hash, hash"
                    + " from audit_entry where chain_position is null order by id fetch first " + BATCH + " rows only",
                    AuditChain::row);
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> updates = new ArrayList<>(rows.size());
            for (Row r : rows) {
                position++;
                String hash = hash(r, position, previous);
                updates.add(new Object[] {position, previous, hash, r.id()});
                previous = hash;
            }
            jdbc.batchUpdate("update audit_entry set chain_position = ?, previous_hash = ?, hash = ?"
                            + " where id = ? and chain_position is null", updates,
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT});
            linked += rows.size();
            if (rows.size() < BATCH) {
                break;
            }
        }
        if (linked > 0) {
            jdbc.update("update audit_chain_head set last_position = ?, last_hash = ? where id = 1", position, previous);
        }
        return linked;
    }

    /**
     * Appends entries at the end of the chain, linked, under the lock on the head: first links what is pending, then
     * gives the entries the next ids (the identity is moved past them) and positions and their hashes.
     */
    int append(List<Row> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Integer appended = writing.execute(status -> {
            int linked;
            do {
                linked = linkUnderLock();
            } while (linked == BATCH * BATCHES_PER_TRANSACTION);
            Head head = jdbc.queryForObject("select last_position, last_hash from audit_chain_head where id = 1"
                    + " for update", (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
            Long max = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
            long id = max == null ? 1 : max + 1;
            long position = head.position();
            String previous = head.hash();
            List<Object[]> inserts = new ArrayList<>(rows.size());
            for (Row r : rows) {
                position++;
                Row placed = new Row(id++, r.occurredAt(), r.actor(), r.entityType(), r.entityId(), r.action(),
                        r.changes(), r.reason(), r.parentType(), r.parentId(), r.details(), position, previous, null);
                String hash = hash(placed, position, previous);
                inserts.add(new Object[] {placed.id(), OffsetDateTime.ofInstant(placed.occurredAt(), ZoneOffset.UTC),
                        placed.actor(), placed.entityType(), placed.entityId(), placed.action(), placed.changes(),
                        placed.reason(), placed.parentType(), placed.parentId(), placed.details(), position, previous,
                        hash});
                previous = hash;
            }
            int[] types = {Types.BIGINT, SqlTypeValue.TYPE_UNKNOWN, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT,
                    Types.VARCHAR, Types.VARCHAR};
            for (int from = 0; from < inserts.size(); from += 1000) {
                jdbc.batchUpdate("insert into audit_entry (" + AuditEntries.COLUMNS + ", chain_position, previous_hash,"
                        + " hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        inserts.subList(from, Math.min(inserts.size(), from + 1000)), types);
            }
            jdbc.update("update audit_chain_head set last_position = ?, last_hash = ? where id = 1", position, previous);
            // Last: on H2 this statement commits.
            jdbc.execute("alter table audit_entry alter column id restart with " + id);
            return rows.size();
        });
        return appended == null ? 0 : appended;
    }

    /** Links what is pending, then walks the chain from its first entry and stops at the first broken link. */
    AuditVerification verify() {
        link();
        return reading.execute(status -> check());
    }

    private AuditVerification check() {
        Head head = jdbc.queryForObject("select last_position, last_hash from audit_chain_head where id = 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        var walk = new Object() {
            long checked;
            long expected = 1;
            String previous;
            Long brokenId;
            String problem;
        };
        streaming.query("select " + AuditEntries.COLUMNS + ", chain_position, previous_hash, hash from audit_entry"
                + " where chain_position is not null order by chain_position", (RowCallbackHandler) rs -> {
                    if (walk.problem != null) {
                        return;
                    }
                    Row r = row(rs, 0);
                    walk.checked++;
                    if (r.position() != walk.expected) {
                        walk.problem = "GAP";
                    } else if (!Objects.equals(r.previousHash(), walk.previous)) {
                        walk.problem = "LINK";
                    } else if (!hash(r, r.position(), r.previousHash()).equals(r.hash())) {
                        walk.problem = "HASH";
                    }
                    if (walk.problem != null) {
                        walk.brokenId = r.id();
                    }
                    walk.expected++;
                    walk.previous = r.hash();
                });
        if (walk.problem != null) {
            return new AuditVerification(false, walk.checked, walk.brokenId, walk.problem);
        }
        long last = walk.expected - 1;
        // Entries linked after the head was read are fine; fewer entries than the head counts means some were removed.
        if (last < head.position() || last == head.position() && !Objects.equals(walk.previous, head.hash())) {
            return new AuditVerification(false, walk.checked, null, "TRUNCATED");
        }
        return new AuditVerification(true, walk.checked, null, null);
    }

    String hash(Row r, long position, String previous) {
        List<Object> canonical = Arrays.asList(position, r.id(), r.occurredAt().toString(), r.actor(), r.entityType(),
                r.entityId(), r.action(), r.changes(), r.reason(), r.parentType(), r.parentId(), r.details(), previous);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("entity_type"), nullableLong(rs, "entity_id"),
                rs.getString("action"), rs.getString("changes"), rs.getString("reason"), rs.getString("parent_type"),
                nullableLong(rs, "parent_id"), rs.getString("details"), nullableLong(rs, "chain_position"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
