package vn.phoihop.periodicreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
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

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.shared.ProgramId;

/**
 * Periodic reports over the API. The program runs from two months before this month to the end of next month,
 * with monthly reports due on day 31 of the month after each period (clamped): the month before last is past
 * its due date, last month and this month are not due yet, next month has not started.
 */
abstract class PeriodicReportsApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final YearMonth THIS_MONTH = YearMonth.from(TODAY);
    static final LocalDate BEFORE_LAST = THIS_MONTH.minusMonths(2).atDay(1);
    static final LocalDate LAST = THIS_MONTH.minusMonths(1).atDay(1);
    static final LocalDate THIS = THIS_MONTH.atDay(1);
    static final LocalDate NEXT = THIS_MONTH.plusMonths(1).atDay(1);

    @Autowired
    PeriodicReports reports;

    @Autowired
    ConfigurableApplicationContext context;

    long keeper;
    long partyA;
    long partyB;
    long outsider;
    Api.User secretariat;
    Api.User focalA;
    Api.User focalB;
    Api.User leaderA;
    Api.User outsiderFocal;
    long program;
    String path;

    @BeforeEach
    void scene() {
        keeper = api.body("Văn phòng Tỉnh ủy");
        partyA = api.body("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        partyB = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(keeper, "SECRETARIAT");
        focalA = api.user(partyA, "FOCAL_POINT");
        focalB = api.user(partyB, "FOCAL_POINT");
        leaderA = api.user(partyA, "LEADER");
        outsiderFocal = api.user(outsider, "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình báo cáo định kỳ",
                "year", BEFORE_LAST.getYear(), "periodStart", BEFORE_LAST.toString(),
                "periodEnd", NEXT.plusMonths(1).minusDays(1).toString(),
                "parties", List.of(Map.of("organizationId", partyA), Map.of("organizationId", partyB)))).id();
        assertThat(api.put("/api/v1/programs/" + program + "/regulation", secretariat.token(),
                Map.of("reportCadence", "MONTHLY", "reportDueDay", 31, "infoRequestResponseDays", 5,
                        "reviewIntervalMonths", 6)).status()).isEqualTo(200);
        path = "/api/v1/programs/" + program + "/periodic-reports";
    }

    static Map<String, Object> report(long organizationId, LocalDate periodStart, String text) {
        return Map.of("organizationId", organizationId, "periodStart", periodStart.toString(), "text", text);
    }

    JsonNode slot(Api.Response list, long organizationId, LocalDate periodStart) {
        for (JsonNode item : list.json().get("items")) {
            if (item.get("organizationId").asLong() == organizationId
                    && item.get("periodStart").asString().equals(periodStart.toString())) {
                return item;
            }
        }
        throw new AssertionError("no slot " + organizationId + " " + periodStart + " in " + list.body());
    }

    @Test
    void computesASlotForEveryPartyAndPeriodWithClampedDueDates() {
        var list = api.get(path + "?size=500", secretariat.token());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(8);
        JsonNode first = slot(list, partyA, BEFORE_LAST);
        assertThat(first.get("periodEnd").asString()).isEqualTo(YearMonth.from(BEFORE_LAST).atEndOfMonth().toString());
        assertThat(first.get("dueDate").asString())
                .as("day 31 of the next month, or its last day").isEqualTo(YearMonth.from(LAST).atEndOfMonth().toString());
        assertThat(first.get("status").asString()).isEqualTo("MISSING");
        assertThat(first.get("submittedOn").isNull()).isTrue();
        assertThat(slot(list, partyB, LAST).get("status").asString()).isEqualTo("NOT_DUE");
        assertThat(slot(list, partyA, THIS).get("dueDate").asString())
                .isEqualTo(THIS_MONTH.plusMonths(1).atEndOfMonth().toString());
        assertThat(slot(list, partyB, NEXT).get("status").asString()).isEqualTo("NOT_DUE");
        assertThat(list.json().get("items").get(0).propertyNames())
                .contains("organizationId", "periodStart", "periodEnd", "dueDate", "status", "submittedOn");
    }

    @Test
    void aFocalPointSubmitsForItsBodyOnTimeOrLate() {
        var onTime = api.post(path, focalA.token(), report(partyA, THIS, "Báo cáo tháng này của Ban"));
        assertThat(onTime.status()).isEqualTo(201);
        assertThat(onTime.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/periodic-reports/" + onTime.id());
        assertThat(onTime.text("status")).isEqualTo("ON_TIME");
        assertThat(onTime.text("submittedOn")).isEqualTo(TODAY.toString());
        var late = api.post(path, focalA.token(), report(partyA, BEFORE_LAST, "Báo cáo muộn"));
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.text("status")).isEqualTo("LATE");
        var list = api.get(path + "?size=500", focalB.token());
        assertThat(slot(list, partyA, THIS).get("status").asString()).isEqualTo("ON_TIME");
        assertThat(slot(list, partyA, THIS).get("submittedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(slot(list, partyA, BEFORE_LAST).get("status").asString()).isEqualTo("LATE");
        assertThat(slot(list, partyB, BEFORE_LAST).get("status").asString()).isEqualTo("MISSING");
        var shown = api.get("/api/v1/periodic-reports/" + late.id(), focalB.token());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text("text")).isEqualTo("Báo cáo muộn");
        assertThat(shown.json().get("organizationId").asLong()).isEqualTo(partyA);
    }

    @Test
    void theKeepersSecretariatAndAdministratorsSubmitForAnyParty() {
        assertThat(api.post(path, secretariat.token(), report(partyB, LAST, "Văn phòng nhập hộ")).status())
                .isEqualTo(201);
        assertThat(api.post(path, api.adminToken(), report(partyA, LAST, "Quản trị nhập hộ")).status()).isEqualTo(201);
    }

    @Test
    void publishesAPastTenseEventWhenAReportIsSubmitted() {
        List<Object> published = new CopyOnWriteArrayList<>();
        // A lambda sees every event (its type argument is erased): keep the payloads only.
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p) {
                published.add(p.getPayload());
            }
        };
        context.addApplicationListener(listener);
        try {
            long id = api.post(path, focalA.token(), report(partyA, BEFORE_LAST, "Muộn")).id();
            assertThat(published).filteredOn(PeriodicReportSubmitted.class::isInstance)
                    .map(PeriodicReportSubmitted.class::cast).filteredOn(e -> e.id().value() == id).singleElement()
                    .satisfies(e -> {
                        assertThat(e.programId().value()).isEqualTo(program);
                        assertThat(e.organizationId().value()).isEqualTo(partyA);
                        assertThat(e.periodStart()).isEqualTo(BEFORE_LAST);
                        assertThat(e.onTime()).isFalse();
                    });
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void refusesASecondReportForTheSameSlot() {
        assertThat(api.post(path, focalB.token(), report(partyB, LAST, "Lần một")).status()).isEqualTo(201);
        var again = api.post(path, secretariat.token(), report(partyB, LAST, "Lần hai"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("đã nộp");
    }

    @Test
    void refusesAPeriodStartThatStartsNoSlotOrAPeriodNotStarted() {
        var wrong = api.post(path, focalA.token(), report(partyA, THIS.plusDays(1), "Sai kỳ"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("periodStart");
        var future = api.post(path, focalA.token(), report(partyA, NEXT, "Kỳ sau"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("periodStart");
        var outside = api.post(path, focalA.token(), report(partyA, BEFORE_LAST.minusMonths(1), "Trước chương trình"));
        assertThat(outside.status()).isEqualTo(400);
    }

    @Test
    void refusesABodyThatIsNotAPartyAndMissingFields() {
        var notParty = api.post(path, secretariat.token(), report(outsider, THIS, "Không phải bên ký kết"));
        assertThat(notParty.status()).isEqualTo(400);
        assertThat(notParty.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
        var empty = api.post(path, secretariat.token(), Map.of());
        assertThat(empty.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        empty.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("organizationId", "periodStart", "text");
    }

    @Test
    void aFocalPointOfAnotherBodyIsRefusedAndOutsidersDoNotSeeTheProgram() {
        var other = api.post(path, focalA.token(), report(partyB, THIS, "Báo cáo hộ cơ quan khác"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("detail").asString()).contains("cơ quan mình");
        assertThat(api.post(path, leaderA.token(), report(partyA, THIS, "Lãnh đạo")).status()).isEqualTo(403);
        assertThat(api.post(path, outsiderFocal.token(), report(outsider, THIS, "x")).status()).isEqualTo(404);
        assertThat(api.get(path, outsiderFocal.token()).status()).isEqualTo(404);
        assertThat(api.post(path, null, report(partyA, THIS, "x")).status()).isEqualTo(401);
        var submitted = api.post(path, focalA.token(), report(partyA, THIS, "Báo cáo"));
        assertThat(api.get("/api/v1/periodic-reports/" + submitted.id(), outsiderFocal.token()).status())
                .isEqualTo(404);
    }

    @Test
    void aReportMayCarryAFileThatIsServedAsADownload() {
        String content = "%PDF-1.4 Báo cáo quý";
        var sent = api.post(path, focalA.token(), Map.of("organizationId", partyA, "periodStart", THIS.toString(),
                "text", "Báo cáo kèm tệp", "attachment", Map.of("fileName", "Báo cáo tháng.pdf",
                        "contentType", "application/pdf",
                        "content", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("attachment").get("fileName").asString()).isEqualTo("Báo cáo tháng.pdf");
        assertThat(sent.json().get("attachment").get("size").asLong())
                .isEqualTo(content.getBytes(StandardCharsets.UTF_8).length);
        var file = api.get("/api/v1/periodic-reports/" + sent.id() + "/attachment", focalB.token());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(content);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("filename*=UTF-8''");
        assertThat(api.get("/api/v1/periodic-reports/" + sent.id() + "/attachment", outsiderFocal.token()).status())
                .isEqualTo(404);
        var plain = api.post(path, focalB.token(), report(partyB, THIS, "Không kèm tệp"));
        assertThat(plain.json().get("attachment").isNull()).isTrue();
        assertThat(api.get("/api/v1/periodic-reports/" + plain.id() + "/attachment", focalB.token()).status())
                .isEqualTo(404);
    }

    @Test
    void refusesAnEmptyOrNamelessFile() {
        var empty = api.post(path, focalA.token(), Map.of("organizationId", partyA, "periodStart", THIS.toString(),
                "text", "x", "attachment", Map.of("fileName", "a.txt", "content", "")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("attachment.content");
        var nameless = api.post(path, focalA.token(), Map.of("organizationId", partyA, "periodStart", THIS.toString(),
                "text", "x", "attachment", Map.of("content", "YWJj")));
        assertThat(nameless.json().get("errors").get(0).get("field").asString()).isEqualTo("attachment.fileName");
        var notBase64 = api.post(path, focalA.token(), Map.of("organizationId", partyA, "periodStart", THIS.toString(),
                "text", "x", "attachment", Map.of("fileName", "a.txt", "content", "không phải base64!")));
        assertThat(notBase64.status()).isEqualTo(400);
    }

    @Test
    void filtersByYear() {
        var list = api.get(path + "?year=" + BEFORE_LAST.getYear() + "&size=500", secretariat.token());
        assertThat(list.json().get("total").asInt()).isPositive();
        list.json().get("items").forEach(i ->
                assertThat(LocalDate.parse(i.get("periodStart").asString()).getYear()).isEqualTo(BEFORE_LAST.getYear()));
        assertThat(api.get(path + "?year=1999", secretariat.token()).json().get("total").asInt()).isZero();
    }

    @Test
    void givesTheSlotsAsOfAPastDayCountingOnlyEarlierSubmissions() {
        api.post(path, focalA.token(), report(partyA, BEFORE_LAST, "Muộn"));
        List<PeriodicReportSlot> yesterday = reports.asOf(new ProgramId(program), TODAY.minusDays(1));
        PeriodicReportSlot before = yesterday.stream()
                .filter(s -> s.organizationId().value() == partyA && s.periodStart().equals(BEFORE_LAST))
                .findFirst().orElseThrow();
        assertThat(before.status()).isEqualTo(PeriodicReportStatus.MISSING);
        assertThat(before.submittedOn()).isNull();
        PeriodicReportSlot today = reports.asOf(new ProgramId(program), TODAY).stream()
                .filter(s -> s.organizationId().value() == partyA && s.periodStart().equals(BEFORE_LAST))
                .findFirst().orElseThrow();
        assertThat(today.status()).isEqualTo(PeriodicReportStatus.LATE);
        PeriodicReportSlot early = reports.asOf(new ProgramId(program), BEFORE_LAST).stream()
                .filter(s -> s.organizationId().value() == partyA && s.periodStart().equals(BEFORE_LAST))
                .findFirst().orElseThrow();
        assertThat(early.status()).isEqualTo(PeriodicReportStatus.NOT_DUE);
    }

    @Test
    void aProgramWithTheDefaultRegulationHasQuarterlySlotsDueOnThe15th() {
        long yearly = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình mặc định",
                "year", 2025, "parties", List.of(Map.of("organizationId", partyA)))).id();
        var list = api.get("/api/v1/programs/" + yearly + "/periodic-reports", secretariat.token());
        assertThat(list.json().get("total").asInt()).isEqualTo(4);
        assertThat(list.json().get("items").get(0).get("dueDate").asString()).isEqualTo("2025-04-15");
        assertThat(list.json().get("items").get(3).get("dueDate").asString()).isEqualTo("2026-01-15");
    }
}

@OnH2
class PeriodicReportsApiOnH2Test extends PeriodicReportsApiTests {
}

@OnPostgres
class PeriodicReportsApiOnPostgresTest extends PeriodicReportsApiTests {
}
