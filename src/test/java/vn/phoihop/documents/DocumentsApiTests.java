package vn.phoihop.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Documents and registers over real HTTP: the review and program documents in both layouts with their exact
 * Vietnamese heading, number and date line, the figures as the review holds them, the XLSX registers with their
 * filters, the download headers, and who may download (404 when the program is not visible, 401 without a token).
 */
abstract class DocumentsApiTests extends ApiIntegrationTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.now(VN);
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    DataSource dataSource;

    long office;
    long bodyA;
    long bodyB;
    long outsider;
    Api.User secretariat;
    Api.User focalB;
    Api.User outsiderLeader;
    long program;
    long theme;
    long overdueTask;
    long doneTask;
    String overdueTitle;
    String doneTitle;

    record Bytes(int status, HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    Bytes download(String path, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path)).GET();
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        bodyA = api.body("Ban Tuyên giáo Tỉnh ủy");
        bodyB = api.body("Sở Văn hóa", "SPECIALIST_AGENCY");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(office, "SECRETARIAT");
        focalB = api.user(bodyB, "FOCAL_POINT");
        outsiderLeader = api.user(outsider, "LEADER");
        var p = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình phối hợp"),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(200).toString(),
                "periodEnd", TODAY.plusDays(100).toString(),
                "parties", List.of(Map.of("organizationId", bodyA), Map.of("organizationId", bodyB))));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        program = p.id();
        theme = api.post("/api/v1/programs/" + program + "/themes", secretariat.token(),
                Map.of("title", "Tuyên truyền, nắm bắt dư luận xã hội")).id();
        overdueTitle = Api.unique("Nắm bắt dư luận về Đề án 25");
        overdueTask = task(overdueTitle, bodyB, TODAY.minusDays(20), theme);
        doneTitle = Api.unique("Hội nghị quán triệt Nghị quyết");
        doneTask = task(doneTitle, bodyA, TODAY.minusDays(30), null);
        var r = api.post("/api/v1/tasks/" + doneTask + "/progress", secretariat.token(), Map.of("reportedOn",
                TODAY.minusDays(40).toString(), "percent", 100, "text", "Đã tổ chức", "completed", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        for (long id : List.of(overdueTask, doneTask)) {
            new JdbcTemplate(dataSource).update("update task set created_at = ? where id = ?",
                    Timestamp.from(TODAY.minusDays(150).atTime(12, 0).atZone(VN).toInstant()), id);
        }
    }

    long task(String title, long lead, LocalDate due, Long themeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("leadOrganizationId", lead);
        body.put("cooperatingOrganizationIds", List.of(lead == bodyA ? bodyB : bodyA));
        body.put("output", "Báo cáo kết quả");
        body.put("dueDate", due.toString());
        if (themeId != null) {
            body.put("themeId", themeId);
        }
        var r = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    long review() {
        var r = api.post("/api/v1/programs/" + program + "/reviews", secretariat.token(), Map.of("kind", "SIX_MONTH",
                "periodStart", TODAY.minusDays(100).toString(), "periodEnd", TODAY.minusDays(10).toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    static String docxText(byte[] docx) throws IOException {
        return DocumentRenderingTest.docxText(docx);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Test
    void aReviewOfAPartyKeeperIsAPartyReportWithTheFiguresTheReviewHolds() throws IOException {
        long review = review();
        JsonNode figures = api.get("/api/v1/reviews/" + review, secretariat.token()).json().get("figures");
        String dateLine = DocumentModel.dateLine("Quảng Ninh", TODAY);

        Bytes docx = download("/api/v1/reviews/" + review + "/document.docx?number=7", secretariat.token());
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Type")).isEqualTo(DOCX);
        assertThat(docx.header("Content-Disposition")).isEqualTo("attachment; filename=\"Bao-cao-so-ket-6-thang-"
                + review + ".docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20s%C6%A1%20k%E1%BA%BFt%206%20th%C3%A1ng%20"
                + review + ".docx");
        String text = docxText(docx.body());
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 07-BC/VPTU", dateLine, "BÁO CÁO",
                "I. KẾT QUẢ ĐẠT ĐƯỢC", "Nơi nhận:").doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            XWPFTable byStatus = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Tổng số")).findFirst().orElseThrow();
            assertThat(byStatus.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("Tổng số",
                    "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn", "Đang thực hiện", "Chưa thực hiện",
                    "Đã hủy", "Tỷ lệ đúng hạn");
            assertThat(byStatus.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly(
                    figures.get("tasksTotal").asString(), figures.get("doneOnTime").asString(),
                    figures.get("doneLate").asString(), figures.get("overdue").asString(),
                    figures.get("inProgress").asString(), figures.get("notStarted").asString(),
                    figures.get("cancelled").asString(), figures.get("onTimeRate").asString() + "%");
            assertThat(byStatus.getRow(1).getCell(0).getText()).isEqualTo("2");
        }

        Bytes pdf = download("/api/v1/reviews/" + review + "/document.pdf", secretariat.token());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("filename=\"Bao-cao-so-ket-6-thang-" + review + ".pdf\"");
        String pdfText = DocumentRenderingTest.pdfText(pdf.body());
        assertThat(pdfText).contains("ĐẢNG CỘNG SẢN VIỆT NAM", dateLine, "Bảng 1. Nhiệm vụ theo tình trạng",
                "Tổng số");
        // The header cells wrap in the PDF; the row of figures does not.
        assertThat(pdfText.replaceAll("\\s+", " ")).contains("Số -BC/VPTU", String.join(" ",
                figures.get("tasksTotal").asString(), figures.get("doneOnTime").asString(),
                figures.get("doneLate").asString(), figures.get("overdue").asString(),
                figures.get("inProgress").asString(), figures.get("notStarted").asString(),
                figures.get("cancelled").asString(), figures.get("onTimeRate").asString() + "%"));
        assertThat(docxText(download("/api/v1/reviews/" + review + "/document.docx", secretariat.token()).body()))
                .as("no number: the space is left for the office").contains("Số     -BC/VPTU");
    }

    @Test
    void aProgramWhoseFirstPartyIsAStateBodyIsAStateJointDocument() throws IOException {
        long stateFirst = api.post("/api/v1/programs", secretariat.token(), Map.of("title",
                "Chương trình phối hợp công tác năm " + TODAY.getYear(), "year", TODAY.getYear(),
                "parties", List.of(Map.of("organizationId", bodyB), Map.of("organizationId", bodyA)))).id();
        Bytes docx = download("/api/v1/programs/" + stateFirst + "/document.docx?number=3", secretariat.token());
        assertThat(docx.status()).isEqualTo(200);
        String text = docxText(docx.body());
        String nameA = nfc(api.get("/api/v1/organizations/" + bodyA, api.adminToken()).text("name"));
        String nameB = nfc(api.get("/api/v1/organizations/" + bodyB, api.adminToken()).text("name"));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 03/CTr-SVH-BTGTU", "CHƯƠNG TRÌNH", "Phối hợp công tác năm " + TODAY.getYear(),
                DocumentModel.upper(nameA), DocumentModel.upper(nameB), "ĐẠI DIỆN " + DocumentModel.upper(nameB))
                .doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");

        Bytes pdf = download("/api/v1/programs/" + program + "/document.pdf", secretariat.token());
        assertThat(pdf.status()).isEqualTo(200);
        String pdfText = DocumentRenderingTest.pdfText(pdf.body());
        assertThat(pdfText).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "II. NỘI DUNG PHỐI HỢP VÀ NHIỆM VỤ CỤ THỂ",
                "1. Tuyên truyền, nắm bắt dư luận xã hội", "STT");
        assertThat(pdfText.replaceAll("\\s+", "")).contains(overdueTitle.replaceAll("\\s+", ""));
    }

    @Test
    void onlyThoseWhoSeeTheProgramDownloadAndAMalformedNumberIs400() {
        long review = review();
        List<String> paths = List.of("/api/v1/reviews/" + review + "/document.docx",
                "/api/v1/reviews/" + review + "/document.pdf", "/api/v1/reviews/" + review + "/figures.xlsx",
                "/api/v1/programs/" + program + "/document.docx", "/api/v1/programs/" + program + "/document.pdf",
                "/api/v1/programs/" + program + "/tasks.xlsx");
        for (String path : paths) {
            assertThat(download(path, null).status()).as("anonymous " + path).isEqualTo(401);
            Bytes hidden = download(path, outsiderLeader.token());
            assertThat(hidden.status()).as("outsider " + path).isEqualTo(404);
            assertThat(hidden.header("Content-Type")).contains("problem+json");
            assertThat(download(path, focalB.token()).status()).as("a party's focal point " + path).isEqualTo(200);
        }
        assertThat(download("/api/v1/info-requests/overdue.xlsx", null).status()).isEqualTo(401);
        var bad = api.get("/api/v1/programs/" + program + "/document.docx?number=" + "5%27%20OR%201=1",
                secretariat.token());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("number");
        assertThat(api.get("/api/v1/programs/" + program + "/tasks.xlsx?status=LATE", secretariat.token()).status())
                .isEqualTo(400);
    }

    static List<List<Object>> rows(XSSFSheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Object> values = new ArrayList<>();
            for (Cell c : row) {
                values.add(c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue() : c.getStringCellValue());
            }
            rows.add(values);
        }
        return rows;
    }

    static void assertRegisterShape(XSSFSheet sheet) {
        assertThat(sheet.getPaneInformation()).isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
    }

    @Test
    void theTaskListExportAppliesTheFiltersAndWritesRealDates() throws IOException {
        Bytes all = download("/api/v1/programs/" + program + "/tasks.xlsx", secretariat.token());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type")).isEqualTo(XLSX);
        assertThat(all.header("Content-Disposition")).contains("filename=\"Danh-sach-nhiem-vu-" + program + ".xlsx\"",
                "filename*=UTF-8''Danh%20s%C3%A1ch%20nhi%E1%BB%87m%20v%E1%BB%A5%20" + program + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(all.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhiệm vụ");
            assertRegisterShape(sheet);
            assertThat(rows(sheet).get(0)).containsExactly("STT", "Nội dung phối hợp", "Nhiệm vụ", "Cơ quan chủ trì",
                    "Cơ quan phối hợp", "Cơ quan tham mưu", "Sản phẩm", "Thời hạn", "Tình trạng", "Tiến độ (%)",
                    "Ngày hoàn thành");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
        }
        Bytes overdue = download("/api/v1/programs/" + program + "/tasks.xlsx?status=OVERDUE&organizationId=" + bodyB,
                secretariat.token());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(overdue.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("only the overdue task of body B").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(overdueTitle);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Tuyên truyền, nắm bắt dư luận xã hội");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Quá hạn");
            Cell due = row.getCell(7);
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.minusDays(20));
        }
        Bytes done = download("/api/v1/programs/" + program + "/tasks.xlsx?status=DONE_ON_TIME", secretariat.token());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(done.body()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(doneTitle);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Nhiệm vụ khác");
            assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.minusDays(40));
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(100.0);
        }
    }

    @Test
    void theReviewFiguresExportHoldsTheSameNumbers() throws IOException {
        long review = review();
        JsonNode figures = api.get("/api/v1/reviews/" + review, secretariat.token()).json().get("figures");
        Bytes xlsx = download("/api/v1/reviews/" + review + "/figures.xlsx", secretariat.token());
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet summary = book.getSheet("Tổng hợp");
            assertRegisterShape(summary);
            Row row = summary.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.minusDays(100));
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.minusDays(10));
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(figures.get("tasksTotal").asDouble());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(figures.get("doneOnTime").asDouble());
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(figures.get("overdue").asDouble());
            XSSFSheet byBody = book.getSheet("Theo cơ quan chủ trì");
            assertRegisterShape(byBody);
            assertThat(byBody.getLastRowNum()).isEqualTo(figures.get("byOrganization").size());
        }
    }

    @Test
    void theOverdueRegisterListsTheBodysLateRequestsAndOverdueTasks() throws IOException {
        Api.User focalA = api.user(bodyA, "FOCAL_POINT");
        String subject = Api.unique("Đề nghị cung cấp số liệu dư luận");
        Map<String, Object> request = new HashMap<>();
        request.put("programId", program);
        request.put("fromOrganizationId", bodyA);
        request.put("toOrganizationId", bodyB);
        request.put("subject", subject);
        request.put("content", "Đề nghị cung cấp số liệu");
        request.put("sentOn", TODAY.minusDays(40).toString());
        var sent = api.post("/api/v1/info-requests", focalA.token(), request);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        LocalDate due = LocalDate.parse(sent.text("dueDate"));

        Bytes xlsx = download("/api/v1/info-requests/overdue.xlsx", focalB.token());
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo(XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet requests = book.getSheet("Đề nghị quá hạn");
            assertRegisterShape(requests);
            assertThat(rows(requests).get(0)).containsExactly("STT", "Nội dung đề nghị", "Cơ quan đề nghị",
                    "Cơ quan được đề nghị", "Ngày gửi", "Hạn trả lời", "Ngày trả lời", "Tình trạng",
                    "Số ngày làm việc quá hạn");
            assertThat(requests.getLastRowNum()).isEqualTo(1);
            Row row = requests.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(subject);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
            assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(due);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Quá hạn chưa trả lời");
            assertThat(row.getCell(8).getNumericCellValue()).isPositive();
            XSSFSheet tasks = book.getSheet("Nhiệm vụ quá hạn");
            assertRegisterShape(tasks);
            assertThat(tasks.getLastRowNum()).isEqualTo(1);
            assertThat(tasks.getRow(1).getCell(2).getStringCellValue()).isEqualTo(overdueTitle);
        }
        Bytes ofA = download("/api/v1/info-requests/overdue.xlsx", focalA.token());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ofA.body()))) {
            assertThat(book.getSheet("Đề nghị quá hạn").getLastRowNum()).as("body A is late in nothing").isZero();
            assertThat(book.getSheet("Nhiệm vụ quá hạn").getLastRowNum()).isZero();
        }
    }

    @Test
    void thePagesLinkTheDownloadsWhichServeSignedInUsers() {
        long review = review();
        Browser browser = Browser.signedIn(port, secretariat.username(), secretariat.password());
        String reviewPage = browser.get("/reviews/" + review).body();
        assertThat(reviewPage).contains("/reviews/" + review + "/document.docx", "/reviews/" + review + "/document.pdf",
                "/reviews/" + review + "/figures.xlsx");
        String programPage = browser.get("/programs/" + program + "?status=OVERDUE").body();
        assertThat(programPage).contains("/programs/" + program + "/document.pdf",
                "/programs/" + program + "/tasks.xlsx?status=OVERDUE");
        assertThat(browser.get("/reviews/" + review + "/document.pdf").status()).isEqualTo(200);
        assertThat(browser.get("/programs/" + program + "/tasks.xlsx?status=OPEN").status()).isEqualTo(200);
        assertThat(browser.get("/programs/" + program + "/document.docx?number=x").status()).isEqualTo(400);
        Browser stranger = Browser.signedIn(port, outsiderLeader.username(), outsiderLeader.password());
        assertThat(stranger.get("/programs/" + program + "/document.pdf").status()).isEqualTo(404);
        Browser b = Browser.signedIn(port, focalB.username(), focalB.password());
        assertThat(b.get("/info-requests/overdue").body()).contains("/info-requests/overdue.xlsx?organizationId=" + bodyB);
    }
}

@OnH2
class DocumentsApiOnH2Test extends DocumentsApiTests {
}

@OnPostgres
class DocumentsApiOnPostgresTest extends DocumentsApiTests {
}
