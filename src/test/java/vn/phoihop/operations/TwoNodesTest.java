package vn.phoihop.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.Api;
import vn.phoihop.Browser;
import vn.phoihop.PhoiHopApplication;
import vn.phoihop.TestPostgres;
import vn.phoihop.notifications.Reminders;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a page session opened on one is valid on the
 * other (sessions in the database), a change made on one is read and found by search on the other, and the daily
 * reminders run on both at the same moment notify each user once.
 */
class TwoNodesTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node();
        nodeB = node();
    }

    static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(PhoiHopApplication.class).profiles("pgtest")
                .initializers(new TestPostgres()).run("--server.port=0");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void sessionsChangesSearchAndRemindersAreSharedByTwoNodes() throws Exception {
        assertThat(port(nodeA)).isNotEqualTo(port(nodeB));
        Api onA = new Api(port(nodeA));
        Api onB = new Api(port(nodeB));
        long keeper = onA.body("Văn phòng Tỉnh ủy");
        long lead = onA.body("Ban Tổ chức Tỉnh ủy");
        Api.User secretariat = onA.user(keeper, "SECRETARIAT", "FOCAL_POINT");
        Api.User focal = onA.user(lead, "FOCAL_POINT");

        // A page session opened on A is valid on B; signing out on B ends it on A too.
        Browser browser = Browser.signedIn(port(nodeA), secretariat.username(), secretariat.password());
        assertThat(browser.get("/").status()).isEqualTo(200);
        Browser sameOnB = browser.onPort(port(nodeB));
        assertThat(sameOnB.get("/").status()).as("session of A on B").isEqualTo(200);
        assertThat(new Browser(port(nodeB)).get("/").status()).as("no session").isEqualTo(302);
        assertThat(nodeA.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from spring_session where principal_name = ?", Long.class, secretariat.username()))
                .isEqualTo(1);

        // A change made on A is read and found on B (search through PostgreSQL's index).
        String marker = Api.unique("Kiểm tra hai nút ");
        String word = "haimay" + System.nanoTime();
        Api.Response program = onA.post("/api/v1/programs", secretariat.token(), Map.of("title", marker + " " + word,
                "year", 2026, "parties", List.of(Map.of("organizationId", keeper))));
        assertThat(program.status()).isEqualTo(201);
        assertThat(onA.post("/api/v1/programs/" + program.id() + "/sign", secretariat.token(),
                Map.of("signedOn", "2026-01-15")).status() / 100).isEqualTo(2);
        Api.Response task = onA.post("/api/v1/programs/" + program.id() + "/tasks", secretariat.token(), Map.of(
                "title", "Tổng kết công tác " + word, "leadOrganizationId", lead, "cooperatingOrganizationIds",
                List.of(), "dueDate", "2026-11-20"));
        assertThat(task.status()).isEqualTo(201);
        assertThat(onB.get("/api/v1/tasks/" + task.id(), focal.token()).status()).isEqualTo(200);
        assertThat(sameOnB.get("/programs/" + program.id()).body()).contains(word);

        // Both nodes keep evaluated statuses in memory: a progress report made on A shows at once on B (and the
        // other way round), though each node read the program's list before.
        String listPath = "/api/v1/programs/" + program.id() + "/tasks";
        assertThat(onA.get(listPath, focal.token()).json().get("items").get(0).get("status").asText())
                .isEqualTo("OVERDUE");
        assertThat(onB.get(listPath, focal.token()).json().get("items").get(0).get("status").asText())
                .isEqualTo("OVERDUE");
        assertThat(onA.post("/api/v1/tasks/" + task.id() + "/progress", focal.token(), Map.of("reportedOn",
                "2026-11-19", "percent", 100, "completed", true, "text", "Đã hoàn thành trên nút A")).status())
                .isEqualTo(201);
        assertThat(onB.get(listPath, focal.token()).json().get("items").get(0).get("status").asText())
                .as("B after a report on A").isEqualTo("DONE_ON_TIME");
        assertThat(onB.post("/api/v1/tasks/" + task.id() + "/deadline", secretariat.token(), Map.of("dueDate",
                "2026-11-10", "reason", "Điều chỉnh thời hạn trên nút B")).status() / 100).isEqualTo(2);
        assertThat(onA.get(listPath, focal.token()).json().get("items").get(0).get("status").asText())
                .as("A after a deadline change on B").isEqualTo("DONE_LATE");
        int found = 0;
        for (int i = 0; i < 60 && found == 0; i++) {
            found = onB.get("/api/v1/search?q=" + word, secretariat.token()).json().get("total").asInt();
            if (found == 0) {
                Thread.sleep(500);
            }
        }
        assertThat(found).as("found on B").isGreaterThanOrEqualTo(2);

        // Both nodes run the daily reminders at the same moment: the focal point is notified once.
        LocalDate day = LocalDate.of(2026, 11, 18);
        Reminders a = nodeA.getBean(Reminders.class);
        Reminders b = nodeB.getBean(Reminders.class);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> ra = threads.submit(() -> {
                start.await();
                return a.runDaily(day);
            });
            Future<?> rb = threads.submit(() -> {
                start.await();
                return b.runDaily(day);
            });
            ra.get(5, TimeUnit.MINUTES);
            rb.get(5, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        JdbcTemplate db = nodeB.getBean(JdbcTemplate.class);
        assertThat(db.queryForObject("select count(*) from notification where user_id = ? and due_date = ?",
                Long.class, focal.id(), LocalDate.of(2026, 11, 20))).as("one reminder").isEqualTo(1);
        assertThat(db.queryForObject("select count(*) from notification_digest where user_id = ? and digest_day = ?",
                Long.class, focal.id(), day)).as("at most one digest").isLessThanOrEqualTo(1);
        assertThat(onB.get("/api/v1/notifications", focal.token()).json().get("total").asInt()).isEqualTo(1);
    }
}
