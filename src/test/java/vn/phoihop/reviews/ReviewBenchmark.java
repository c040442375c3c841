package vn.phoihop.reviews;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnPostgres;

/**
 * Issue 6 speed: a review of a program with 1,000 tasks and 20,000 progress reports over real HTTP on PostgreSQL.
 * Not part of the test suite (the name matches no Surefire pattern); run it with
 * {@code mvn -o test -Dtest=ReviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the printed medians.
 */
@OnPostgres
class ReviewBenchmark extends ApiIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measuresReviewGeneration() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        long office = api.body("Văn phòng");
        List<Long> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(api.body("Cơ quan " + i));
        }
        Api.User secretariat = api.user(office, "SECRETARIAT");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình đo tốc độ",
                "year", year, "parties", List.of(Map.of("organizationId", office)))).id();
        Timestamp created = Timestamp.from(Instant.parse(year + "-01-02T01:00:00Z"));
        List<Object[]> tasks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            LocalDate due = LocalDate.of(year, 1 + i % 12, 1 + i % 28);
            tasks.add(new Object[] {program, "Nhiệm vụ đo " + i, bodies.get(i % bodies.size()), Date.valueOf(due),
                    Date.valueOf(due), created});
        }
        jdbc.batchUpdate("insert into task (program_id, title, lead_organization_id, original_due_date, due_date,"
                + " created_at) values (?, ?, ?, ?, ?, ?)", tasks);
        List<Long> ids = jdbc.queryForList("select id from task where program_id = ? order by id", Long.class, program);
        List<Object[]> reports = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long task = ids.get(i % ids.size());
            int n = i / ids.size();
            LocalDate on = LocalDate.of(year, 1, 5).plusDays(n * 7L);
            boolean done = n == 19 && task % 3 == 0;
            reports.add(new Object[] {task, bodies.get(0), Date.valueOf(on.isAfter(today) ? today : on),
                    done ? 100 : n * 5, "Báo cáo " + i, done, 1L, "Đo", Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("insert into progress_report (task_id, organization_id, reported_on, percent, content,"
                + " completed, author_user_id, author_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", reports);
        LocalDate end = today.minusDays(1);
        LocalDate start = end.minusMonths(6).plusDays(1);
        Map<String, Object> body = Map.of("kind", "SIX_MONTH", "periodStart", start.toString(), "periodEnd", end.toString());
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), body);
        }
        List<Long> createMs = new ArrayList<>();
        List<Long> readMs = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long t0 = System.nanoTime();
            var r = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), body);
            long t1 = System.nanoTime();
            if (r.status() != 201) {
                throw new IllegalStateException(r.body());
            }
            api.get("/api/v1/reviews/" + r.id(), secretariat.token());
            long t2 = System.nanoTime();
            createMs.add((t1 - t0) / 1_000_000);
            readMs.add((t2 - t1) / 1_000_000);
        }
        createMs.sort(null);
        readMs.sort(null);
        System.out.println("REVIEW BENCHMARK (PostgreSQL, 1,000 tasks, 20,000 progress reports, 11 runs)");
        System.out.println("create review: median " + createMs.get(5) + " ms, all " + createMs);
        System.out.println("read draft review (recomputed): median " + readMs.get(5) + " ms, all " + readMs);
    }
}
