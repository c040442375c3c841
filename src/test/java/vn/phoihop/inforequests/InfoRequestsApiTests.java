package vn.phoihop.inforequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.shared.ProgramId;

/** Information requests over the API: due dates in working days, answers, statuses, lists and scope. */
abstract class InfoRequestsApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String PATH = "/api/v1/info-requests";

    @Autowired
    InfoRequests infoRequests;

    @Autowired
    ConfigurableApplicationContext context;

    long keeper;
    long bodyA;
    long bodyB;
    long outsider;
    Api.User keeperSecretariat;
    Api.User keeperLeader;
    Api.User focalA;
    Api.User focalB;
    Api.User leaderB;
    Api.User outsiderFocal;
    long program;

    @BeforeEach
    void scene() {
        keeper = api.body("Văn phòng UBND tỉnh", "PEOPLES_COMMITTEE");
        bodyA = api.body("Ban Nội chính Tỉnh ủy");
        bodyB = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        keeperSecretariat = api.user(keeper, "SECRETARIAT");
        keeperLeader = api.user(keeper, "LEADER");
        focalA = api.user(bodyA, "FOCAL_POINT");
        focalB = api.user(bodyB, "FOCAL_POINT");
        leaderB = api.user(bodyB, "LEADER");
        outsiderFocal = api.user(outsider, "FOCAL_POINT");
        program = api.post("/api/v1/programs", keeperSecretariat.token(), Map.of("title", "Chương trình tiếp dân",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", bodyA),
                        Map.of("organizationId", bodyB)))).id();
    }

    Map<String, Object> request(Long programId, long from, long to, LocalDate sentOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("programId", programId);
        body.put("fromOrganizationId", from);
        body.put("toOrganizationId", to);
        body.put("subject", "Đề nghị cung cấp số liệu tiếp công dân");
        body.put("content", "Đề nghị Thanh tra tỉnh cung cấp số liệu tiếp công dân quý I.");
        body.put("sentOn", sentOn == null ? null : sentOn.toString());
        return body;
    }

    long send(LocalDate sentOn) {
        var r = api.post(PATH, focalA.token(), request(program, bodyA, bodyB, sentOn));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    static Map<String, Object> answer(LocalDate on, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("answeredOn", on == null ? null : on.toString());
        body.put("content", content);
        return body;
    }

    String workingDaysAfter(LocalDate from, int days) {
        return api.get("/api/v1/calendar/add-working-days?from=" + from + "&days=" + days, focalA.token()).text("date");
    }

    static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void theDueDateCountsWorkingDaysAndSkipsTet2026() {
        var sent = api.post(PATH, focalA.token(), request(program, bodyA, bodyB, LocalDate.of(2026, 2, 13)));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(PATH + "/" + sent.id());
        assertThat(sent.text("dueDate")).as("14–22 February are off").isEqualTo("2026-02-27")
                .isEqualTo(workingDaysAfter(LocalDate.of(2026, 2, 13), 5));
        assertThat(sent.json().get("responseDays").asInt()).isEqualTo(5);
        assertThat(sent.json().has("calendarVersion")).isTrue();
        assertThat(sent.text("status")).isEqualTo(TODAY.isAfter(LocalDate.of(2026, 2, 27)) ? "OVERDUE" : "OPEN");
        assertThat(sent.json().get("programId").asLong()).isEqualTo(program);
    }

    @Test
    void theLimitComesFromTheProgramsRegulation() {
        api.put("/api/v1/programs/" + program + "/regulation", keeperSecretariat.token(), Map.of("reportCadence",
                "QUARTERLY", "reportDueDay", 15, "infoRequestResponseDays", 10, "reviewIntervalMonths", 6));
        var sent = api.post(PATH, focalA.token(), request(program, bodyA, bodyB, TODAY));
        assertThat(sent.json().get("responseDays").asInt()).isEqualTo(10);
        assertThat(sent.text("dueDate")).isEqualTo(workingDaysAfter(TODAY, 10));
        assertThat(sent.text("status")).isEqualTo("OPEN");
    }

    @Test
    void withoutAProgramTheLimitIsFiveWorkingDaysAndTheCaseIsKept() {
        Map<String, Object> body = request(null, bodyA, bodyB, null);
        body.put("caseId", 4242);
        var sent = api.post(PATH, focalA.token(), body);
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.text("sentOn")).isEqualTo(TODAY.toString());
        assertThat(sent.text("dueDate")).isEqualTo(workingDaysAfter(TODAY, 5));
        assertThat(sent.json().get("caseId").asLong()).isEqualTo(4242);
        assertThat(sent.json().get("programId").isNull()).isTrue();
        assertThat(api.get(PATH + "/" + sent.id(), keeperLeader.token()).status())
                .as("no program: its keeper is no party to it").isEqualTo(404);
    }

    @Test
    void theRecipientsFocalPointAnswersOnceOnTime() {
        long id = send(TODAY);
        var answered = api.post(PATH + "/" + id + "/answer", focalB.token(), answer(TODAY, "Số liệu gửi kèm."));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text("status")).isEqualTo("ANSWERED_ON_TIME");
        assertThat(answered.text("answer")).isEqualTo("Số liệu gửi kèm.");
        assertThat(answered.text("answeredOn")).isEqualTo(TODAY.toString());
        var again = api.post(PATH + "/" + id + "/answer", focalB.token(), answer(TODAY, "Lần hai"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get(PATH + "/" + id, focalA.token()).text("answer")).isEqualTo("Số liệu gửi kèm.");
    }

    @Test
    void anAnswerAfterTheDueDateIsLateByWorkingDays() {
        long id = send(LocalDate.of(2026, 2, 13));
        var answered = api.post(PATH + "/" + id + "/answer", focalB.token(),
                answer(LocalDate.of(2026, 3, 3), "Trả lời muộn"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text("status")).isEqualTo("ANSWERED_LATE");
        assertThat(answered.json().get("daysLate").asInt()).as("Monday 2 and Tuesday 3 March").isEqualTo(2);
    }

    @Test
    void anUnansweredRequestPastItsDueDateIsOverdueAndListedSo() {
        long id = send(LocalDate.of(2026, 2, 13));
        var shown = api.get(PATH + "/" + id, focalB.token());
        assertThat(shown.text("status")).isEqualTo("OVERDUE");
        assertThat(shown.json().get("daysLate").asInt()).isPositive();
        var overdue = api.get(PATH + "?organizationId=" + bodyB + "&status=OVERDUE", focalB.token());
        assertThat(overdue.body()).contains("\"id\":" + id + ",");
        var open = api.get(PATH + "?organizationId=" + bodyB + "&status=OPEN", focalB.token());
        assertThat(open.body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api.get(PATH + "?status=LATE", focalB.token()).body()).contains("\"id\":" + id + ",");
    }

    @Test
    void theStatusAsOfAPastDayCountsOnlyEarlierAnswers() {
        long id = send(LocalDate.of(2026, 2, 13));
        api.post(PATH + "/" + id + "/answer", focalB.token(), answer(LocalDate.of(2026, 3, 3), "Muộn"));
        var onDueDate = infoRequests.asOf(new ProgramId(program), LocalDate.of(2026, 2, 27));
        assertThat(onDueDate).filteredOn(r -> r.id().value() == id).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(InfoRequestStatus.OPEN));
        var afterDue = infoRequests.asOf(new ProgramId(program), LocalDate.of(2026, 3, 2));
        assertThat(afterDue).filteredOn(r -> r.id().value() == id).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(InfoRequestStatus.OVERDUE));
        assertThat(infoRequests.asOf(new ProgramId(program), LocalDate.of(2026, 2, 12)))
                .as("not sent yet").noneMatch(r -> r.id().value() == id);
    }

    @Test
    void validatesTheRequestAndNamesTheFields() {
        var empty = api.post(PATH, focalA.token(), Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactlyInAnyOrder("fromOrganizationId", "toOrganizationId", "subject",
                "content");
        assertThat(fields(api.post(PATH, focalA.token(), request(program, bodyA, bodyA, TODAY))))
                .containsExactly("toOrganizationId");
        assertThat(fields(api.post(PATH, focalA.token(), request(program, bodyA, 987654321L, TODAY))))
                .containsExactly("toOrganizationId");
        assertThat(fields(api.post(PATH, focalA.token(), request(program, bodyA, bodyB, TODAY.plusDays(1)))))
                .containsExactly("sentOn");
        long hidden = api.post("/api/v1/programs", api.adminToken(), Map.of("title", "Chương trình khác",
                "year", TODAY.getYear(), "keeperOrganizationId", outsider,
                "parties", List.of(Map.of("organizationId", outsider)))).id();
        assertThat(fields(api.post(PATH, focalA.token(), request(hidden, bodyA, bodyB, TODAY))))
                .containsExactly("programId");
        assertThat(api.post(PATH, focalA.token(), "{not json").status()).isEqualTo(400);
    }

    @Test
    void aRequestMayCarryAFileOfAtMostTenMegabytes() {
        Map<String, Object> body = request(program, bodyA, bodyB, TODAY);
        body.put("attachment", Map.of("fileName", "Danh sách.csv", "contentType", "text/csv",
                "content", Base64.getEncoder().encodeToString("stt;họ tên".getBytes(StandardCharsets.UTF_8))));
        var sent = api.post(PATH, focalA.token(), body);
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("attachment").get("fileName").asString()).isEqualTo("Danh sách.csv");
        var file = api.get(PATH + "/" + sent.id() + "/attachment", focalB.token());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("stt;họ tên");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(api.get(PATH + "/" + sent.id() + "/attachment", outsiderFocal.token()).status()).isEqualTo(404);
        assertThat(api.get(PATH + "/" + sent.id(), focalB.token()).json().get("attachment").get("size").asLong())
                .isEqualTo("stt;họ tên".getBytes(StandardCharsets.UTF_8).length);

        Map<String, Object> tooLarge = request(program, bodyA, bodyB, TODAY);
        tooLarge.put("attachment", Map.of("fileName", "lớn.bin",
                "content", Base64.getEncoder().encodeToString(new byte[RequestAttachment.MAX_BYTES + 1])));
        var refused = api.post(PATH, focalA.token(), tooLarge);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("attachment.content");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("10 MB");
    }

    @Test
    void validatesTheAnswer() {
        long id = send(TODAY.minusDays(1));
        assertThat(fields(api.post(PATH + "/" + id + "/answer", focalB.token(), answer(TODAY.minusDays(2), "x"))))
                .containsExactly("answeredOn");
        assertThat(fields(api.post(PATH + "/" + id + "/answer", focalB.token(), answer(TODAY.plusDays(1), "x"))))
                .containsExactly("answeredOn");
        assertThat(fields(api.post(PATH + "/" + id + "/answer", focalB.token(), answer(TODAY, " "))))
                .containsExactly("content");
        var defaulted = api.post(PATH + "/" + id + "/answer", focalB.token(), answer(null, "Hôm nay"));
        assertThat(defaulted.text("answeredOn")).isEqualTo(TODAY.toString());
    }

    @Test
    void publishesPastTenseEventsWhenSentAndAnswered() {
        List<Object> published = new CopyOnWriteArrayList<>();
        // A lambda sees every event (its type argument is erased): keep the payloads only.
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p) {
                published.add(p.getPayload());
            }
        };
        context.addApplicationListener(listener);
        try {
            long id = send(LocalDate.of(2026, 2, 13));
            api.post(PATH + "/" + id + "/answer", focalB.token(), answer(LocalDate.of(2026, 2, 27), "Đúng hạn"));
            assertThat(published).filteredOn(InfoRequestSent.class::isInstance).map(InfoRequestSent.class::cast)
                    .filteredOn(e -> e.id().value() == id).singleElement().satisfies(e -> {
                        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 2, 27));
                        assertThat(e.toOrganizationId().value()).isEqualTo(bodyB);
                        assertThat(e.programId().value()).isEqualTo(program);
                    });
            assertThat(published).filteredOn(InfoRequestAnswered.class::isInstance)
                    .map(InfoRequestAnswered.class::cast).filteredOn(e -> e.id().value() == id).singleElement()
                    .satisfies(e -> assertThat(e.onTime()).isTrue());
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void theOpenApiDescriptionListsTheInformationRegime() {
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/info-requests/{id}/answer").contains("/api/v1/info-requests/{id}")
                .contains("/api/v1/programs/{id}/regulation").contains("/api/v1/programs/{id}/periodic-reports")
                .contains("/api/v1/periodic-reports/{id}");
    }

    @Test
    void eachSeesTheRequestsOfTheirBodyAndTheKeeperThoseOfItsPrograms() {
        long id = send(TODAY);
        String marker = "\"id\":" + id + ",";
        assertThat(api.get(PATH + "?size=500", focalA.token()).body()).contains(marker);
        assertThat(api.get(PATH + "?size=500", leaderB.token()).body()).contains(marker);
        assertThat(api.get(PATH + "?size=500", keeperLeader.token()).body()).contains(marker);
        assertThat(api.get(PATH + "?size=500", outsiderFocal.token()).body()).doesNotContain(marker);
        assertThat(api.get(PATH + "?programId=" + program, keeperLeader.token()).json().get("total").asInt())
                .isEqualTo(1);
        assertThat(api.get(PATH + "/" + id, keeperLeader.token()).status()).isEqualTo(200);
        assertThat(api.get(PATH + "/" + id, outsiderFocal.token()).status()).isEqualTo(404);
        assertThat(api.get(PATH + "/987654321", api.adminToken()).status()).isEqualTo(404);
        assertThat(api.get(PATH + "?status=LOST", focalA.token()).status()).isEqualTo(400);
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
    }
}

@OnH2
class InfoRequestsApiOnH2Test extends InfoRequestsApiTests {
}

@OnPostgres
class InfoRequestsApiOnPostgresTest extends InfoRequestsApiTests {
}
