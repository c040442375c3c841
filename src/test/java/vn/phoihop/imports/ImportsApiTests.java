package vn.phoihop.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** Imports over the REST API: Excel task lists, program documents and meeting reports, all or nothing. */
abstract class ImportsApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final JsonMapper JSON = JsonMapper.builder().build();

    String s;
    Map<String, Long> bodies = new HashMap<>();
    long keeper;
    Api.User secretariat;
    Api.User outsider;
    long program;
    long theme;

    @BeforeEach
    void province() {
        s = " " + Api.unique("K");
        for (String name : SampleDocuments.bodyNames()) {
            bodies.put(name, organization(name + s, name.startsWith("Sở") || name.startsWith("Thanh")
                    ? "SPECIALIST_AGENCY" : name.startsWith("Ủy") ? "PEOPLES_COMMITTEE" : "PARTY_BOARD"));
        }
        keeper = api.body("Văn phòng Tỉnh ủy");
        secretariat = api.user(keeper, "SECRETARIAT");
        outsider = api.user(api.body("Sở Y tế", "SPECIALIST_AGENCY"), "FOCAL_POINT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình phối hợp"),
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", bodies.get("Sở Nội vụ")))))
                .id();
        theme = api.post("/api/v1/programs/" + program + "/themes", secretariat.token(),
                Map.of("title", "Công tác tổ chức, cán bộ")).id();
    }

    long organization(String name, String kind) {
        var r = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", name, "kind", kind));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    String body(String name) {
        return name + s;
    }

    // ---- HTTP with files

    HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Api.Response upload(String path, String token, byte[] file) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode node = r.body().isBlank() || !r.body().startsWith("{") ? null : JSON.readTree(r.body());
        return new Api.Response(r.statusCode(), node, r.body(), r.headers());
    }

    Api.Response multipart(String path, String token, String fileName, byte[] file) throws Exception {
        String boundary = "----phoihop" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode node = r.body().isBlank() || !r.body().startsWith("{") ? null : JSON.readTree(r.body());
        return new Api.Response(r.statusCode(), node, r.body(), r.headers());
    }

    /** The program's template with the rows filled in (each row: the columns in order). */
    byte[] filled(long programId, List<List<Object>> rows) throws Exception {
        byte[] template = download("/api/v1/programs/" + programId + "/tasks/template.xlsx", secretariat.token()).body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(TaskSheet.SHEET);
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    long taskCount(long programId) {
        return api.get("/api/v1/programs/" + programId + "/tasks?size=500", secretariat.token()).json().get("total")
                .asLong();
    }

    // ---- Excel

    @Test
    void downloadsATemplateWithVietnameseHeadersAndPickLists() throws Exception {
        var r = download("/api/v1/programs/" + program + "/tasks/template.xlsx", secretariat.token());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            XSSFSheet sheet = wb.getSheet("Nhiệm vụ");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nội dung phối hợp");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Cơ quan chủ trì");
            assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                    .contains("Danh mục").contains("$B$2"));
            Sheet lists = wb.getSheet("Danh mục");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
            List<String> themes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Row row : lists) {
                if (row.getRowNum() > 0) {
                    if (row.getCell(0) != null) {
                        themes.add(row.getCell(0).getStringCellValue());
                    }
                    if (row.getCell(1) != null) {
                        names.add(row.getCell(1).getStringCellValue());
                    }
                }
            }
            assertThat(themes).containsExactly("Công tác tổ chức, cán bộ");
            assertThat(names).contains(body("Sở Nội vụ"), body("Thanh tra tỉnh"));
        }
        assertThat(download("/api/v1/programs/" + program + "/tasks/template.xlsx", outsider.token()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void previewsEveryBadRowAndImportsNothingUntilTheFileIsClean() throws Exception {
        byte[] file = filled(program, List.of(
                List.of("Công tác tổ chức, cán bộ", "Rà soát quy hoạch cán bộ", "", body("Sở Nội vụ"),
                        body("Thanh tra tỉnh"), "", "Báo cáo", LocalDate.of(TODAY.getYear(), 6, 30)),
                List.of("Công tác tổ chức, cán bộ", "", "", body("Sở Nội vụ")),
                List.of("Nội dung không có", "Kiểm tra công vụ", "", "Sở Không Có", "", "", "", "Quý V")));
        var preview = upload("/api/v1/programs/" + program + "/tasks/import?dryRun=true", secretariat.token(), file);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("valid").asBoolean()).isFalse();
        assertThat(preview.json().get("rows").asInt()).isEqualTo(3);
        List<String> messages = new ArrayList<>();
        preview.json().get("errors").forEach(e -> messages.add(e.get("row").asInt() + e.get("column").asString() + " "
                + e.get("message").asString()));
        assertThat(messages).containsExactly(
                "3B Dòng 3, cột B (Tên nhiệm vụ): bắt buộc nhập.",
                "4A Dòng 4, cột A (Nội dung phối hợp): nội dung phối hợp «Nội dung không có» không có trong chương trình.",
                "4D Dòng 4, cột D (Cơ quan chủ trì): không nhận ra cơ quan «Sở Không Có».",
                "4H Dòng 4, cột H (Thời hạn): không đọc được thời hạn «Quý V».");

        var refused = upload("/api/v1/programs/" + program + "/tasks/import", secretariat.token(), file);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"rows[3].title\"").contains("Dòng 4, cột D");
        assertThat(taskCount(program)).as("all or nothing").isZero();
    }

    @Test
    void importsACleanFileAndExportsItBackInTheSameColumns() throws Exception {
        int year = TODAY.getYear();
        byte[] file = filled(program, List.of(
                List.of("Công tác tổ chức, cán bộ", "Rà soát quy hoạch cán bộ", "Các sở, ngành", body("Sở Nội vụ"),
                        body("Thanh tra tỉnh") + "; " + body("Ban Tổ chức Tỉnh ủy"), "", "Báo cáo",
                        LocalDate.of(year, 6, 30), "", "Cao"),
                List.of("", "Báo cáo định kỳ", "", "BTC Tỉnh ủy" + s, "", body("Sở Nội vụ"), "", "", "Hằng quý"),
                List.of("Công tác tổ chức, cán bộ", "Sắp xếp tổ chức bộ máy", "", body("Thanh tra tỉnh"), "", "", "",
                        "Quý III/" + year)));
        var dry = multipart("/api/v1/programs/" + program + "/tasks/import?dryRun=true", secretariat.token(),
                "nhiem-vu.xlsx", file);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("valid").asBoolean()).isTrue();
        assertThat(taskCount(program)).isZero();
        var done = multipart("/api/v1/programs/" + program + "/tasks/import", secretariat.token(), "nhiem-vu.xlsx", file);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.json().get("created").asInt()).isEqualTo(3);
        JsonNode tasks = api.get("/api/v1/programs/" + program + "/tasks?size=500", secretariat.token()).json().get("items");
        JsonNode first = tasks.get(0);
        assertThat(first.get("title").asString()).isEqualTo("Rà soát quy hoạch cán bộ");
        assertThat(first.get("leadOrganizationId").asLong()).isEqualTo(bodies.get("Sở Nội vụ"));
        assertThat(first.get("cooperatingOrganizationIds")).hasSize(2);
        assertThat(first.get("dueDate").asString()).isEqualTo(year + "-06-30");
        assertThat(first.get("priority").asString()).isEqualTo("HIGH");
        assertThat(first.get("themeId").asLong()).isEqualTo(theme);
        JsonNode quarterly = tasks.get(1);
        assertThat(quarterly.get("recurrence").asString()).isEqualTo("QUARTERLY");
        assertThat(quarterly.get("leadOrganizationId").asLong()).isEqualTo(bodies.get("Ban Tổ chức Tỉnh ủy"));
        assertThat(quarterly.get("advisingOrganizationId").asLong()).isEqualTo(bodies.get("Sở Nội vụ"));

        byte[] exported = download("/api/v1/programs/" + program + "/tasks/export.xlsx", secretariat.token()).body();
        long copy = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Bản sao"),
                "year", year, "parties", List.of(Map.of("organizationId", keeper)))).id();
        api.post("/api/v1/programs/" + copy + "/themes", secretariat.token(), Map.of("title", "Công tác tổ chức, cán bộ"));
        var again = upload("/api/v1/programs/" + copy + "/tasks/import", secretariat.token(), exported);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonNode copied = api.get("/api/v1/programs/" + copy + "/tasks?size=500", secretariat.token()).json().get("items");
        List<String> original = new ArrayList<>();
        List<String> roundTrip = new ArrayList<>();
        tasks.forEach(t -> original.add(summary(t)));
        copied.forEach(t -> roundTrip.add(summary(t)));
        assertThat(roundTrip).hasSize(original.size()).isEqualTo(original);
    }

    static String summary(JsonNode t) {
        if (t.hasNonNull("parentTaskId")) {
            return "occurrence (Q)";
        }
        return String.join("|", t.get("title").asString(), t.path("description").asString(""),
                t.get("leadOrganizationId").asString(), t.get("cooperatingOrganizationIds").toString(),
                t.path("advisingOrganizationId").asString(""), t.path("output").asString(""),
                t.path("dueDate").asString(""), t.path("recurrence").asString(""), t.get("priority").asString());
    }

    @Test
    void refusesFilesThatAreNotTheTemplateAndChangesNothing() throws Exception {
        String path = "/api/v1/programs/" + program + "/tasks/import";
        var text = upload(path, secretariat.token(), "không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("\"field\":\"file\"").contains("không phải bảng tính Excel");

        byte[] otherColumns;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row h = wb.createSheet("Sheet1").createRow(0);
            h.createCell(0).setCellValue("Tên");
            h.createCell(1).setCellValue("Hạn");
            wb.write(out);
            otherColumns = out.toByteArray();
        }
        var wrong = upload(path, secretariat.token(), otherColumns);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Các cột không đúng mẫu");

        var large = upload(path, secretariat.token(), new byte[10 * 1024 * 1024 + 1]);
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body()).contains("lớn hơn 10 MB");

        var bomb = upload(path, secretariat.token(), zipBomb());
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.body()).contains("Tệp nén bất thường");

        var empty = upload(path, secretariat.token(), filled(program, List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("không có dòng nhiệm vụ");
        assertThat(taskCount(program)).isZero();
        assertThat(upload(path, outsider.token(), zipBomb()).status()).isEqualTo(404);
    }

    /** A workbook whose sheet inflates about a thousand times: far past POI's minimum inflate ratio. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    // ---- program documents

    @Test
    void readsAProgramDocumentIntoADraftAndSavesItAsADraftProgram() throws Exception {
        var draft = multipart("/api/v1/imports/program-docx", secretariat.token(), "chuong-trinh.docx",
                SampleDocuments.inline(s));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        JsonNode d = draft.json();
        assertThat(d.get("year").asInt()).isEqualTo(2016);
        assertThat(d.get("parties")).hasSize(2);
        JsonNode firstTask = d.get("themes").get(0).get("tasks").get(0);
        assertThat(firstTask.get("leadOrganizationId").asLong()).isEqualTo(bodies.get("Ban Tổ chức Tỉnh ủy"));
        assertThat(firstTask.get("dueDate").asString()).isEqualTo("2016-06-30");
        assertThat(firstTask.get("evidence").get("title").asString()).contains("trước ngày 30/6/2016");
        JsonNode flagged = d.get("themes").get(1).get("tasks").get(2);
        assertThat(flagged.get("leadOrganizationId").isNull()).isTrue();
        assertThat(flagged.get("unknownBodies").get(0).asString()).isEqualTo("Ban Dân vận Huyện ủy Tiên Yên");

        Map<String, Object> save = JSON.convertValue(d, Map.class);
        save.put("keeperOrganizationId", keeper);
        long programsBefore = api.get("/api/v1/programs?size=500", secretariat.token()).json().get("total").asLong();
        var refused = api.post("/api/v1/imports/program-draft", secretariat.token(), save);
        assertThat(refused.status()).as("the unrecognised lead body").isEqualTo(400);
        assertThat(refused.body()).contains("themes[1].tasks[2].leadOrganizationId");
        assertThat(api.get("/api/v1/programs?size=500", secretariat.token()).json().get("total").asLong())
                .as("never a partial write").isEqualTo(programsBefore);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> themes = (List<Map<String, Object>>) save.get("themes");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> secondThemeTasks = (List<Map<String, Object>>) themes.get(1).get("tasks");
        secondThemeTasks.get(2).put("leadOrganizationId", bodies.get("Sở Nội vụ"));
        var created = api.post("/api/v1/imports/program-draft", secretariat.token(), save);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.json().get("themes")).hasSize(2);
        assertThat(created.text("code")).isEqualTo("01/CTr-BCSĐ-BTCTU");
        long id = created.id();
        JsonNode items = api.get("/api/v1/programs/" + id + "/tasks?size=500", secretariat.token()).json().get("items");
        List<String> titles = new ArrayList<>();
        items.forEach(t -> {
            if (!t.hasNonNull("parentTaskId")) {
                titles.add(t.get("title").asString());
            }
        });
        assertThat(titles).hasSize(5).contains("Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các sở, ngành");
    }

    @Test
    void refusesDocumentsThatAreNotWordAndOutsiders() throws Exception {
        var notDocx = upload("/api/v1/imports/program-docx", secretariat.token(), "văn bản".getBytes(StandardCharsets.UTF_8));
        assertThat(notDocx.status()).isEqualTo(400);
        assertThat(notDocx.body()).contains("không phải văn bản Word");
        assertThat(upload("/api/v1/imports/program-docx", outsider.token(), SampleDocuments.table(s)).status())
                .isEqualTo(403);
        var table = upload("/api/v1/imports/program-docx", secretariat.token(), SampleDocuments.table(s));
        assertThat(table.status()).isEqualTo(200);
        assertThat(table.json().get("themes")).hasSize(2);
    }

    // ---- meeting reports

    @Test
    void readsAMeetingReportAndSavesItWithItsConclusions() {
        String text = MeetingTextReaderTest.text("bao-quang-ninh-ky-ket.txt");
        var draft = api.post("/api/v1/imports/meeting-text", secretariat.token(), Map.of("text",
                java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        JsonNode d = draft.json();
        assertThat(d.get("heldOn").asString()).isEqualTo("2016-03-01");
        assertThat(d.get("kind").asString()).isEqualTo("SIGNING");
        assertThat(d.get("programYear").asInt()).isEqualTo(2016);
        assertThat(d.get("chair").get("fullName").asString()).isEqualTo("Đặng Huy Hậu");
        assertThat(d.get("chair").get("positions").get(1).asString()).isEqualTo("Phó Chủ tịch Thường trực UBND tỉnh");
        assertThat(d.get("directing").get(0).get("positions")).hasSize(2);
        assertThat(d.get("documents").get(0).get("kind").asString()).isEqualTo("Nghị quyết");
        assertThat(d.get("documents").get(0).get("number").asString()).isEqualTo("18-NQ/TU");
        assertThat(d.get("reviewIntervalMonths").asInt()).isEqualTo(6);
        assertThat(d.get("evidence").get("heldOn").asString()).startsWith("Chiều 1/3");
        assertThat(d.get("directions")).hasSize(2);

        Map<String, Object> save = new HashMap<>(JSON.convertValue(d, Map.class));
        save.put("programId", program);
        save.put("minutes", text);
        save.remove("kind");
        long before = api.get("/api/v1/programs/" + program + "/meetings", secretariat.token()).json().get("total").asLong();
        var refused = api.post("/api/v1/imports/meeting-draft", secretariat.token(), save);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"kind\"");
        save.put("kind", "SIGNING");
        List<String> directions = new ArrayList<>(List.of("Các cơ quan cụ thể hóa chương trình", "x".repeat(10001)));
        save.put("directions", directions);
        var tooLong = api.post("/api/v1/imports/meeting-draft", secretariat.token(), save);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("directions[1]");
        assertThat(api.get("/api/v1/programs/" + program + "/meetings", secretariat.token()).json().get("total").asLong())
                .as("never a partial write").isEqualTo(before);

        save.put("directions", d.get("directions"));
        var saved = api.post("/api/v1/imports/meeting-draft", secretariat.token(), save);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("conclusions")).hasSize(2);
        assertThat(saved.json().get("guests").toString()).contains("Đặng Huy Hậu, Ủy viên Ban Thường vụ Tỉnh ủy");
        assertThat(saved.text("heldOn")).isEqualTo("2016-03-01");
    }

    @Test
    void refusesMeetingTextFromOthersThanTheSecretariatAndEmptyText() {
        assertThat(api.post("/api/v1/imports/meeting-text", outsider.token(), Map.of("text", "Chiều 1/3")).status())
                .isEqualTo(403);
        var empty = api.post("/api/v1/imports/meeting-text", secretariat.token(), Map.of("text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"text\"");
        var withYear = api.post("/api/v1/imports/meeting-text", secretariat.token(), Map.of("text",
                "Chiều 1/3, đồng chí Trần Văn Minh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.", "year", 2021));
        assertThat(withYear.json().get("heldOn").asString()).isEqualTo("2021-03-01");
    }
}

@OnH2
class ImportsApiOnH2Test extends ImportsApiTests {
}

@OnPostgres
class ImportsApiOnPostgresTest extends ImportsApiTests {
}
