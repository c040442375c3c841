package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * The cases section of a review counts the cases that concern the program — handled by its keeper or a party, or
 * linked to one of its tasks — received by the end of the period, and no other.
 */
abstract class CaseReviewSectionTests extends ApiIntegrationTest {

    @Test
    void countsTheCasesOfThePartiesAndOfTheProgramsTasksOnly() {
        long office = api.body("Văn phòng Tỉnh ủy");
        long party = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        long other = api.body("Sở Tài nguyên", "SPECIALIST_AGENCY");
        Api.User secretariat = api.user(office, "SECRETARIAT");
        Api.User partyHandler = api.user(party, "CASE_HANDLER");
        Api.User otherHandler = api.user(other, "CASE_HANDLER");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình có đơn thư",
                "year", 2026, "parties", List.of(Map.of("organizationId", office), Map.of("organizationId", party))))
                .id();
        api.post("/api/v1/programs/" + program + "/sign", secretariat.token(), Map.of("signedOn", "2026-01-10"));
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                "Phối hợp giải quyết đơn thư", "leadOrganizationId", party, "cooperatingOrganizationIds", List.of(other),
                "dueDate", "2026-06-30")).id();

        api.post("/api/v1/cases", partyHandler.token(), CasesApiTests.caseBody("COMPLAINT", "FIRST", "2026-03-02", party,
                "NORMAL", false, "Nguyễn Văn Một"));
        Map<String, Object> linked = new java.util.HashMap<>(CasesApiTests.caseBody("PETITION", null, "2026-04-01",
                other, "NORMAL", false, "Trần Thị Hai"));
        linked.put("taskIds", List.of(task));
        Api.Response linkedCase = api.post("/api/v1/cases", otherHandler.token(), linked);
        assertThat(linkedCase.status()).as(linkedCase.body()).isEqualTo(201);
        api.post("/api/v1/cases", otherHandler.token(), CasesApiTests.caseBody("COMPLAINT", "FIRST", "2026-03-03",
                other, "NORMAL", false, "Lê Văn Ba"));
        api.post("/api/v1/cases", partyHandler.token(), CasesApiTests.caseBody("COMPLAINT", "FIRST", "2026-07-15",
                party, "NORMAL", false, "Phạm Văn Bốn"));

        assertThat(received(secretariat, program))
                .as("the party's case and the case linked to a task; not another body's, not one after the period")
                .isEqualTo(2);
    }

    int received(Api.User secretariat, long program) {
        Api.Response r = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), Map.of("kind",
                "SIX_MONTH", "periodStart", "2026-01-01", "periodEnd", "2026-06-30"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode cases = r.json().get("figures").get("sections").get("cases");
        return cases.get("received").asInt();
    }
}

@OnH2
class CaseReviewSectionOnH2Test extends CaseReviewSectionTests {
}

@OnPostgres
class CaseReviewSectionOnPostgresTest extends CaseReviewSectionTests {
}
