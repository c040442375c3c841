package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** Supervision by rule, the art. 38 steps, reminders' query, retention, statistics and the XLSX import. */
abstract class CaseSupervisionTests extends ApiIntegrationTest {

    long body;
    Api.User handler;

    @BeforeEach
    void scene() {
        body = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        handler = api.user(body, "CASE_HANDLER");
    }

    long create(String kind, String receivedOn, String fullName) {
        return api.post("/api/v1/cases", handler.token(), CasesApiTests.caseBody(kind, null, receivedOn, body, "NORMAL",
                false, fullName)).id();
    }

    @Test
    void aRuleForAllDenunciationsLetsTheBodySuperviseThemAndFollowTheArticle38Steps() {
        long board = api.body("Ban Nội chính Tỉnh ủy");
        Api.User supervisor = api.user(board, "SUPERVISOR");
        assertThat(api.post("/api/v1/cases/supervision-rules", handler.token(),
                Map.of("supervisingOrganizationId", board, "scope", "ALL_DENUNCIATIONS")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/cases/supervision-rules", api.adminToken(),
                Map.of("supervisingOrganizationId", board, "scope", "ALL_DENUNCIATIONS")).status()).isEqualTo(201);
        long denunciation = create("DENUNCIATION", "2026-02-11", "Phạm Văn Tốcáo");
        long complaint = create("COMPLAINT", "2026-02-11", "Phạm Văn Khiếunại");
        assertThat(api.get("/api/v1/cases/" + complaint, supervisor.token()).status()).isEqualTo(404);
        api.post("/api/v1/cases/" + denunciation + "/accept", handler.token(), Map.of("acceptedOn", "2026-03-27"));
        Api.Response c = api.get("/api/v1/cases/" + denunciation, supervisor.token());
        assertThat(c.status()).isEqualTo(200);
        JsonNode e = c.json().get("escalation");
        assertThat(e.get("overdue").asBoolean()).isTrue();
        assertThat(e.get("deadline").asString()).isEqualTo("2026-04-28");
        assertThat(e.get("step").asString()).isEqualTo("REQUEST_REPORT");
        assertThat(e.get("stepDue").asString()).isEqualTo("2026-05-07");
        assertThat(e.get("legalBasis").asString()).contains("điều 38");
        assertThat(e.get("notifyOrganizationIds").toString()).contains(String.valueOf(body), String.valueOf(board));

        Api.Response request = api.post("/api/v1/cases/" + denunciation + "/report-requests", supervisor.token(),
                Map.of("content", "Đề nghị báo cáo lý do chậm giải quyết."));
        assertThat(request.status()).isEqualTo(201);
        assertThat(request.json().get("caseId").asLong()).isEqualTo(denunciation);
        assertThat(api.get("/api/v1/cases/" + denunciation, supervisor.token()).json().get("escalation").get("step")
                .asString()).isEqualTo("AWAIT_REPORT");
        assertThat(api.post("/api/v1/cases/" + denunciation + "/report-requests", handler.token(),
                Map.of("content", "x")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/info-requests/" + request.id() + "/answer", handler.token(),
                Map.of("content", "Vụ việc phức tạp, đang xác minh bổ sung.")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + denunciation, supervisor.token()).json().get("escalation").get("step")
                .asString()).isEqualTo("REPORTED");

        Api.Response due = api.get("/api/v1/cases/due?within=0", supervisor.token());
        JsonNode item = null;
        for (JsonNode n : due.json().get("items")) {
            if (n.get("caseId").asLong() == denunciation) {
                item = n;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("overdue").asBoolean()).isTrue();
        assertThat(item.get("deadlineCode").asString()).isEqualTo("resolveBy");
        assertThat(item.toString()).doesNotContain("Phạm Văn Tốcáo");
    }

    @Test
    void aNewRuleLetsTheSupervisingBodyFindCasesIndexedBeforeIt() throws Exception {
        long board = api.body("Thanh tra Chính phủ");
        Api.User supervisor = api.user(board, "SUPERVISOR");
        String subject = Api.unique("Tố cáo vi phạm quản lý đất đai");
        Map<String, Object> b = CasesApiTests.caseBody("DENUNCIATION", null, "2026-02-11", body, "NORMAL", false, "Lê C");
        b.put("subject", subject);
        long id = api.post("/api/v1/cases", handler.token(), b).id();
        String q = "/api/v1/search?kind=CASE&q=" + java.net.URLEncoder.encode(subject, "UTF-8");
        String hits = "";
        for (int i = 0; i < 50 && !hits.contains("/cases/" + id); i++) {
            hits = api.get(q, handler.token()).body();
            Thread.sleep(200);
        }
        assertThat(hits).contains("/cases/" + id);
        assertThat(api.get(q, supervisor.token()).body()).doesNotContain("/cases/" + id);
        api.post("/api/v1/cases/supervision-rules", api.adminToken(),
                Map.of("supervisingOrganizationId", board, "scope", "HANDLING_BODY", "handlingOrganizationId", body));
        hits = "";
        for (int i = 0; i < 50 && !hits.contains("/cases/" + id); i++) {
            hits = api.get(q, supervisor.token()).body();
            Thread.sleep(200);
        }
        assertThat(hits).contains("/cases/" + id);
    }

    @Test
    void aRuleOnTheShareOfTimeUsedCoversCasesNearTheirLimit() {
        long board = api.body("Ủy ban Kiểm tra Tỉnh ủy");
        Api.User supervisor = api.user(board, "SUPERVISOR");
        api.post("/api/v1/cases/supervision-rules", api.adminToken(),
                Map.of("supervisingOrganizationId", board, "scope", "PAST_PERCENT", "percent", 80));
        long fresh = create("COMPLAINT", CasesApiTests.TODAY.toString(), "Người A");
        long old = create("COMPLAINT", "2026-02-11", "Người B");
        assertThat(api.get("/api/v1/cases/" + fresh, supervisor.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + old, supervisor.token()).status()).isEqualTo(200);
    }

    @Test
    void retentionErasesTheCitizenOfCasesClosedLongAgoAndKeepsTheFacts() {
        long old = create("COMPLAINT", "2018-01-02", "Đỗ Thị Cũ");
        api.post("/api/v1/cases/" + old + "/accept", handler.token(), Map.of("acceptedOn", "2018-01-05"));
        api.post("/api/v1/cases/" + old + "/resolve", handler.token(),
                Map.of("resolvedOn", "2018-02-01", "decisionNumber", "3/QĐ", "summary", "Đã giải quyết."));
        api.post("/api/v1/cases/" + old + "/close", handler.token(), Map.of("closedOn", "2018-02-10"));
        long recent = create("COMPLAINT", "2026-02-11", "Đỗ Thị Mới");
        api.post("/api/v1/cases/" + recent + "/withdraw", handler.token(), Map.of("withdrawnOn", "2026-02-12"));
        assertThat(api.post("/api/v1/cases/retention", handler.token(), null).status()).isEqualTo(403);
        Api.Response run = api.post("/api/v1/cases/retention", api.adminToken(), null);
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("erased").asInt()).isPositive();
        Api.Response erased = api.get("/api/v1/cases/" + old, handler.token());
        assertThat(erased.json().get("citizen").get("erased").asBoolean()).isTrue();
        assertThat(erased.body()).doesNotContain("Đỗ Thị Cũ");
        assertThat(erased.text("decisionNumber")).isEqualTo("3/QĐ");
        assertThat(api.get("/api/v1/cases/" + recent, handler.token()).body()).contains("Đỗ Thị Mới");
    }

