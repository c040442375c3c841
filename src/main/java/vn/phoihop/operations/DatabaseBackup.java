package vn.phoihop.operations;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database-independent backup: a ZIP with {@code manifest.json} (format, Flyway schema version, tables in
 * dependency order with their columns and row counts) and one JSON-lines file per table, one JSON object per row.
 * Binary columns are base64, timestamps ISO-8601 with their full precision (instants in UTC), decimals strings.
 * The backup reads one consistent snapshot (one repeatable-read transaction); the restore writes one transaction
 * into an empty database of the same schema version (H2 or PostgreSQL, whichever the backup came from), then moves
 * every identity column past the highest restored id so that new rows can be inserted.
 */
@Component
public class DatabaseBackup {

    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    /** Tables whose rows a fresh database gets from the Flyway migrations themselves: a restore replaces them. */
    static final Set<String> SEEDED = Set.of("audit_chain_head", "case_deadline_rule");
    /**
     * A database's own identity, never carried to another: the search module's key naming its Lucene index
     * directory. Not backed up; a restore empties it, so the restored database makes a new key at its next start
     * and its search index is rebuilt from the restored rows (never the source's index, nor one half-built while
     * the restore ran).
     */
    static final Set<String> OWN = Set.of("search_state");
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "search_state");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;

    public DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a backup holds: per table (in dependency order) its row count. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Thrown when a restore is refused (non-empty database, other schema version, unreadable file). */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    record Column(String name, int type, String typeName, boolean generated) {
    }

    // ------------------------------------------------------------------------------------------------- backup

    public Summary backup(Path file) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                String version = schemaVersion(c);
                List<String> tables = tablesInDependencyOrder(c);
                Map<String, Long> counts = new LinkedHashMap<>();
                List<Map<String, Object>> manifestTables = new ArrayList<>();
                Path tmp = file.resolveSibling(file.getFileName() + ".part");
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                    int n = 0;
                    for (String table : tables) {
                        List<Column> columns = columns(c, table);
                        String entry = String.format(Locale.ROOT, "tables/%03d_%s.jsonl", ++n, table);
                        zip.putNextEntry(new ZipEntry(entry));
                        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                        long rows = 0;
                        try (Statement s = c.createStatement();
                             ResultSet rs = s.executeQuery("select " + columnList(columns) + " from " + table)) {
                            while (rs.next()) {
                                out.write(JSON.writeValueAsString(row(rs, columns)));
                                out.write('\n');
                                rows++;
                            }
                        }
                        out.flush();
                        zip.closeEntry();
                        counts.put(table, rows);
                        Map<String, Object> t = new LinkedHashMap<>();
                        t.put("name", table);
                        t.put("file", entry);
                        t.put("rows", rows);
                        t.put("columns", columns.stream().filter(col -> !col.generated()).map(Column::name).toList());
                        manifestTables.add(t);
                    }
                    Map<String, Object> manifest = new LinkedHashMap<>();
                    manifest.put("format", FORMAT);
                    manifest.put("application", "phoihop");
                    manifest.put("schemaVersion", version);
                    manifest.put("createdAt", Instant.now().toString());
                    manifest.put("sourceDatabase", c.getMetaData().getDatabaseProductName());
                    manifest.put("tables", manifestTables);
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                    zip.closeEntry();
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return new Summary(version, counts);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("backup failed: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ restore

    public Summary restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Refused("no backup file " + file);
        }
        try (ZipFile zip = new ZipFile(file.toFile());
             Connection c = dataSource.getConnection()) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new Refused(file + " is not a PhoiHop backup (no " + MANIFEST + ")");
            }
            Map<String, Object> manifest = JSON.readValue(zip.getInputStream(manifestEntry).readAllBytes(),
                    new TypeReference<Map<String, Object>>() { });
            String version = schemaVersion(c);
            if (!String.valueOf(manifest.get("schemaVersion")).equals(version)) {
                throw new Refused("the backup is of schema version " + manifest.get("schemaVersion")
                        + " but this database is at " + version
                        + ": restore with the release that made the backup, then upgrade");
            }
            List<String> occupied = occupiedTables(c);
            if (!occupied.isEmpty()) {
                throw new Refused("the database is not empty (rows in " + String.join(", ", occupied)
                        + "): restore only into a new, empty database");
            }
            boolean postgres = isPostgres(c);
            Set<String> targetTables = new HashSet<>(tablesInDependencyOrder(c));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tables = (List<Map<String, Object>>) manifest.get("tables");
            Map<String, Long> counts = new LinkedHashMap<>();
            c.setAutoCommit(false);
            try {
                constraints(c, postgres, false);
                for (String own : OWN) {
                    if (exists(c, own)) {
                        try (Statement s = c.createStatement()) {
                            s.executeUpdate("delete from " + own);
                        }
                    }
                }
                for (String seeded : SEEDED) {
                    if (targetTables.contains(seeded)) {
                        try (Statement s = c.createStatement()) {
                            s.executeUpdate("delete from " + seeded);
                        }
                    }
                }
                for (Map<String, Object> t : tables) {
                    String table = (String) t.get("name");
                    if (!targetTables.contains(table)) {
                        continue; // e.g. PostgreSQL's search documents restored into H2: the index is rebuilt
                    }
                    counts.put(table, load(c, zip, table, (String) t.get("file")));
                    long expected = ((Number) t.get("rows")).longValue();
                    if (counts.get(table) != expected) {
                        throw new IllegalStateException(table + ": " + counts.get(table) + " rows restored, the "
                                + "manifest says " + expected);
                    }
                }
                constraints(c, postgres, true);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                if (!postgres) {
                    try (Statement s = c.createStatement()) {
                        s.execute("set referential_integrity true");
                    }
                }
                c.setAutoCommit(true);
            }
            resetIdentities(c, postgres);
            return new Summary(version, counts);
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed, nothing was written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("restore failed: " + e.getMessage(), e);
        }
    }

    private long load(Connection c, ZipFile zip, String table, String entry) throws SQLException, IOException {
        Map<String, Column> target = new LinkedHashMap<>();
        for (Column col : columns(c, table)) {
            if (!col.generated()) {
                target.put(col.name(), col);
            }
        }
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new Refused("the backup lacks " + entry);
        }
        long rows = 0;
        List<Column> cols = null;
        PreparedStatement insert = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(e),
                StandardCharsets.UTF_8))) {
            String line;
            int batch = 0;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                Map<String, Object> row = JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() { });
                if (insert == null) {
                    cols = new ArrayList<>();
                    for (String name : row.keySet()) {
                        Column col = target.get(name);
                        if (col == null) {
                            throw new Refused(table + "." + name + " is in the backup but not in this database");
                        }
                        cols.add(col);
                    }
                    String sql = "insert into " + table + " (" + columnList(cols) + ") values ("
                            + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
                    insert = c.prepareStatement(sql);
                }
                for (int i = 0; i < cols.size(); i++) {
                    bind(insert, i + 1, cols.get(i), row.get(cols.get(i).name()));
                }
                insert.addBatch();
                rows++;
                if (++batch == 500) {
                    insert.executeBatch();
                    batch = 0;
                }
            }
            if (insert != null && batch > 0) {
                insert.executeBatch();
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
        return rows;
    }

    private static void constraints(Connection c, boolean postgres, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                if (!superuser(c)) {
                    return; // tables load parents first; only a superuser may skip the key checks
                }
                // Foreign keys (and the audit trail's triggers) are triggers: skipped while loading, transaction-local.
                s.execute(on ? "set local session_replication_role = origin" : "set local session_replication_role = replica");
            } else {
                s.execute(on ? "set referential_integrity true" : "set referential_integrity false");
            }
        }
    }

    private static boolean superuser(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void resetIdentities(Connection c, boolean postgres) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(postgres
                     ? "select table_name, column_name from information_schema.columns where table_schema = current_schema()"
                       + " and (is_identity = 'YES' or column_default like 'nextval(%')"
                     : "select table_name, column_name from information_schema.columns where table_schema = current_schema()"
                       + " and is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2).toLowerCase(Locale.ROOT)});
            }
        }
        for (String[] id : identities) {
            long next;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select coalesce(max(" + id[1] + "), 0) + 1 from " + id[0])) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                if (postgres) {
                    s.execute("select setval(pg_get_serial_sequence('" + id[0] + "', '" + id[1] + "'), " + next
                            + ", false)");
                } else {
                    s.execute("alter table " + id[0] + " alter column " + id[1] + " restart with " + next);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ shared

    /** Tables other than the migrations' seeds that have rows. */
    List<String> occupiedTables(Connection c) throws SQLException {
        List<String> occupied = new ArrayList<>();
        for (String table : tablesInDependencyOrder(c)) {
            if (SEEDED.contains(table)) {
                continue;
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    occupied.add(table);
                }
            }
        }
        return occupied;
    }

    /** Every row of a table as the backup writes it (JSON lines), sorted: for comparing two databases. */
    public List<String> rowsOf(String table) {
        try (Connection c = dataSource.getConnection()) {
            List<Column> columns = columns(c, table);
            List<String> lines = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select " + columnList(columns) + " from " + table)) {
                while (rs.next()) {
                    lines.add(JSON.writeValueAsString(row(rs, columns)));
                }
            }
            lines.sort(Comparator.naturalOrder());
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's tables (without Flyway's history), parents before children. */
    public List<String> tables() {
        try (Connection c = dataSource.getConnection()) {
            return tablesInDependencyOrder(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * Versions of the migrations only one database runs (db/vendor/&lt;vendor&gt;): the schema version of a backup is
     * the highest portable migration applied, so that an H2 backup restores into PostgreSQL of the same release.
     */
    static final Set<String> VENDOR_VERSIONS = vendorVersions();

    private static Set<String> vendorVersions() {
        Set<String> versions = new HashSet<>();
        try {
            for (org.springframework.core.io.Resource r : new org.springframework.core.io.support
                    .PathMatchingResourcePatternResolver().getResources("classpath*:db/vendor/*/V*__*.sql")) {
                String name = r.getFilename();
                versions.add(name.substring(1, name.indexOf("__")).replace('_', '.'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    /** The highest portable Flyway version applied. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version from flyway_schema_history where success and version is not null")) {
            String best = null;
            List<Integer> bestParts = null;
            while (rs.next()) {
                String v = rs.getString(1);
                if (VENDOR_VERSIONS.contains(v)) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                for (String p : v.split("[._]")) {
                    parts.add(Integer.parseInt(p));
                }
                if (bestParts == null || compare(parts, bestParts) > 0) {
                    best = v;
                    bestParts = parts;
                }
            }
            return best == null ? "none" : best;
        }
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> tables = new java.util.TreeSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!SKIPPED.contains(name)) {
                    tables.add(name);
                }
            }
        }
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : tables) {
            Set<String> p = new java.util.TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && tables.contains(parent)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(table, p);
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) { // a cycle: the rest in name order (the restore does not check keys while loading)
                ordered.addAll(tables);
            }
        }
        return new ArrayList<>(ordered);
    }

    static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
            while (rs.next()) {
                String generated = rs.getString("IS_GENERATEDCOLUMN");
                Column col = new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT), "YES".equalsIgnoreCase(generated));
                positions.put(col.name(), rs.getInt("ORDINAL_POSITION"));
                columns.add(col);
            }
        }
        columns.sort(Comparator.comparing(col -> positions.get(col.name())));
        return columns.stream().filter(col -> !col.generated()).toList();
    }

    private static String columnList(List<Column> columns) {
        return String.join(", ", columns.stream().map(col -> quote(col.name())).toList());
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }

    enum Kind { BOOLEAN, INTEGER, DECIMAL, FLOATING, DATE, TIME, TIMESTAMP, INSTANT, BINARY, UUID, JSON, TEXT }

    static Kind kind(Column col) {
        String n = col.typeName();
        if (n.equals("uuid")) {
            return Kind.UUID;
        }
        if (n.equals("json") || n.equals("jsonb")) {
            return Kind.JSON;
        }
        if (n.contains("timestamptz") || n.contains("with time zone")) {
            return Kind.INSTANT;
        }
        return switch (col.type()) {
            case Types.BIT, Types.BOOLEAN -> Kind.BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOATING;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            default -> Kind.TEXT;
        };
    }

    private static Map<String, Object> row(ResultSet rs, List<Column> columns) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            int at = i + 1;
            Object value = switch (kind(col)) {
                case BOOLEAN -> rs.getBoolean(at);
                case INTEGER -> rs.getLong(at);
                case DECIMAL -> {
                    BigDecimal d = rs.getBigDecimal(at);
                    yield d == null ? null : d.toPlainString();
                }
                case FLOATING -> rs.getDouble(at);
                case DATE -> text(rs.getObject(at, LocalDate.class));
                case TIME -> text(rs.getObject(at, LocalTime.class));
                case TIMESTAMP -> text(rs.getObject(at, LocalDateTime.class));
                case INSTANT -> {
                    OffsetDateTime t = rs.getObject(at, OffsetDateTime.class);
                    yield t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
                }
                case BINARY -> {
                    byte[] b = rs.getBytes(at);
                    yield b == null ? null : Base64.getEncoder().encodeToString(b);
                }
                case UUID, JSON, TEXT -> {
                    Object o = rs.getObject(at);
                    yield o == null ? null : (col.type() == Types.CLOB || kind(col) == Kind.TEXT ? rs.getString(at) : o.toString());
                }
            };
            row.put(col.name(), rs.wasNull() ? null : value);
        }
        return row;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static void bind(PreparedStatement ps, int at, Column col, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(at, col.type());
            return;
        }
        String s = value.toString();
        switch (kind(col)) {
            case BOOLEAN -> ps.setBoolean(at, value instanceof Boolean b ? b : Boolean.parseBoolean(s));
            case INTEGER -> ps.setLong(at, ((Number) value).longValue());
            case DECIMAL -> ps.setBigDecimal(at, new BigDecimal(s));
            case FLOATING -> ps.setDouble(at, ((Number) value).doubleValue());
            case DATE -> ps.setObject(at, LocalDate.parse(s));
            case TIME -> ps.setObject(at, LocalTime.parse(s));
            case TIMESTAMP -> ps.setObject(at, LocalDateTime.parse(s));
            case INSTANT -> ps.setObject(at, OffsetDateTime.parse(s));
            case BINARY -> ps.setBytes(at, Base64.getDecoder().decode(s));
            case UUID -> ps.setObject(at, java.util.UUID.fromString(s));
            case JSON -> ps.setObject(at, s, Types.OTHER);
            case TEXT -> ps.setString(at, s);
        }
    }
}
