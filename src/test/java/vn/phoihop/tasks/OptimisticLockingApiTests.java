package vn.phoihop.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

abstract class OptimisticLockingApiTests extends ApiIntegrationTest {

    @Test
    void twoConcurrentUpdatesWithTheSameVersionLetExactlyOneWinAndStoreNothingOfTheLoser() throws Exception {
        long office = api.body("Văn phòng");
        long board = api.body("Ban Tổ chức");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "CT", "year", 2026,
                "parties", List.of(Map.of("organizationId", office)))).id();
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(),
                Map.of("title", "Gốc", "leadOrganizationId", board, "dueDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .plusDays(9).toString())).id();
        for (int round = 0; round < 5; round++) {
            long version = api.get("/api/v1/tasks/" + task, secretariat.token()).json().get("version").asLong();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Api.Response>> results = new ArrayList<>();
            for (String title : List.of("Bên A " + round, "Bên B " + round)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.patch("/api/v1/tasks/" + task, secretariat.token(),
                            Map.of("version", version, "title", title, "output", "Sản phẩm " + title));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Api.Response> f : results) {
                Api.Response r = f.get();
                statuses.add(r.status());
                if (r.status() == 200) {
                    winner = r.text("title");
                } else {
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
                }
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            var stored = api.get("/api/v1/tasks/" + task, secretariat.token());
            assertThat(stored.text("title")).isEqualTo(winner);
            assertThat(stored.text("output")).isEqualTo("Sản phẩm " + winner);
            assertThat(stored.json().get("version").asLong()).isEqualTo(version + 1);
        }
    }

    @Test
    void aStaleVersionGets409AndChangesNothing() {
        long office = api.body("Văn phòng");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "CT", "year", 2026,
                "parties", List.of(Map.of("organizationId", office)))).id();
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(),
                Map.of("title", "Gốc", "leadOrganizationId", office)).id();
        assertThat(api.patch("/api/v1/tasks/" + task, secretariat.token(), Map.of("version", 0, "title", "Một")).status())
                .isEqualTo(200);
        assertThat(api.patch("/api/v1/tasks/" + task, secretariat.token(), Map.of("version", 0, "title", "Hai")).status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/tasks/" + task, secretariat.token()).text("title")).isEqualTo("Một");
        var dueDate = api.patch("/api/v1/tasks/" + task, secretariat.token(), Map.of("version", 1, "dueDate", "2030-01-01"));
        assertThat(dueDate.status()).isEqualTo(400);
        assertThat(dueDate.json().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
    }
}

@OnH2
class OptimisticLockingApiOnH2Test extends OptimisticLockingApiTests {
}

@OnPostgres
class OptimisticLockingApiOnPostgresTest extends OptimisticLockingApiTests {
}
