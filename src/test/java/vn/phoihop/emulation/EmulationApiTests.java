package vn.phoihop.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Scores computed from the data over real HTTP: lead tasks, requests answered, leaders' ratings, unavailable cases,
 * ties; weights; explanations; proposals approved by leaders only; the XLSX export; who may see what.
 */
abstract class EmulationApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long keeper, a, b, c, d, outsiderBody;
    Api.User secretariat, leader, focalA, focalB, outsider;
    long program;

    long task(long lead, LocalDate due) {
        var r = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                Api.unique("Nhiệm vụ"), "leadOrganizationId", lead, "dueDate", due.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    void complete(long task, LocalDate on) {
        var r = api.post("/api/v1/tasks/" + task + "/progress", secretariat.token(), Map.of("reportedOn", on.toString(),
                "percent", 100, "text", "Hoàn thành", "completed", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    void request(Api.User from, long fromBody, long toBody, Api.User answerer, LocalDate sent, LocalDate answered) {
        var r = api.post("/api/v1/info-requests", from.token(), Map.of("programId", program, "fromOrganizationId",
                fromBody, "toOrganizationId", toBody, "subject", "Số liệu", "content", "Đề nghị gửi số liệu",
                "sentOn", sent.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        var answer = api.post("/api/v1/info-requests/" + r.id() + "/answer", answerer.token(),
                Map.of("answeredOn", answered.toString(), "content", "Đã gửi"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    JsonNode item(JsonNode board, long body) {
        for (JsonNode i : board.get("items")) {
            if (i.get("organizationId").asLong() == body) {
                return i;
            }
        }
        throw new AssertionError("no score for " + body + " in " + board);
    }

    JsonNode criterion(JsonNode item, String code) {
        for (JsonNode c : item.get("criteria")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code);
    }

    @BeforeEach
    void scene() {
        keeper = api.body("Văn phòng Tỉnh ủy");
        a = api.body("Ban Tổ chức Tỉnh ủy");
        b = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        c = api.body("Ban Dân vận Tỉnh ủy");
        d = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        outsiderBody = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(keeper, "SECRETARIAT");
        leader = api.user(keeper, "LEADER");
        focalA = api.user(a, "FOCAL_POINT");
        focalB = api.user(b, "FOCAL_POINT");
        outsider = api.user(outsiderBody, "FOCAL_POINT", "LEADER");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình phối hợp"),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(200).toString(),
                "periodEnd", TODAY.plusDays(100).toString(), "parties", List.of(Map.of("organizationId", a),
                        Map.of("organizationId", b), Map.of("organizationId", c), Map.of("organizationId", d)))).id();
        // Yearly reports fall due after today: the report criterion is not applicable to anyone here.
        assertThat(api.put("/api/v1/programs/" + program + "/regulation", secretariat.token(), Map.of(
                "reportCadence", "YEARLY", "reportDueDay", 15, "infoRequestResponseDays", 5,
                "reviewIntervalMonths", 6)).status()).isEqualTo(200);
        complete(task(a, TODAY.minusDays(30)), TODAY.minusDays(40));   // A: done on time
        task(a, TODAY.minusDays(10));                                   // A: overdue
        complete(task(b, TODAY.minusDays(30)), TODAY.minusDays(31));   // B: done on time
        complete(task(d, TODAY.minusDays(20)), TODAY.minusDays(20));   // D: done on time
        task(c, TODAY.plusDays(30));                                    // C: not due in the period
        request(focalA, a, b, focalB, TODAY.minusDays(30), TODAY.minusDays(29));  // B answers on time
        request(focalB, b, a, focalA, TODAY.minusDays(60), TODAY.minusDays(20));  // A answers late
    }

    JsonNode scores() {
        var r = api.get("/api/v1/programs/" + program + "/emulation/scores", focalA.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void scoresEveryBodyFromTheDataWithoutAnySetUp() {
        JsonNode board = scores();
        assertThat(board.get("total").asInt()).isEqualTo(4);
        JsonNode scoreA = item(board, a);
        // (40 × 1/2 + 20 × 0/1) / 60 = 33.33: reports and cases not applicable (A handles none), no rating yet
        assertThat(scoreA.get("score").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(criterion(scoreA, "TASKS_ON_TIME").get("value").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(criterion(scoreA, "TASKS_ON_TIME").get("weight").decimalValue()).isEqualByComparingTo("40");
        assertThat(criterion(scoreA, "TASKS_ON_TIME").get("points").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(criterion(scoreA, "REQUESTS_ON_TIME").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(criterion(scoreA, "REPORTS_ON_TIME").get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(criterion(scoreA, "CASES_ON_TIME").get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(criterion(scoreA, "CASES_ON_TIME").get("points").isNull()).isTrue();
        assertThat(item(board, c).get("score").isNull()).as("C has nothing to score yet").isTrue();
        assertThat(item(board, c).get("rank").isNull()).isTrue();
        // B and D both 100: they share rank 1, A is third
        assertThat(item(board, b).get("rank").asInt()).isEqualTo(1);
        assertThat(item(board, d).get("rank").asInt()).isEqualTo(1);
        assertThat(scoreA.get("rank").asInt()).isEqualTo(3);
        assertThat(board.get("items").get(3).get("organizationId").asLong()).isEqualTo(c);
    }

    @Test
    void measuresTheCasesTheBodyResolvedInThePeriodOnTime() {
        Api.User handler = api.user(d, "CASE_HANDLER");
        long onTime = kase(handler, TODAY.minusDays(120), TODAY.minusDays(118), TODAY.minusDays(110));
        long late = kase(handler, TODAY.minusDays(190), TODAY.minusDays(188), TODAY.minusDays(15));
        kase(handler, TODAY.minusDays(195), null, null);   // still open: not resolved, not counted
        JsonNode cases = criterion(item(scores(), d), "CASES_ON_TIME");
        assertThat(cases.get("status").asString()).as(cases.toString()).isEqualTo("MEASURED");
        assertThat(cases.get("value").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(api.get("/api/v1/cases/" + onTime, handler.token()).text("stage")).isEqualTo("DECIDED");
        assertThat(api.get("/api/v1/cases/" + late, handler.token()).text("stage")).isEqualTo("DECIDED");
        // a period in which D resolved none: not applicable, never zero
        var before = api.get("/api/v1/programs/" + program + "/emulation/scores?from=" + TODAY.minusDays(200)
                + "&to=" + TODAY.minusDays(130), focalA.token());
        assertThat(criterion(item(before.json(), d), "CASES_ON_TIME").get("status").asString())
                .isEqualTo("NOT_APPLICABLE");
    }

    long kase(Api.User handler, LocalDate received, LocalDate accepted, LocalDate resolved) {
        var r = api.post("/api/v1/cases", handler.token(), Map.of("kind", "COMPLAINT", "receivedOn",
                received.toString(), "remoteArea", false, "complexity", "NORMAL", "handlingOrganizationId", d,
                "subject", "Khiếu nại về đất đai", "content", "Đề nghị xem xét.", "citizen",
                Map.of("fullName", "Nguyễn Văn B", "address", "Phường Bạch Đằng")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        if (accepted != null) {
            assertThat(api.post("/api/v1/cases/" + r.id() + "/accept", handler.token(),
                    Map.of("acceptedOn", accepted.toString())).status()).isEqualTo(200);
            var res = api.post("/api/v1/cases/" + r.id() + "/resolve", handler.token(), Map.of("resolvedOn",
                    resolved.toString(), "decisionNumber", "1/QĐ", "summary", "Đã giải quyết."));
            assertThat(res.status()).as(res.body()).isEqualTo(200);
        }
        return r.id();
    }

    @Test
    void leadersRateManualCriteriaAndTheSecretariatChangesWeights() {
        var movements = api.get("/api/v1/programs/" + program + "/emulation/movements", secretariat.token());
        assertThat(movements.status()).isEqualTo(200);
        JsonNode movement = movements.json().get("items").get(0);
        assertThat(movement.get("isDefault").asBoolean()).isTrue();
        long rating = 0, requests = 0, requestsVersion = 0;
        for (JsonNode cr : movement.get("criteria")) {
            if (cr.get("code").asString().equals("LEADER_RATING")) {
                rating = cr.get("id").asLong();
            }
            if (cr.get("code").asString().equals("REQUESTS_ON_TIME")) {
                requests = cr.get("id").asLong();
                requestsVersion = cr.get("version").asLong();
            }
        }
        var refused = api.post("/api/v1/emulation/criteria/" + rating + "/ratings", focalA.token(),
                Map.of("organizationId", c, "value", 8));
        assertThat(refused.status()).isEqualTo(403);
        var outOfRange = api.post("/api/v1/emulation/criteria/" + rating + "/ratings", leader.token(),
                Map.of("organizationId", c, "value", 11));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
        var rated = api.post("/api/v1/emulation/criteria/" + rating + "/ratings", leader.token(),
                Map.of("organizationId", c, "value", 8, "comment", "Tích cực"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.text("enteredBy")).startsWith("Nguyễn Văn");
        assertThat(rated.json().get("enteredAt").isNull()).isFalse();
        assertThat(item(scores(), c).get("score").decimalValue()).isEqualByComparingTo("80.00");
        var history = api.get("/api/v1/audit?entityType=emulation-rating&entityId=" + rated.id(), api.adminToken());
        assertThat(history.json().get("total").asInt()).as("the rating is in the audit trail").isGreaterThanOrEqualTo(1);

        var byFocal = api.patch("/api/v1/emulation/criteria/" + requests, focalA.token(),
                Map.of("version", requestsVersion, "weight", 40));
        assertThat(byFocal.status()).isEqualTo(403);
        var badWeight = api.patch("/api/v1/emulation/criteria/" + requests, secretariat.token(),
                Map.of("version", requestsVersion, "weight", -1));
        assertThat(badWeight.status()).isEqualTo(400);
        var patched = api.patch("/api/v1/emulation/criteria/" + requests, secretariat.token(),
                Map.of("version", requestsVersion, "weight", 40));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        var stale = api.patch("/api/v1/emulation/criteria/" + requests, secretariat.token(),
                Map.of("version", requestsVersion, "weight", 30));
        assertThat(stale.status()).isEqualTo(409);
        // (40 × 1/2 + 40 × 0) / 80 = 25
        assertThat(item(scores(), a).get("score").decimalValue()).isEqualByComparingTo("25.00");
    }

    @Test
    void explainsEachScoreWithTheItemsCounted() {
        var r = api.get("/api/v1/programs/" + program + "/emulation/scores/" + a, focalA.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode tasks = null;
        for (JsonNode cr : r.json().get("criteria")) {
            if (cr.get("code").asString().equals("TASKS_ON_TIME")) {
                tasks = cr;
            }
        }
        assertThat(tasks.get("items")).hasSize(2);
        assertThat(tasks.get("items").findValues("onTime")).extracting(JsonNode::asBoolean).containsExactlyInAnyOrder(true, false);
        assertThat(tasks.get("items").findValues("status")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("DONE_ON_TIME", "OVERDUE");
        assertThat(tasks.get("items").get(0).get("url").asString()).startsWith("/tasks/");
        assertThat(api.get("/api/v1/programs/" + program + "/emulation/scores/" + outsiderBody, focalA.token()).status())
                .isEqualTo(404);
    }

    @Test
    void aScoredPeriodEndingBeforeTheTasksFellDueScoresNothing() {
        var r = api.get("/api/v1/programs/" + program + "/emulation/scores?from=" + TODAY.minusDays(200) + "&to="
                + TODAY.minusDays(100), focalA.token());
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode i : r.json().get("items")) {
            assertThat(i.get("score").isNull()).isTrue();
        }
        assertThat(api.get("/api/v1/programs/" + program + "/emulation/scores?from=" + TODAY + "&to="
                + TODAY.minusDays(5), focalA.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/programs/" + program + "/emulation/scores?from=hôm-qua", focalA.token()).status())
                .isEqualTo(400);
    }

    @Test
    void leadersApproveProposalsAndTheApprovedListExportsAsXlsx() throws Exception {
        Map<String, Object> proposal = new HashMap<>(Map.of("organizationId", b, "form", "BANG_KHEN_CHU_TICH_UBND_TINH",
                "reason", "Hoàn thành xuất sắc nhiệm vụ"));
        assertThat(api.post("/api/v1/programs/" + program + "/emulation/proposals", focalA.token(), proposal).status())
                .isEqualTo(403);
        var created = api.post("/api/v1/programs/" + program + "/emulation/proposals", secretariat.token(), proposal);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("score").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(created.json().get("rank").asInt()).isEqualTo(1);
        assertThat(created.text("status")).isEqualTo("PROPOSED");
        assertThat(api.post("/api/v1/programs/" + program + "/emulation/proposals", secretariat.token(), proposal)
                .status()).as("one achievement is rewarded once").isEqualTo(409);
        var wrongForm = api.post("/api/v1/programs/" + program + "/emulation/proposals", secretariat.token(),
                Map.of("organizationId", d, "form", "CHIEN_SI_THI_DUA_CAP_TINH", "reason", "x"));
        assertThat(wrongForm.status()).isEqualTo(400);
        assertThat(wrongForm.json().get("errors").get(0).get("field").asString()).isEqualTo("form");

        long id = created.id();
        assertThat(api.post("/api/v1/emulation/proposals/" + id + "/approve", focalA.token(), null).status())
                .as("a focal point cannot approve").isEqualTo(403);
        assertThat(api.post("/api/v1/emulation/proposals/" + id + "/approve", secretariat.token(), null).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/emulation/proposals/" + id + "/approve", outsider.token(), null).status())
                .as("a leader of a body that cannot see the program").isEqualTo(404);
        var approved = api.post("/api/v1/emulation/proposals/" + id + "/approve", leader.token(), null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(api.post("/api/v1/emulation/proposals/" + id + "/reject", leader.token(), null).status())
                .isEqualTo(409);

        var list = api.get("/api/v1/programs/" + program + "/emulation/commendations", focalA.token());
        assertThat(list.json().get("groups").get(0).get("form").asString()).isEqualTo("BANG_KHEN_CHU_TICH_UBND_TINH");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base()
                        + "/api/v1/programs/" + program + "/emulation/commendations.xlsx"))
                .header("Authorization", "Bearer " + focalA.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
            }
        }
        String bName = api.get("/api/v1/organizations/" + b, api.adminToken()).text("name");
        assertThat(text).contains("Bằng khen của Chủ tịch UBND tỉnh").contains(bName).contains("Hoàn thành xuất sắc nhiệm vụ");

        String title = api.get("/api/v1/programs/" + program, focalA.token()).text("title");
        String keeperName = api.get("/api/v1/organizations/" + keeper, api.adminToken()).text("name");
        HttpResponse<byte[]> docx = download("/api/v1/programs/" + program + "/emulation/commendations.docx",
                focalA.token());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(docx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "khen-thuong-" + program + ".docx");
        String docxText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            docxText = Normalizer.normalize(extractor.getText(), Normalizer.Form.NFC);
        }
        assertThat(docxText).contains("ĐẢNG CỘNG SẢN VIỆT NAM", keeperName.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "DANH SÁCH", "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong thực hiện " + title,
                "I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH",
                "STT\tCơ quan, đơn vị\tCá nhân\tThành tích\tĐiểm thi đua\tXếp hạng",
                "1\t" + bName + "\t\tHoàn thành xuất sắc nhiệm vụ\t100,00\t1", "Nơi nhận:", "- " + bName + ";",
                "- Lưu: VT.").doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

        HttpResponse<byte[]> pdf = download("/api/v1/programs/" + program + "/emulation/commendations.pdf",
                focalA.token());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            pdfText = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
        assertThat(pdfText).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "DANH SÁCH",
                "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong thực hiện " + title,
                "I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", "STT", "Điểm thi đua", "Xếp hạng", "Hoàn thành xuất sắc nhiệm vụ",
                "100,00", "Nơi nhận:", "- Lưu: VT.");
        assertThat(download("/api/v1/programs/" + program + "/emulation/commendations.pdf", outsider.token())
                .statusCode()).isEqualTo(404);
        assertThat(download("/api/v1/programs/" + program + "/emulation/commendations.docx", null).statusCode())
                .isEqualTo(401);
    }

    HttpResponse<byte[]> download(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void onlyThoseWhoSeeTheProgramSeeItsScores() {
        assertThat(api.get("/api/v1/programs/" + program + "/emulation/scores", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/programs/" + program + "/emulation/scores", outsider.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/programs/" + program + "/emulation/movements", outsider.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/programs/" + program + "/emulation/movements", focalA.token(),
                Map.of("title", "Thi đua quý IV")).status()).isEqualTo(403);
        var created = api.post("/api/v1/programs/" + program + "/emulation/movements", secretariat.token(),
                Map.of("title", "Thi đua quý IV", "periodStart", TODAY.minusDays(60).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("criteria")).hasSize(5);
        assertThat(api.get("/api/v1/emulation/movements/" + created.id(), outsider.token()).status()).isEqualTo(404);
        var quarter = api.get("/api/v1/programs/" + program + "/emulation/scores?movementId=" + created.id(),
                leader.token());
        assertThat(quarter.status()).isEqualTo(200);
        assertThat(quarter.json().get("from").asString()).isEqualTo(TODAY.minusDays(60).toString());
        assertThat(api.send("DELETE", "/api/v1/emulation/movements/" + created.id(), secretariat.token(), null, null)
                .status()).isEqualTo(204);
    }
}

@OnH2
class EmulationApiOnH2Test extends EmulationApiTests {
}

@OnPostgres
class EmulationApiOnPostgresTest extends EmulationApiTests {
}
