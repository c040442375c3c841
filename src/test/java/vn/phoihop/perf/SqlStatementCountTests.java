package vn.phoihop.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.web.SqlStatementCount;

/**
 * The main pages and the task list API run a fixed number of SQL statements, whatever the number of tasks and
 * progress reports they show: a statement per row (N+1) makes them fail. Counted by Hibernate's StatementInspector
 * ({@link SqlStatementCount}) over real HTTP, as a focal point of the lead body.
 */
abstract class SqlStatementCountTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Fixed bounds, per request, whole request (sign-in check, page, layout). */
    static final int PROGRAM_LIST = 25;
    static final int PROGRAM_PAGE = 40;
    static final int TASK_PAGE = 40;
    static final int TASK_LIST_API = 20;

    record Province(long lead, long cooperating, Api.User secretariat, Api.User focal) {
    }

    Province province() {
        long office = api.body(Api.unique("Văn phòng Tỉnh ủy"));
        long lead = api.body(Api.unique("Ban Tổ chức Tỉnh ủy"));
        long cooperating = api.body(Api.unique("Ban Tuyên giáo và Dân vận Tỉnh ủy"));
        return new Province(lead, cooperating, api.user(office, "SECRETARIAT"), api.user(lead, "FOCAL_POINT"));
    }

    /** A signed program with this many tasks, each with two progress reports, one overdue task in three. */
    record Built(long program, List<Long> tasks) {
    }

    Built program(Province p, int tasks) {
        var created = api.post("/api/v1/programs", p.secretariat().token(), Map.of("title", Api.unique("Chương trình phối hợp"),
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", p.lead()),
                        Map.of("organizationId", p.cooperating()))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long program = created.id();
        assertThat(api.post("/api/v1/programs/" + program + "/sign", p.secretariat().token(),
                Map.of("signedOn", TODAY.minusDays(60).toString())).status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            var t = api.post("/api/v1/programs/" + program + "/tasks", p.secretariat().token(), Map.of(
                    "title", "Nhiệm vụ số " + i, "leadOrganizationId", p.lead(),
                    "cooperatingOrganizationIds", List.of(p.cooperating()),
                    "dueDate", (i % 3 == 0 ? TODAY.minusDays(5) : TODAY.plusDays(30)).toString()));
            assertThat(t.status()).as(t.body()).isEqualTo(201);
            ids.add(t.id());
            for (int r = 0; r < 2; r++) {
                var report = api.post("/api/v1/tasks/" + t.id() + "/progress", p.focal().token(), Map.of(
                        "reportedOn", TODAY.minusDays(10 - r).toString(), "percent", 20 + r * 20,
                        "text", "Đã triển khai đợt " + (r + 1)));
                assertThat(report.status()).as(report.body()).isEqualTo(201);
            }
        }
        return new Built(program, ids);
    }

    Map<String, Integer> counts(Province p, Built b) {
        Browser browser = Browser.signedIn(port, p.focal().username(), p.focal().password());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("program list", page(browser, "/programs"));
        counts.put("program page", page(browser, "/programs/" + b.program()));
        counts.put("task page", page(browser, "/tasks/" + b.tasks().get(0)));
        String list = "/api/v1/programs/" + b.program() + "/tasks?status=OVERDUE,IN_PROGRESS&page=1&size=25";
        assertThat(api.get(list, p.focal().token()).status()).isEqualTo(200);
        counts.put("task list API", SqlStatementCount.lastFor(list));
        return counts;
    }

    int page(Browser browser, String path) {
        var page = browser.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return SqlStatementCount.lastFor(path);
    }

    @Test
    void mainPagesRunAFixedNumberOfStatementsWhateverTheNumberOfTasks() {
        Province p = province();
        Map<String, Integer> small = counts(p, program(p, 2));
        Map<String, Integer> large = counts(p, program(p, 20));
        System.out.println("SQL statements per request, 2 tasks: " + small + "; 20 tasks: " + large);
        assertThat(small.values()).allMatch(n -> n > 0);
        assertThat(large.get("program list")).isLessThanOrEqualTo(PROGRAM_LIST);
        assertThat(large.get("program page")).isLessThanOrEqualTo(PROGRAM_PAGE);
        assertThat(large.get("task page")).isLessThanOrEqualTo(TASK_PAGE);
        assertThat(large.get("task list API")).isLessThanOrEqualTo(TASK_LIST_API);
        // Ten times the tasks and reports, (almost) the same statements: nothing is loaded one row at a time.
        large.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(small.get(page) + 2));
    }
}

@OnH2
class SqlStatementCountOnH2Test extends SqlStatementCountTests {
}

@OnPostgres
class SqlStatementCountOnPostgresTest extends SqlStatementCountTests {
}
