package vn.phoihop.dashboards;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnPostgres;

/**
 * Issue 8 speed: the leader dashboard of a year of 50 programs (20–40 tasks each, progress reports on most tasks,
 * co-operating bodies, 45 programs in force) over real HTTP on PostgreSQL, as JSON and as the page. Not part of the
 * test suite (the name matches no Surefire pattern); run it with
 * {@code mvn -o test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jvm.options=} and read
 * the printed medians and 95th percentiles (target: median ≤ 100 ms). The empty {@code test.jvm.options} removes the
 * suite's {@code -XX:TieredStopAtLevel=1} (a start-up saving for short test JVMs), so that the server code runs with
 * the JVM's full optimising compiler as the application does in production; the warm-up lets it compile the hot
 * paths. Without it the figures are those of the quick compiler only (about 1.6× slower).
 */
@OnPostgres
class DashboardBenchmark extends ApiIntegrationTest {

    static final int PROGRAMS = 50;
    static final int WARM_UP = Integer.getInteger("dashboard.warmUp", 100);
    static final int RUNS = Integer.getInteger("dashboard.runs", 101);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measuresTheLeaderDashboard() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        Random random = new Random(8);
        long office = api.body("Văn phòng Tỉnh ủy");
        List<Long> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(api.body("Cơ quan " + i));
        }
        Api.User secretariat = api.user(office, "SECRETARIAT");
        Api.User leader = api.user(office, "LEADER");
        Timestamp created = Timestamp.from(Instant.parse(year + "-01-02T01:00:00Z"));
        int taskCount = 0;
        for (int p = 0; p < PROGRAMS; p++) {
            List<Map<String, Object>> parties = new ArrayList<>();
            parties.add(Map.of("organizationId", office));
            for (int k = 0; k < 3; k++) {
                parties.add(Map.of("organizationId", bodies.get((p * 3 + k) % bodies.size())));
            }
            long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title",
                    "Chương trình phối hợp số " + p + " năm " + year, "year", year, "parties", parties)).id();
            List<Long> themes = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                themes.add(api.post("/api/v1/programs/" + program + "/themes", secretariat.token(),
                        Map.of("title", "Nội dung " + k)).id());
            }
            if (p < 45) {
                api.post("/api/v1/programs/" + program + "/sign", secretariat.token(),
                        Map.of("signedOn", LocalDate.of(year, 1, 15 + p % 10).toString()));
            }
            int n = 20 + random.nextInt(21);
            taskCount += n;
            List<Object[]> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate due = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                tasks.add(new Object[] {program, themes.get(i % themes.size()), "Nhiệm vụ " + p + "." + i,
                        bodies.get(random.nextInt(bodies.size())), Date.valueOf(due), Date.valueOf(due), created});
            }
            jdbc.batchUpdate("insert into task (program_id, theme_id, title, lead_organization_id, original_due_date,"
                    + " due_date, created_at) values (?, ?, ?, ?, ?, ?, ?)", tasks);
            List<Map<String, Object>> ids = jdbc.queryForList(
                    "select id, lead_organization_id, due_date from task where program_id = ? order by id", program);
            List<Object[]> cooperating = new ArrayList<>();
            List<Object[]> reports = new ArrayList<>();
            for (Map<String, Object> t : ids) {
                long id = ((Number) t.get("id")).longValue();
                long lead = ((Number) t.get("lead_organization_id")).longValue();
                long other = bodies.get(random.nextInt(bodies.size()));
                if (other != lead) {
                    cooperating.add(new Object[] {id, other});
                }
                LocalDate due = ((Date) t.get("due_date")).toLocalDate();
                int count = random.nextInt(4);
                for (int r = 0; r < count; r++) {
                    LocalDate on = LocalDate.of(year, 1, 20).plusDays(random.nextInt(330));
                    if (on.isAfter(today)) {
                        on = today;
                    }
                    boolean done = r == count - 1 && random.nextInt(3) > 0;
                    reports.add(new Object[] {id, lead, Date.valueOf(on), done ? 100 : 30 * (r + 1), "Báo cáo tiến độ",
                            done, 1L, "Đo", Timestamp.from(Instant.now())});
                }
            }
            jdbc.batchUpdate("insert into task_cooperating (task_id, organization_id) values (?, ?)", cooperating);
            jdbc.batchUpdate("insert into progress_report (task_id, organization_id, reported_on, percent, content,"
                    + " completed, author_user_id, author_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", reports);
        }
        jdbc.execute("analyze");
        Browser browser = Browser.signedIn(port, leader.username(), leader.password());
        String path = "/api/v1/dashboard?year=" + year;
        var check = api.get(path, leader.token());
        if (check.status() != 200 || check.json().get("programs").size() < PROGRAMS) {
            throw new IllegalStateException(check.status() + " " + check.body());
        }
        long[] json = measure(() -> api.get(path, leader.token()).status());
        long[] page = measure(() -> browser.get("/dashboard?year=" + year).status());
        System.out.println("DASHBOARD BENCHMARK (PostgreSQL, " + PROGRAMS + " programs, " + taskCount
                + " tasks, leader of the keeper body, " + RUNS + " runs after " + WARM_UP + " warm-up)");
        System.out.println("GET " + path + ": median " + json[0] + " ms, p95 " + json[1] + " ms, CPU per request "
                + json[2] + " ms");
        System.out.println("GET /dashboard?year=" + year + " (page): median " + page[0] + " ms, p95 " + page[1]
                + " ms, CPU per request " + page[2] + " ms");
        System.out.println("(CPU per request: the whole test JVM's CPU time, server and client, over the measured runs;"
                + " unlike the wall times it hardly grows when other processes load the machine)");
    }

    /** Median and 95th percentile in milliseconds, and the JVM's CPU milliseconds per call. */
    static long[] measure(Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP; i++) {
            check(call.get());
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            check(call.get());
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        long cpu = (os.getProcessCpuTime() - cpu0) / 1_000_000 / RUNS;
        ms.sort(null);
        return new long[] {ms.get(RUNS / 2), ms.get((int) Math.ceil(RUNS * 0.95) - 1), cpu};
    }

    static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("status " + status);
        }
    }
}
