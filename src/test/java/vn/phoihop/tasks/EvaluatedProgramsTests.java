package vn.phoihop.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.programs.TaskStamps;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/**
 * Statuses kept in memory ({@link EvaluatedPrograms}) are never older than what is committed: every way of changing a
 * program's tasks shows at once in its list; a change another node commits (seen here as rows written past this
 * node's services, with the program's stamp raised as every change raises it) shows too; a change that rolls back
 * leaves nothing behind.
 */
abstract class EvaluatedProgramsTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    Tasks tasks;
    @Autowired
    TaskStamps stamps;
    @Autowired
    EvaluatedPrograms evaluated;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    long lead;
    Api.User secretariat;
    Api.User focal;
    long program;
    long task;

    @BeforeEach
    void scene() {
        long office = api.body("Văn phòng Tỉnh ủy");
        lead = api.body("Ban Tổ chức Tỉnh ủy");
        secretariat = api.user(office, "SECRETARIAT");
        focal = api.user(lead, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình kiểm tra bộ nhớ đệm",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", lead)))).id();
        task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title", "Rà soát",
                "leadOrganizationId", lead, "dueDate", TODAY.plusDays(5).toString())).id();
    }

    String status(long taskId) {
        var items = api.get("/api/v1/programs/" + program + "/tasks", focal.token()).json().get("items");
        for (var item : items) {
            if (item.get("id").asLong() == taskId) {
                return item.get("status").asText();
            }
        }
        return null;
    }

    @Test
    void everyChangeThroughTheApplicationShowsAtOnce() {
        assertThat(status(task)).isEqualTo("NOT_STARTED");
        long before = evaluated.counts()[0];
        assertThat(status(task)).isEqualTo("NOT_STARTED");
        assertThat(evaluated.counts()[0]).as("the second read is answered from memory").isGreaterThan(before);

        api.post("/api/v1/tasks/" + task + "/progress", focal.token(), Map.of("reportedOn", TODAY.toString(),
                "percent", 40, "text", "Đang thực hiện"));
        assertThat(status(task)).isEqualTo("IN_PROGRESS");

        api.post("/api/v1/tasks/" + task + "/deadline", secretariat.token(), Map.of("dueDate",
                TODAY.minusDays(1).toString(), "reason", "Rút ngắn thời hạn"));
        assertThat(status(task)).isEqualTo("OVERDUE");

        var patched = api.patch("/api/v1/tasks/" + task, secretariat.token(), Map.of("version",
                api.get("/api/v1/tasks/" + task, secretariat.token()).json().get("version").asLong(),
                "title", "Rà soát, bổ sung"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/programs/" + program + "/tasks", focal.token()).body()).contains("Rà soát, bổ sung");

        long second = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                "Việc thứ hai", "leadOrganizationId", lead, "dueDate", TODAY.plusDays(9).toString())).id();
        assertThat(status(second)).isEqualTo("NOT_STARTED");

        api.post("/api/v1/tasks/" + second + "/cancel", secretariat.token(), Map.of("reason", "Không còn phù hợp"));
        assertThat(status(second)).isEqualTo("CANCELLED");

        api.post("/api/v1/tasks/" + task + "/progress", focal.token(), Map.of("reportedOn", TODAY.toString(),
                "percent", 100, "completed", true, "text", "Đã xong"));
        assertThat(status(task)).isEqualTo("DONE_LATE");
        assertThat(api.get("/api/v1/programs/" + program + "/dashboard", focal.token()).json().get("totals")
                .toString()).contains("\"doneLate\":1").contains("\"cancelled\":1");
    }

    @Test
    void aChangeCommittedByAnotherNodeShowsAtOnce() {
        assertThat(status(task)).isEqualTo("NOT_STARTED");
        // Another node reports progress: its rows and its stamp, committed together.
        transactions.executeWithoutResult(tx -> {
            jdbc.update("insert into progress_report (task_id, organization_id, reported_on, percent, content,"
                    + " completed, author_user_id, author_name, created_at) values (?, ?, ?, 100, 'Xong', true, 1,"
                    + " 'Nút khác', current_timestamp)", task, lead, java.sql.Date.valueOf(TODAY));
            stamps.raise(program);
        });
        assertThat(status(task)).isEqualTo("DONE_ON_TIME");
    }

    @Test
    void aChangeThatRollsBackLeavesNothingInMemory() {
        assertThat(status(task)).isEqualTo("NOT_STARTED");
        Actor actor = new Actor(new UserId(1), "admin", "Quản trị", null, Set.of(Role.ADMIN));
        transactions.executeWithoutResult(tx -> {
            tasks.reportProgress(new vn.phoihop.shared.TaskId(task), new ProgressForm(TODAY, 100, "Sẽ bị hủy bỏ", true,
                    null), actor);
            // Inside the transaction the change is seen (read past the cache)…
            assertThat(tasks.list(new ProgramId(program), Set.of(), null, actor).get(0).status())
                    .isEqualTo(TaskStatus.DONE_ON_TIME);
            tx.setRollbackOnly();
        });
        // …and after the rollback it is gone, also once a later change has raised the stamp to the value the
        // rolled-back transaction had given it (the first read after the rollback comes only then).
        transactions.executeWithoutResult(tx -> stamps.raise(program));
        assertThat(status(task)).isEqualTo("NOT_STARTED");
    }
}

@OnH2
class EvaluatedProgramsOnH2Test extends EvaluatedProgramsTests {
}

@OnPostgres
class EvaluatedProgramsOnPostgresTest extends EvaluatedProgramsTests {
}
