package vn.phoihop.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.phoihop.Api;
import vn.phoihop.PhoiHopApplication;
import vn.phoihop.TestPostgres;
import vn.phoihop.audit.AuditTrail;

/**
 * The path an office takes when it outgrows the embedded database: the demo province (plus a file attachment and
 * Vietnamese text) on H2, {@code backup}, {@code restore} into a new PostgreSQL schema, every table compared row by
 * row; the restored database refuses a second restore, the application starts on it, the audit chain verifies and
 * new rows can be inserted (identities moved past the restored ids).
 */
class BackupRestoreTest {

    static Map<String, List<String>> snapshot(DatabaseBackup db) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        for (String table : db.tables()) {
            rows.put(table, db.rowsOf(table));
        }
        return rows;
    }

    @Test
    void h2BackupRestoredIntoPostgresIsIdenticalAndUsable() throws Exception {
        long n = System.nanoTime();
        Path dir = Files.createDirectories(Path.of("target", "backup-test-" + n));
        ConfigurableApplicationContext source = new SpringApplicationBuilder(PhoiHopApplication.class)
                .profiles("h2test").run("--server.port=0", "--phoihop.demo=true",
                        "--phoihop.accounts.data-dir=" + dir.resolve("data"),
                        "--spring.datasource.url=jdbc:h2:mem:backup" + n + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Path file = dir.resolve("phoihop-backup.zip");
        DatabaseBackup from;
        Map<String, List<String>> expected = Map.of();
        try {
            Api api = new Api(Integer.parseInt(source.getEnvironment().getProperty("local.server.port")));
            String name = Api.unique("Sở Tài nguyên và Môi trường — “thử” ");
            api.body(name);
            JdbcTemplate jdbc = source.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from task", Long.class)).as("demo tasks").isGreaterThan(50);
            // A binary attachment with every byte value, and a timestamp with microseconds.
            long program = jdbc.queryForObject("select min(id) from program", Long.class);
            long body = jdbc.queryForObject("select min(id) from organization", Long.class);
            jdbc.update("insert into periodic_report (program_id, organization_id, period_start, submitted_on, content,"
                    + " author_user_id, author_name, created_at, attachment_name, attachment_type, attachment_size)"
                    + " values (?, ?, ?, ?, ?, 1, 'Nguyễn Văn A', ?, 'báo cáo.bin', 'application/octet-stream', 256)",
                    program, body, java.time.LocalDate.of(2001, 1, 1), java.time.LocalDate.of(2001, 1, 5),
                    "Báo cáo kèm tệp", java.time.OffsetDateTime.parse("2026-01-02T03:04:05.123456+07:00"));
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            jdbc.update("insert into periodic_report_file (periodic_report_id, content) select id, ? from periodic_report"
                    + " where period_start = ?", bytes, java.time.LocalDate.of(2001, 1, 1));
            from = source.getBean(DatabaseBackup.class);
            // Events are still being handled in the background: back up once two snapshots around it agree.
            DatabaseBackup.Summary written = null;
            for (int attempt = 0; attempt < 60; attempt++) {
                Map<String, List<String>> before = snapshot(from);
                written = from.backup(file);
                if (before.equals(snapshot(from))) {
                    expected = before;
                    break;
                }
                Thread.sleep(2000);
            }
            assertThat(expected).as("a quiet moment to compare").isNotEmpty();
            assertThat(written.rows()).containsKeys("organization", "program", "task", "audit_entry");
            assertThat(expected.values().stream().mapToInt(List::size).sum()).isEqualTo((int) written.total());
            assertThat(expected.get("organization").toString()).contains(name.substring(0, 20));
        } finally {
            source.close();
        }

        // A new PostgreSQL schema, migrated by Flyway as the application would, then restored.
        TestPostgres.Database pg = TestPostgres.database();
        String schema = "phoihop_restore_" + ProcessHandle.current().pid() + "_" + (n % 1_000_000);
        try (Connection c = DriverManager.getConnection(pg.url(), pg.username(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        String url = pg.url().replaceAll("[?&]currentSchema=[^&]*", "");
        url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Flyway.configure().dataSource(url, pg.username(), pg.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        DatabaseBackup into = new DatabaseBackup(new DriverManagerDataSource(url, pg.username(), pg.password()));
        DatabaseBackup.Summary restored = into.restore(file);
        assertThat(restored.total()).isEqualTo(expected.values().stream().mapToInt(List::size).sum());
        assertThat(expected.get("periodic_report_file")).isNotEmpty();
        for (Map.Entry<String, List<String>> table : expected.entrySet()) {
            assertThat(into.rowsOf(table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
        }

        // A second restore is refused with a clear message, through the command.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = new BackupCommands(into, null).execute(List.of("restore", file.toString()),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("REFUSED").contains("not empty");

        // The application on the restored database: the chain verifies, new rows get new ids.
        ConfigurableApplicationContext target = new SpringApplicationBuilder(PhoiHopApplication.class)
                .profiles("pgtest").run("--server.port=0", "--phoihop.accounts.data-dir=" + dir.resolve("data2"),
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + pg.username(),
                        "--spring.datasource.password=" + pg.password());
        try {
            assertThat(target.getBean(AuditTrail.class).verify().ok()).as("audit chain after restore").isTrue();
            Api api = new Api(Integer.parseInt(target.getEnvironment().getProperty("local.server.port")));
            long maxBefore = new JdbcTemplate(target.getBean(javax.sql.DataSource.class))
                    .queryForObject("select max(id) from organization", Long.class);
            long created = api.body(Api.unique("Sau khi khôi phục "));
            assertThat(created).isGreaterThan(maxBefore);
            assertThat(target.getBean(AuditTrail.class).verify().ok()).as("audit chain after a new write").isTrue();
        } finally {
            target.close();
        }

        // The embedded default: the restore command (in a JVM of its own, as an operator runs it) into a new H2 file
        // database, then the application on it, same data directory: its Lucene index is built from the restored
        // rows, so a restored program is found.
        Path embedded = dir.resolve("embedded");
        String h2 = "jdbc:h2:file:" + embedded.resolve("phoihop").toAbsolutePath() + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        var command = CrashSafetyTest.Child.run(new TestPostgres.Database(h2, "sa", ""), embedded, "restore",
                file.toString(), "--server.port=0");
        assertThat(command.getKey()).as(command.getValue()).isZero();
        assertThat(command.getValue()).contains("restore: OK");
        ConfigurableApplicationContext onH2 = new SpringApplicationBuilder(PhoiHopApplication.class)
                .profiles("h2test").run("--server.port=0", "--spring.datasource.url=" + h2,
                        "--phoihop.accounts.data-dir=" + embedded.resolve("data").toAbsolutePath());
        try {
            Api api = new Api(Integer.parseInt(onH2.getEnvironment().getProperty("local.server.port")));
            JdbcTemplate jdbc = onH2.getBean(JdbcTemplate.class);
            long program = jdbc.queryForObject("select min(id) from program", Long.class);
            String title = jdbc.queryForObject("select title from program where id = ?", String.class, program);
            String query = java.net.URLEncoder.encode(title, StandardCharsets.UTF_8);
            boolean found = false;
            for (int i = 0; i < 120 && !found; i++) {
                var r = api.get("/api/v1/search?q=" + query + "&kind=PROGRAM", api.adminToken());
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                for (var item : r.json().get("items")) {
                    found |= item.get("id").asLong() == program;
                }
                if (!found) {
                    Thread.sleep(500);
                }
            }
            assertThat(found).as("restored program «" + title + "» found by search on the embedded default").isTrue();
        } finally {
            onH2.close();
        }
    }
}
