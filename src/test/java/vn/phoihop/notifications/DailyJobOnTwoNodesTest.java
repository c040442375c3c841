package vn.phoihop.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

import vn.phoihop.Api;
import vn.phoihop.PhoiHopApplication;
import vn.phoihop.TestMail;
import vn.phoihop.TestPostgres;

/**
 * Two application nodes on one PostgreSQL, each with its own port, run the daily job at the same moment: one of them
 * runs it (the ShedLock lock), and even when both run the reminders themselves each user gets exactly one digest.
 */
class DailyJobOnTwoNodesTest {

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

    /** Runs the same call on both nodes released at the same instant; their answers, A's first. */
    static <T> List<T> atOnce(Callable<T> onA, Callable<T> onB) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<T> a = threads.submit(() -> {
                start.await();
                return onA.call();
            });
            Future<T> b = threads.submit(() -> {
                start.await();
                return onB.call();
            });
            List<T> answers = new ArrayList<>();
            answers.add(a.get(5, TimeUnit.MINUTES));
            answers.add(b.get(5, TimeUnit.MINUTES));
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoNodesRunningTheDailyJobAtOnceSendEachUserExactlyOneDigest() throws Exception {
        assertThat(port(nodeA)).isNotEqualTo(port(nodeB));
        ReminderFixtures onA = new ReminderFixtures(new Api(port(nodeA)));
        // Node B sees what was made through node A: one database.
        assertThat(new Api(port(nodeB)).get("/api/v1/tasks/" + onA.dueFriday, onA.focalL.token()).status())
                .isEqualTo(200);

        // A lock left by another test of this JVM on the same schema would hold both nodes back.
        nodeA.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("delete from shedlock");
        DailyReminderJob jobA = nodeA.getBean(DailyReminderJob.class);
        DailyReminderJob jobB = nodeB.getBean(DailyReminderJob.class);
        List<Boolean> ran = atOnce(() -> jobA.run(ReminderFixtures.DAY), () -> jobB.run(ReminderFixtures.DAY));
        assertThat(ran).as("one node holds the lock").containsExactlyInAnyOrder(true, false);
        for (Api.User user : List.of(onA.focalL, onA.leaderL, onA.focalC, onA.leaderC)) {
            assertThat(TestMail.to(ReminderFixtures.email(user))).as(user.username()).hasSize(1);
        }

        // Without the lock, both nodes running the reminders at once still send each user one digest.
        ReminderFixtures second = new ReminderFixtures(new Api(port(nodeB)));
        Reminders remindersA = nodeA.getBean(Reminders.class);
        Reminders remindersB = nodeB.getBean(Reminders.class);
        List<Reminders.DailyRun> runs = atOnce(() -> remindersA.runDaily(ReminderFixtures.DAY),
                () -> remindersB.runDaily(ReminderFixtures.DAY));
        for (Api.User user : List.of(second.focalL, second.leaderL, second.focalC, second.leaderC)) {
            assertThat(TestMail.to(ReminderFixtures.email(user))).as(user.username()).hasSize(1);
        }
        assertThat(TestMail.to(ReminderFixtures.email(second.focalL)).get(0).getSubject())
                .isEqualTo("PhoiHop: 3 việc sắp đến hạn, 1 việc quá hạn");
        assertThat(runs.get(0).digestsSent() + runs.get(1).digestsSent()).as("the new users' digests, counted once")
                .isGreaterThanOrEqualTo(4);
        assertThat(new Api(port(nodeA)).get("/api/v1/notifications", second.focalL.token()).json().get("total")
                .asInt()).as("notifications made once").isEqualTo(4);
    }
}
