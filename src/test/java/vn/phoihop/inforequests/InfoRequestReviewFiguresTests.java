package vn.phoihop.inforequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/** The information-request section this module contributes to a review: requests sent within the period. */
abstract class InfoRequestReviewFiguresTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long program;
    long bodyA;
    long bodyB;
    Api.User focalA;
    Api.User focalB;

    long send(LocalDate sentOn) {
        var r = api.post("/api/v1/info-requests", focalA.token(), Map.of("programId", program, "fromOrganizationId", bodyA,
                "toOrganizationId", bodyB, "subject", "Đề nghị cung cấp số liệu", "content", "Số liệu quý",
                "sentOn", sentOn.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    void answer(long id, LocalDate on) {
        var r = api.post("/api/v1/info-requests/" + id + "/answer", focalB.token(),
                Map.of("answeredOn", on.toString(), "content", "Gửi số liệu"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aReviewCountsTheRequestsSentWithinItsPeriodByStatusAsOfItsEnd() {
        long keeper = api.body("Văn phòng UBND tỉnh", "PEOPLES_COMMITTEE");
        bodyA = api.body("Ban Nội chính Tỉnh ủy");
        bodyB = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        Api.User secretariat = api.user(keeper, "SECRETARIAT");
        focalA = api.user(bodyA, "FOCAL_POINT");
        focalB = api.user(bodyB, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình tiếp dân"),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(200).toString(),
                "periodEnd", TODAY.plusDays(100).toString(),
                "parties", List.of(Map.of("organizationId", bodyA), Map.of("organizationId", bodyB)))).id();
        answer(send(TODAY.minusDays(60)), TODAY.minusDays(59));   // answered on time
        answer(send(TODAY.minusDays(60)), TODAY.minusDays(20));   // answered late
        send(TODAY.minusDays(60));                                // overdue
        answer(send(TODAY.minusDays(60)), TODAY.minusDays(2));    // answered after the period: overdue as of its end
        send(TODAY.minusDays(5));                                 // sent after the period
        send(TODAY.minusDays(150));                               // sent before the period

        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SIX_MONTH");
        body.put("periodStart", TODAY.minusDays(100).toString());
        body.put("periodEnd", TODAY.minusDays(10).toString());
        var review = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), body);
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        JsonNode section = review.json().get("figures").get("sections").get("infoRequests");
        assertThat(section.get("total").asInt()).isEqualTo(4);
        assertThat(section.get("answeredOnTime").asInt()).isEqualTo(1);
        assertThat(section.get("answeredLate").asInt()).isEqualTo(1);
        assertThat(section.get("overdue").asInt()).isEqualTo(2);
        assertThat(section.get("open").asInt()).isZero();
    }
}

@OnH2
class InfoRequestReviewFiguresOnH2Test extends InfoRequestReviewFiguresTests {
}

@OnPostgres
class InfoRequestReviewFiguresOnPostgresTest extends InfoRequestReviewFiguresTests {
}
