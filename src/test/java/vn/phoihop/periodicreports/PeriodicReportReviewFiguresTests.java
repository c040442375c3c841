package vn.phoihop.periodicreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** The periodic-report section this module contributes to a review: reports due within the period, by status. */
abstract class PeriodicReportReviewFiguresTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aReviewCountsTheReportsDueWithinItsPeriodOnTimeLateOrMissingByParty() {
        long keeper = api.body("Văn phòng Tỉnh ủy");
        long partyA = api.body("Ban Tuyên giáo Tỉnh ủy");
        long partyB = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        Api.User secretariat = api.user(keeper, "SECRETARIAT");
        Api.User focalA = api.user(partyA, "FOCAL_POINT");
        LocalDate start = YearMonth.from(TODAY).minusMonths(3).atDay(1);
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình báo cáo"),
                "year", start.getYear(), "periodStart", start.toString(), "periodEnd", TODAY.plusMonths(3).toString(),
                "parties", List.of(Map.of("organizationId", partyA), Map.of("organizationId", partyB)))).id();
        assertThat(api.put("/api/v1/programs/" + program + "/regulation", secretariat.token(),
                Map.of("reportCadence", "MONTHLY", "reportDueDay", 31, "infoRequestResponseDays", 5,
                        "reviewIntervalMonths", 6)).status()).isEqualTo(200);
        var late = api.post("/api/v1/programs/" + program + "/periodic-reports", focalA.token(),
                Map.of("organizationId", partyA, "periodStart", start.toString(), "text", "Báo cáo tháng"));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.text("status")).isEqualTo("LATE");

        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SIX_MONTH");
        body.put("periodStart", start.toString());
        body.put("periodEnd", TODAY.toString());
        var review = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), body);
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        JsonNode section = review.json().get("figures").get("sections").get("periodicReports");
        // the first two months are due (on the last day of the following month); the third is not yet
        assertThat(section.get("due").asInt()).isEqualTo(4);
        assertThat(section.get("late").asInt()).isEqualTo(1);
        assertThat(section.get("missing").asInt()).isEqualTo(3);
        Map<Long, JsonNode> byParty = new HashMap<>();
        section.get("byOrganization").forEach(n -> byParty.put(n.get("organizationId").asLong(), n));
        assertThat(byParty.get(partyA).get("late").asInt()).isEqualTo(1);
        assertThat(byParty.get(partyA).get("missing").asInt()).isEqualTo(1);
        assertThat(byParty.get(partyB).get("missing").asInt()).isEqualTo(2);
    }
}

@OnH2
class PeriodicReportReviewFiguresOnH2Test extends PeriodicReportReviewFiguresTests {
}

@OnPostgres
class PeriodicReportReviewFiguresOnPostgresTest extends PeriodicReportReviewFiguresTests {
}
