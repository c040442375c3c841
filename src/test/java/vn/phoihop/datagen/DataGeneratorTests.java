package vn.phoihop.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** A profile in miniature: the generated province is usable at once, by its focal point, with every task status. */
abstract class DataGeneratorTests extends ApiIntegrationTest {

    @Autowired
    DataGenerator generator;

    @Test
    void generatesAUsableRedmineEquivalentInMiniature() {
        DataGenerator.Result r = generator.generate(Profile.REDMINE_EQUIVALENT.scaled(0.05));
        assertThat(r.programs()).isEqualTo(1);
        assertThat(r.tasks()).isEqualTo(25);
        // Tasks that have begun (7 in 10) carry the reports: about 5 a task in all.
        assertThat(r.reports()).isBetween(r.tasks() * 3, r.tasks() * 7);

        String token = api.token(r.focalUser(), r.password());
        var list = api.get("/api/v1/programs/" + r.firstProgram() + "/tasks?size=100", token);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(25);
        Set<String> statuses = new HashSet<>();
        list.json().get("items").forEach(t -> statuses.add(t.get("status").asString()));
        assertThat(statuses).containsExactlyInAnyOrder("NOT_STARTED", "IN_PROGRESS", "DONE_ON_TIME", "DONE_LATE",
                "OVERDUE", "CANCELLED");
        var reports = api.get("/api/v1/tasks/" + (r.firstTask() + 3) + "/progress", token);
        assertThat(reports.status()).as(reports.body()).isEqualTo(200);
        assertThat(reports.body()).contains("Đã");

        // A second run adds another province beside the first, under other names.
        DataGenerator.Result again = generator.generate(Profile.REDMINE_EQUIVALENT.scaled(0.05));
        assertThat(again.focalUser()).isNotEqualTo(r.focalUser());
        assertThat(again.firstProgram()).isGreaterThan(r.firstProgram());
    }

    @Test
    void namesItsProfiles() {
        assertThat(Profile.named("province-10y").tasksPerProgram() * Profile.named("province-10y").programs())
                .isEqualTo(50_000);
        assertThat(Profile.named("redmine-equivalent").programs()).isEqualTo(20);
    }
}

@OnH2
class DataGeneratorOnH2Test extends DataGeneratorTests {
}

@OnPostgres
class DataGeneratorOnPostgresTest extends DataGeneratorTests {
}
