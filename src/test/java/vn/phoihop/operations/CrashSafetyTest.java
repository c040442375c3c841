package vn.phoihop.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.Api;
import vn.phoihop.PhoiHopApplication;
import vn.phoihop.TestPostgres;

/**
 * Crash safety (issue 14): the application runs as a child process on a database of its own; while a client keeps
 * writing (tasks, progress reports, reviews), a large Excel import and the drafting of next year's program from a
 * year-end review run; the child is killed with SIGKILL once both are visibly writing, then started again on the same
 * database. Every write the client got an answer for is there, and neither the import nor the draft left part of
 * itself: all its tasks or none. On the embedded H2 file database and on PostgreSQL.
 */
class CrashSafetyTest {

    static final LocalDate TODAY = LocalDate.now(PhoiHopApplication.ZONE);
    /** Tasks of last year's program, imported and acknowledged before the crash: the draft carries them all over. */
    static final int OLD_TASKS = 400;
    /** The import the crash interrupts: large enough to be still writing when the draft has started to. */
    static final int LARGE_IMPORT = 8000;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void losesNoAcknowledgedWriteAndLeavesNoPartialImportOrDraftOnH2() throws Exception {
        // The application's embedded default, with AUTO_SERVER so that this test can watch the open transactions.
        // H2 refuses AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE, which only concerns an orderly exit: SIGKILL runs no
        // shutdown hook either way. What keeps acknowledged commits is WRITE_DELAY=0.
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("phoihop").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE";
        crashAndRestart(new TestPostgres.Database(url, "sa", ""),
                "select session_id from information_schema.sessions where contains_uncommitted"
                        + " and session_id <> session_id()");
    }

    @Test
    void losesNoAcknowledgedWriteAndLeavesNoPartialImportOrDraftOnPostgres() throws Exception {
        TestPostgres.Database server = TestPostgres.database();
        String name = "phoihop_crash_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        String url = server.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*(\\?.*)?$", "$1" + name);
        try {
            crashAndRestart(new TestPostgres.Database(url, server.username(), server.password()),
                    "select pid from pg_stat_activity where datname = current_database()"
                            + " and pid <> pg_backend_pid() and backend_xid is not null");
        } finally {
            try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password());
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    void crashAndRestart(TestPostgres.Database db, String writingSessions) throws Exception {
        Child first = Child.start(db, dir, "first");
        Child second = null;
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Api api = new Api(first.port);
            phase("started");
            long office = api.body("Văn phòng Tỉnh ủy");
            long board = api.body("Ban Tuyên giáo Tỉnh ủy");
            String boardName = api.get("/api/v1/organizations/" + board, api.adminToken()).text("name");
            Api.User secretariat = api.user(office, "SECRETARIAT");
            Api.User leader = api.user(office, "LEADER");
            int year = TODAY.getYear();
            int last = year - 1;

            // Last year's program, imported (acknowledged) and reviewed; this year's program for the large import.
            long old = program(api, secretariat, "Chương trình năm " + last, last, board);
            var imported = upload(api, "/api/v1/programs/" + old + "/tasks/import", secretariat.token(),
                    sheet(api, secretariat, old, OLD_TASKS, "Nhiệm vụ năm trước", boardName, LocalDate.of(last, 11, 30)));
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            phase("imported old");
            var review = api.post("/api/v1/programs/" + old + "/reviews", secretariat.token(), Map.of("kind", "YEAR_END"));
            assertThat(review.status()).as(review.body()).isEqualTo(201);
            assertThat(api.post("/api/v1/reviews/" + review.id() + "/approve", leader.token(), null).status())
                    .isEqualTo(200);
            long target = program(api, secretariat, "Chương trình năm " + year, year, board);
            long side = program(api, secretariat, "Chương trình ghi liên tục " + year, year, board);
            byte[] large = sheet(api, secretariat, target, LARGE_IMPORT, "Nhiệm vụ nhập lớn", boardName,
                    LocalDate.of(year, 12, 15));

            phase("sheet ready");
            // A client that writes all along and notes every write answered with 201.
            Acknowledged acked = new Acknowledged();
            AtomicBoolean killed = new AtomicBoolean();
            Future<?> writer = threads.submit(() -> write(api, secretariat, side, old, board, acked, killed));
            Future<Api.Response> importing = threads.submit(() -> upload(api, "/api/v1/programs/" + target
                    + "/tasks/import", secretariat.token(), large));
            Watch watch = new Watch(db, writingSessions);
            watch.until(1, importing);
            phase("import writing");
            Future<Api.Response> drafting = threads.submit(() -> api.post("/api/v1/reviews/" + review.id()
                    + "/next-program", secretariat.token(), null));
            watch.until(2, importing, drafting);
            watch.close();
            phase("both writing");
            killed.set(true);
            first.kill();

            Api.Response importAnswer = answer(importing);
            Api.Response draftAnswer = answer(drafting);
            writer.get(60, TimeUnit.SECONDS);
            assertThat(importAnswer).as("the import was interrupted, not answered").isNull();
            assertThat(draftAnswer).as("the draft was interrupted, not answered").isNull();
            assertThat(acked.tasks).as("acknowledged tasks").isNotEmpty();
            assertThat(acked.reviews).as("acknowledged reviews").isNotEmpty();

            second = Child.start(db, dir, "second");
            phase("restarted");
            Api after = new Api(second.port);
            String token = secretariat.token();

            // Every acknowledged write is there, whole.
            for (Map.Entry<Long, String> t : acked.tasks.entrySet()) {
                var r = after.get("/api/v1/tasks/" + t.getKey(), token);
                assertThat(r.status()).as("acknowledged task " + t.getKey()).isEqualTo(200);
                assertThat(r.text("title")).isEqualTo(t.getValue());
            }
            for (Map.Entry<Long, String> p : acked.progress.entrySet()) {
                var r = after.get("/api/v1/tasks/" + p.getKey() + "/progress", token);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).as("acknowledged progress of task " + p.getKey()).contains(p.getValue());
            }
            for (long id : acked.reviews) {
                var r = after.get("/api/v1/reviews/" + id, token);
                assertThat(r.status()).as("acknowledged review " + id).isEqualTo(200);
                assertThat(r.json().get("figures").has("tasksTotal")).as("its figures").isTrue();
            }
            assertThat(total(after, token, old)).as("the acknowledged import, whole").isEqualTo(OLD_TASKS);

