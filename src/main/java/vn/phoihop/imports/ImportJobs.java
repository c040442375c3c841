package vn.phoihop.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background import jobs in the database (any node answers a job's progress). Every write commits on its own, so
 * progress shows while the import's own transaction is still open.
 */
@Component
class ImportJobs {

    enum State { READING, PREVIEW, FAILED, IMPORTING, DONE }

    /** A job as the progress page shows it. */
    record Job(String id, long programId, String username, String fileName, State state, int total, int done,
               int rowCount, int created, List<TaskSheet.Problem> problems, String messageKey) {

        public int percent() {
            return total <= 0 ? 0 : Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state == State.READING || state == State.IMPORTING;
        }

        public boolean confirmable() {
            return state == State.PREVIEW && problems.isEmpty() && rowCount > 0;
        }
    }

    /**
     * A running job writes its progress at least every 100 rows, far more often than this. One silent for longer
     * was cut off by a crash or a restart of its node: shown as failed, with nothing imported (the import is one
     * transaction, and died with it).
     */
    static final Duration SILENT = Duration.ofMinutes(3);

    private static final String FIELD = "\u001F";
    private static final String RECORD = "\u001E";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final Clock clock;

    ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    String start(long programId, String username, String fileName, byte[] content) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        separate.executeWithoutResult(s -> jdbc.update("insert into import_job (id, program_id, username, file_name, "
                        + "content, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, programId,
                username, fileName, content, State.READING.name(), now, now));
        return id;
    }

    Optional<Job> find(String id) {
        if (id == null || !id.matches("[0-9a-f\\-]{36}")) {
            return Optional.empty();
        }
        Instant silentSince = clock.instant().minus(SILENT);
        List<Job> found = jdbc.query("select id, program_id, username, file_name, state, total, done, row_count, "
                + "created, problems, message_key, updated_at from import_job where id = ?", (rs, n) -> {
                    State state = State.valueOf(rs.getString(5));
                    String messageKey = rs.getString(11);
                    if ((state == State.READING || state == State.IMPORTING)
                            && rs.getTimestamp(12).toInstant().isBefore(silentSince)) {
                        state = State.FAILED;
                        messageKey = "imports.job.interrupted";
                    }
                    return new Job(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), state,
                            rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), decode(rs.getString(10)), messageKey);
                }, id);
        return found.stream().findFirst();
    }

    byte[] content(String id) {
        return jdbc.queryForObject("select content from import_job where id = ?", byte[].class, id);
    }

    void progress(String id, State state, int total, int done) {
        separate.executeWithoutResult(s -> jdbc.update("update import_job set state = ?, total = ?, done = ?, "
                + "updated_at = ? where id = ?", state.name(), total, done, Timestamp.from(clock.instant()), id));
    }

    void finish(String id, State state, int rowCount, int created, List<TaskSheet.Problem> problems, String messageKey) {
        separate.executeWithoutResult(s -> jdbc.update("update import_job set state = ?, done = total, row_count = ?, "
                        + "created = ?, problems = ?, message_key = ?, updated_at = ? where id = ?", state.name(), rowCount,
                created, encode(problems), messageKey, Timestamp.from(clock.instant()), id));
    }

    /** Moves a previewed job to importing; false when it was not (a second click, another tab). */
    boolean claim(String id) {
        Integer n = separate.execute(s -> jdbc.update("update import_job set state = ?, done = 0, updated_at = ? "
                + "where id = ? and state = ?", State.IMPORTING.name(), Timestamp.from(clock.instant()), id,
                State.PREVIEW.name()));
        return n != null && n == 1;
    }

    private static String encode(List<TaskSheet.Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            return null;
        }
        List<String> records = new ArrayList<>();
        for (TaskSheet.Problem p : problems) {
            StringBuilder sb = new StringBuilder().append(p.row()).append(FIELD)
                    .append(p.column() == null ? "" : p.column().name()).append(FIELD).append(p.messageKey());
            for (Object a : p.args()) {
                sb.append(FIELD).append(String.valueOf(a).replace(FIELD, " ").replace(RECORD, " "));
            }
            records.add(sb.toString());
        }
        return String.join(RECORD, records);
    }

    private static List<TaskSheet.Problem> decode(String raw) {
        List<TaskSheet.Problem> result = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String r : raw.split(RECORD)) {
            String[] f = r.split(FIELD, -1);
            Object[] args = new Object[Math.max(0, f.length - 3)];
            System.arraycopy(f, 3, args, 0, args.length);
            result.add(new TaskSheet.Problem(Integer.parseInt(f[0]),
                    f[1].isEmpty() ? null : TaskSheet.Column.valueOf(f[1]), f[2], args));
        }
        return result;
    }
}
