package vn.phoihop.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * A profile in miniature: the generated province is usable at once, by its focal point, with every task status; its
 * cases show every stage and status through the cases API, a denouncer only to the handlers; its audit trail keeps
 * the hash chain intact.
 */
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
    void generatesTenYearsOfCasesInEveryStatusAndAnAuditTrailWhoseChainHolds() {
        DataGenerator.Result r = generator.generate(Profile.PROVINCE_10Y.scaled(0.01));
        assertThat(r.cases()).isEqualTo(1000);
        assertThat(r.auditEntries()).isEqualTo(10_000);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        // Read back through the cases API, as the application's status rule computes overdue and on time.
        String admin = api.adminToken();
        List<JsonNode> all = new ArrayList<>();
        for (long body = r.firstBody() + 1; body < r.firstBody() + r.bodies(); body++) {
            var page = api.get("/api/v1/cases?organizationId=" + body + "&size=500", admin);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(all::add);
        }
        assertThat(all).hasSize(1000);
        Set<String> stages = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        LocalDate first = today;
        for (JsonNode c : all) {
            String stage = c.get("stage").asString();
            stages.add(stage);
            kinds.add(c.get("kind").asString() + "_" + c.get("instance").asString());
            if (List.of("RECEIVED", "ACCEPTED", "VERIFYING").contains(stage)) {
                statuses.add(stage + (c.get("overdue").asBoolean() ? " overdue" : " in time"));
            }
            if (!c.get("onTime").isNull()) {
                statuses.add(stage + (c.get("onTime").asBoolean() ? " resolved on time" : " resolved late"));
            }
            LocalDate received = LocalDate.parse(c.get("receivedOn").asString());
            first = received.isBefore(first) ? received : first;
            assertThat(received).isBeforeOrEqualTo(today);
            assertThat(c.get("deadlines").has("acceptBy")).as(c.toString()).isTrue();
        }
        assertThat(stages).containsExactlyInAnyOrder("RECEIVED", "ACCEPTED", "REFUSED", "TRANSFERRED", "VERIFYING",
                "DECIDED", "CLOSED", "WITHDRAWN");
        assertThat(statuses).contains("RECEIVED overdue", "RECEIVED in time", "ACCEPTED overdue", "ACCEPTED in time",
                "VERIFYING overdue", "VERIFYING in time", "DECIDED resolved on time", "DECIDED resolved late",
                "CLOSED resolved on time", "CLOSED resolved late");
        assertThat(kinds).contains("COMPLAINT_FIRST", "COMPLAINT_SECOND", "DENUNCIATION_FIRST", "PETITION_FIRST");
        assertThat(first).isBefore(today.minusYears(9));

        // A denouncer: shown to the handlers of the handling body, masked for its leader and in every list.
        JsonNode denunciation = all.stream().filter(c -> c.get("kind").asString().equals("DENUNCIATION")
                && List.of("RECEIVED", "ACCEPTED", "VERIFYING").contains(c.get("stage").asString())).findFirst()
                .orElseThrow();
        assertThat(denunciation.get("citizen").get("masked").asBoolean()).isTrue();
        int body = (int) (denunciation.get("handlingOrganizationId").asLong() - r.firstBody());
        String handler = api.token(r.prefix() + "-b" + body + "-u2", r.password());
        String leader = api.token(r.prefix() + "-b" + body + "-u1", r.password());
        var shown = api.get("/api/v1/cases/" + denunciation.get("id").asLong(), handler);
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.json().get("citizen").get("fullName").asString()).isNotBlank();
        assertThat(shown.json().get("citizen").get("idNumber").asString()).matches("[0-9]{12}");
        var masked = api.get("/api/v1/cases/" + denunciation.get("id").asLong(), leader);
        assertThat(masked.json().get("citizen").get("masked").asBoolean()).isTrue();
        assertThat(masked.json().get("citizen").has("fullName")).isFalse();
        // Closed more than five years ago: the personal data is gone, as the daily erasure leaves it.
        JsonNode old = all.stream().filter(c -> c.get("closedOn") != null && !c.get("closedOn").isNull()
                && LocalDate.parse(c.get("closedOn").asString()).isBefore(today.minusYears(6))).findFirst().orElseThrow();
        assertThat(api.get("/api/v1/cases/" + old.get("id").asLong(), admin).json().get("citizen").get("erased")
                .asBoolean()).isTrue();

        // The audit trail continues the chain, and a handler's entries run forward in time over the ten years.
        var verify = api.get("/api/v1/audit/verify", admin);
        assertThat(verify.status()).as(verify.body()).isEqualTo(200);
        assertThat(verify.json().get("ok").asBoolean()).as(verify.body()).isTrue();
        assertThat(verify.json().get("checked").asLong()).isGreaterThanOrEqualTo(10_000);
        var entries = api.get("/api/v1/audit?actor=" + r.prefix() + "-b" + body + "-u2&size=500", admin);
        assertThat(entries.status()).as(entries.body()).isEqualTo(200);
        List<Instant> times = new ArrayList<>();
        entries.json().get("items").forEach(e -> times.add(Instant.parse(e.get("at").asString())));
        assertThat(times).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a))
                .allMatch(t -> !t.isAfter(Instant.now()));
        var history = api.get("/api/v1/audit?entityType=case&entityId=" + old.get("id").asLong(), admin);
        assertThat(history.json().get("items").findValues("action").stream().map(JsonNode::asString).toList()).contains("CREATE");
    }

    @Test
    void namesItsProfiles() {
        assertThat(Profile.named("province-10y").tasksPerProgram() * Profile.named("province-10y").programs())
                .isEqualTo(50_000);
        assertThat(Profile.named("province-10y").cases()).isEqualTo(100_000);
        assertThat(Profile.named("province-10y").auditEntries()).isEqualTo(1_000_000);
        assertThat(Profile.named("redmine-equivalent").programs()).isEqualTo(20);
        assertThat(Profile.named("redmine-equivalent").cases()).isZero();
    }
}

@OnH2
class DataGeneratorOnH2Test extends DataGeneratorTests {
}

@OnPostgres
class DataGeneratorOnPostgresTest extends DataGeneratorTests {
}