            phase("acks checked");
            // The interrupted operations left nothing of themselves — or, where one committed in the instant between
            // the watch and the kill (its answer lost with the process), all of itself: never a part.
            assertThat(total(after, token, target)).as("tasks of the interrupted import, none or all")
                    .isIn(0L, (long) LARGE_IMPORT);
            List<Long> drafts = new ArrayList<>();
            after.get("/api/v1/programs?size=500", token).json().get("items").forEach(p -> {
                if (p.path("previousProgramId").asLong() == old) {
                    drafts.add(p.get("id").asLong());
                }
            });
            assertThat(drafts).as("programs drafted from the review").hasSizeLessThanOrEqualTo(1);
            for (long draft : drafts) {
                assertThat(total(after, token, draft)).as("a drafted program carries every open task").isEqualTo(OLD_TASKS);
            }
            try (Watch check = new Watch(db, null)) {
                assertThat(check.count("select count(*) from task where program_id = ?", target))
                        .as("tasks of the interrupted import in the database, none or all").isIn(0L, (long) LARGE_IMPORT);
                assertThat(check.count("select count(*) from program where previous_program_id = ?", old))
                        .as("drafted programs in the database").isEqualTo((long) drafts.size());
                assertThat(check.count("select count(*) from audit_entry a where a.entity_type = 'task'"
                        + " and a.action = 'CREATE' and not exists (select 1 from task t where t.id = a.entity_id)"))
                        .as("audit entries of tasks that were never committed").isZero();
            }
            var verified = after.get("/api/v1/audit/verify", after.adminToken());
            assertThat(verified.json().get("ok").asBoolean()).as(verified.body()).isTrue();
            // And the application works on: a new write after the restart.
            assertThat(after.post("/api/v1/programs/" + side + "/tasks", token, Map.of("title", "Sau khi khởi động lại",
                    "leadOrganizationId", board)).status()).isEqualTo(201);
        } catch (AssertionError | Exception e) {
            throw new AssertionError(e.getMessage() + "\n--- first run:\n" + first.tail()
                    + (second == null ? "" : "\n--- second run:\n" + second.tail()), e);
        } finally {
            threads.shutdownNow();
            first.kill();
            if (second != null) {
                second.stop();
            }
        }
    }

    long started = System.nanoTime();

    void phase(String name) {
        System.out.printf("crash test: %s after %d ms%n", name, (System.nanoTime() - started) / 1_000_000);
    }

    /** What the writing client got a 201 for. */
    static final class Acknowledged {
        final Map<Long, String> tasks = new ConcurrentHashMap<>();
        final Map<Long, String> progress = new ConcurrentHashMap<>();
        final List<Long> reviews = new CopyOnWriteArrayList<>();
    }

    static Void write(Api api, Api.User user, long program, long reviewed, long board, Acknowledged acked,
                      AtomicBoolean killed) {
        try {
            for (int i = 0; !killed.get(); i++) {
                String title = "Nhiệm vụ ghi liên tục số " + i;
                var task = api.post("/api/v1/programs/" + program + "/tasks", user.token(), Map.of("title", title,
                        "leadOrganizationId", board, "dueDate", LocalDate.of(TODAY.getYear(), 12, 31).toString()));
                if (task.status() != 201) {
                    throw new AssertionError(task.body());
                }
                acked.tasks.put(task.id(), title);
                String text = "Báo cáo tiến độ số " + i;
                var progress = api.post("/api/v1/tasks/" + task.id() + "/progress", user.token(), Map.of(
                        "reportedOn", TODAY.toString(), "percent", 10, "text", text, "completed", false));
                if (progress.status() != 201) {
                    throw new AssertionError(progress.body());
                }
                acked.progress.put(task.id(), text);
                if (i % 5 == 0) {
                    var review = api.post("/api/v1/programs/" + reviewed + "/reviews", user.token(),
                            Map.of("kind", "YEAR_END"));
                    if (review.status() != 201) {
                        throw new AssertionError(review.body());
                    }
                    acked.reviews.add(review.id());
                }
                Thread.sleep(20);
            }
        } catch (IllegalStateException e) {
            if (!killed.get()) {
                throw e;
            }
            // The connection died with the application: that write was never acknowledged.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** The response of an operation cut by the crash: null when it got none. */
    static Api.Response answer(Future<Api.Response> operation) throws InterruptedException {
        try {
            Api.Response r = operation.get(60, TimeUnit.SECONDS);
            return r.status() / 100 == 2 ? r : null;
        } catch (ExecutionException e) {
            return null;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no end to a request after the kill", e);
        }
    }

    static long program(Api api, Api.User user, String title, int year, long party) {
        var r = api.post("/api/v1/programs", user.token(), Map.of("title", title, "year", year,
                "parties", List.of(Map.of("organizationId", party))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    static long total(Api api, String token, long program) {
        var r = api.get("/api/v1/programs/" + program + "/tasks?size=1", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    /** The program's own template filled with as many tasks as asked. */
    static byte[] sheet(Api api, Api.User user, long program, int rows, String title, String lead, LocalDate due)
            throws Exception {
        HttpResponse<byte[]> template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base()
                + "/api/v1/programs/" + program + "/tasks/template.xlsx")).header("Authorization", "Bearer "
                + user.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet("Nhiệm vụ");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(1).setCellValue(title + " số " + i);
                row.createCell(3).setCellValue(lead);
                row.createCell(7).setCellValue(due);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Api.Response upload(Api api, String path, String token, byte[] file) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode node = r.body().startsWith("{") ? JSON.readTree(r.body()) : null;
        return new Api.Response(r.statusCode(), node, r.body(), r.headers());
    }

    /**
     * Watches the child's database from outside: which sessions hold uncommitted writes, so that the kill lands while
     * the operations are writing, not before or after.
     */
    static final class Watch implements AutoCloseable {
        private final Connection connection;
        private final String writingSessions;

        Watch(TestPostgres.Database db, String writingSessions) throws SQLException {
            this.connection = DriverManager.getConnection(db.url(), db.username(), db.password());
            this.writingSessions = writingSessions;
        }

        /**
         * How long a session must hold uncommitted writes to count as writing: long enough to be sure it is in the
         * middle of its work, short enough for H2, where the large import's writing phase lasts about a second.
         */
        static final java.time.Duration HELD = java.time.Duration.ofMillis(300);

        /** Returns once that many sessions have each held uncommitted writes for {@link #HELD}; fails if one finished. */
        void until(int sessions, Future<?>... operations) throws Exception {
            Map<String, Long> since = new HashMap<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                for (Future<?> operation : operations) {
                    if (operation.isDone()) {
                        String answer = String.valueOf(answerOf(operation));
                        fail("an operation ended before the crash; make it larger: "
                                + answer.substring(0, Math.min(answer.length(), 300)));
                    }
                }
                Set<String> now = new HashSet<>();
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(writingSessions)) {
                    while (rs.next()) {
                        now.add(rs.getString(1));
                    }
                }
                long t = System.nanoTime();
                since.keySet().retainAll(now);
                now.forEach(id -> since.putIfAbsent(id, t));
                if (since.values().stream().filter(s -> t - s >= HELD.toNanos()).count() >= sessions) {
                    return;
                }
                Thread.sleep(100);
            }
            fail("the operations never wrote for " + HELD.toMillis() + " ms");
        }

        static String answerOf(Future<?> operation) {
            try {
                Object r = operation.get();
                return r instanceof Api.Response a ? a.status() + " " + a.body() : String.valueOf(r);
            } catch (Exception e) {
                return e.toString();
            }
        }

        long count(String sql, Object... args) throws SQLException {
            try (var s = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the server may be gone already
            }
        }
    }

    /** The application in a JVM of its own, started from this JVM's class path: nothing is built for it. */
    static final class Child {
        static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();
        final Process process;
        final int port;
        final Path log;

        private Child(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Child start(TestPostgres.Database db, Path dir, String name) throws Exception {
            int port;
            do {
                try (ServerSocket s = new ServerSocket(0)) {
                    port = s.getLocalPort();
                }
            } while (!PORTS.add(port)); // never a port an earlier child had: Api caches tokens per port
            Path log = dir.resolve(name + ".log");
            Process process = new ProcessBuilder(command(db, dir, "--server.port=" + port)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Child child = new Child(process, port, log);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the application exited with " + process.exitValue() + ":\n" + child.tail());
                }
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return child;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            child.kill();
            fail("the application did not answer within 240 s:\n" + child.tail());
            return child;
        }

        /** The application's command line on the database, with its data directory under dir. */
        static List<String> command(TestPostgres.Database db, Path dir, String... args) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Duser.language=en", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    PhoiHopApplication.class.getName()));
            command.addAll(List.of(args));
            command.addAll(List.of("--spring.datasource.url=" + db.url(),
                    "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                    "--phoihop.accounts.data-dir=" + dir.resolve("data").toAbsolutePath(),
                    "--phoihop.accounts.admin-password=" + Api.ADMIN_PASSWORD,
                    "--phoihop.accounts.bcrypt-strength=4", "--phoihop.security.failures-per-address=100000"));
            return command;
        }

        /** Runs a command of the application (backup, restore…) to its end: its exit code and what it printed. */
        static Map.Entry<Integer, String> run(TestPostgres.Database db, Path dir, String... args) throws Exception {
            Path log = Files.createTempFile(Files.createDirectories(dir), "command", ".log");
            Process process = new ProcessBuilder(command(db, dir, args)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                fail("the command did not end within 300 s:\n" + Files.readString(log));
            }
            return Map.entry(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        }

        /** SIGKILL: no shutdown hook, no flush, no pool closed. */
        void kill() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                assertThat(process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }
}