    @Test
    void countsCasesPerPeriodByKindAndInstance() {
        long onTime = create("COMPLAINT", "2026-03-02", "X");
        api.post("/api/v1/cases/" + onTime + "/accept", handler.token(), Map.of("acceptedOn", "2026-03-05"));
        api.post("/api/v1/cases/" + onTime + "/resolve", handler.token(),
                Map.of("resolvedOn", "2026-03-20", "decisionNumber", "1", "summary", "s"));
        create("DENUNCIATION", "2026-03-02", "Y");
        long withdrawn = create("COMPLAINT", "2026-03-03", "Z");
        api.post("/api/v1/cases/" + withdrawn + "/withdraw", handler.token(), Map.of("withdrawnOn", "2026-03-04"));
        Api.Response r = api.get("/api/v1/cases/statistics?from=2026-03-01&to=2026-06-30&organizationId=" + body,
                handler.token());
        assertThat(r.status()).isEqualTo(200);
        Map<String, JsonNode> rows = new java.util.HashMap<>();
        r.json().get("rows").forEach(n -> rows.put(n.get("group").asString(), n));
        assertThat(rows.get("COMPLAINT_FIRST").get("received").asInt()).isEqualTo(2);
        assertThat(rows.get("COMPLAINT_FIRST").get("resolvedOnTime").asInt()).isEqualTo(1);
        assertThat(rows.get("COMPLAINT_FIRST").get("withdrawn").asInt()).isEqualTo(1);
        assertThat(rows.get("DENUNCIATION").get("overdue").asInt()).isEqualTo(1);
        assertThat(rows.get("TOTAL").get("received").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/cases/statistics?from=2026-06-01&to=2026-01-01", handler.token()).status())
                .isEqualTo(400);
    }

    @Test
    void importsAllRowsOrNoneWithRowLevelErrors() throws Exception {
        HttpResponse<byte[]> template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.base() + "/api/v1/cases/import-template.xlsx"))
                .header("Authorization", "Bearer " + handler.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        int before = api.get("/api/v1/cases", handler.token()).json().get("total").asInt();
        byte[] bad = workbook(new String[][]{
                {"COMPLAINT", "FIRST", "05/02/2026", "DIRECT", "Nguyễn Văn Một", "Hạ Long", "", "", "Đơn 1", "Nội dung", "", "NORMAL"},
                {"APPEAL", "", "2026-02-06", "", "Nguyễn Văn Hai", "Hạ Long", "", "", "", "Nội dung", "", ""}});
        HttpResponse<String> refused = upload(bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("rows[3].kind", "rows[3].subject").doesNotContain("rows[2]");
        assertThat(api.get("/api/v1/cases", handler.token()).json().get("total").asInt()).isEqualTo(before);
        byte[] good = workbook(new String[][]{
                {"COMPLAINT", "FIRST", "05/02/2026", "DIRECT", "Nguyễn Văn Một", "Hạ Long", "", "", "Đơn 1", "Nội dung", "x", "NORMAL"},
                {"DENUNCIATION", "", "2026-02-11", "POST", "Nguyễn Văn Hai", "Hạ Long", "", "", "Đơn 2", "Nội dung", "", "COMPLEX"}});
        HttpResponse<String> imported = upload(good);
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(imported.body()).contains("\"imported\":2");
        assertThat(api.get("/api/v1/cases", handler.token()).json().get("total").asInt()).isEqualTo(before + 2);
        Api.Response list = api.get("/api/v1/cases?kind=COMPLAINT", handler.token());
        assertThat(list.json().get("items").get(0).get("deadlines").get("acceptBy").asString()).isEqualTo("2026-02-23");
        assertThat(list.json().get("items").get(0).get("remoteArea").asBoolean()).isTrue();
    }

    private HttpResponse<String> upload(byte[] xlsx) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/cases/import"))
                .header("Authorization", "Bearer " + handler.token()).header("Content-Type", CaseWorkbooks.XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] workbook(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("cases");
            Row head = s.createRow(0);
            for (int i = 0; i < CaseWorkbooks.IMPORT_COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(CaseWorkbooks.IMPORT_COLUMNS.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}

@OnH2
class CaseSupervisionOnH2Test extends CaseSupervisionTests {
}

@OnPostgres
class CaseSupervisionOnPostgresTest extends CaseSupervisionTests {
}
