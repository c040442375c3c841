package vn.phoihop.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** The import pages as the secretariat uses them: Excel with progress and confirmation, Word review, meeting text. */
abstract class ImportPagesTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    String s;
    Map<String, Long> bodies = new HashMap<>();
    long keeper;
    Api.User secretariat;
    long program;
    Browser browser;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void scene() {
        s = " " + Api.unique("P");
        for (String name : SampleDocuments.bodyNames()) {
            var r = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", name + s, "kind", "PARTY_BOARD"));
            bodies.put(name, r.id());
        }
        keeper = api.body("Văn phòng Tỉnh ủy");
        secretariat = api.user(keeper, "SECRETARIAT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình"),
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", keeper)))).id();
        browser = Browser.signedIn(port, secretariat.username(), secretariat.password());
    }

    static String job(Browser.Page redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/imports/([0-9a-f\\-]{36})$").matcher(redirect.location());
        assertThat(m.find()).as(redirect.location()).isTrue();
        return m.group(1);
    }

    Browser.Page waitFor(String job, String text) throws InterruptedException {
        long until = System.currentTimeMillis() + 240_000;
        while (true) {
            Browser.Page p = browser.htmxGet("/imports/" + job + "/progress");
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.body()).as("the fragment only").doesNotContain("<html").contains("id=\"progress\"");
            if (p.body().contains(text) || System.currentTimeMillis() > until) {
                return p;
            }
            assertThat(p.body()).as("polls while it runs").contains("hx-trigger=\"every 1s\"").contains("<progress");
            Thread.sleep(300);
        }
    }

    static byte[] tasks(int count, String lead) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(TaskSheet.SHEET);
            Row h = sheet.createRow(0);
            for (TaskSheet.Column c : TaskSheet.Column.values()) {
                h.createCell(c.ordinal()).setCellValue(c.header);
            }
            for (int i = 1; i <= count; i++) {
                Row r = sheet.createRow(i);
                r.createCell(TaskSheet.Column.TITLE.ordinal()).setCellValue("Nhiệm vụ số " + i);
                r.createCell(TaskSheet.Column.LEAD.ordinal()).setCellValue(lead);
                r.createCell(TaskSheet.Column.DUE.ordinal()).setCellValue("Quý " + (i % 4 + 1) + "/" + TODAY.getYear());
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void showsAnImportCutOffByACrashAsFailedWithNothingImported() {
        // What a node killed mid-import leaves: a job row still «importing» that no one updates any more.
        String job = java.util.UUID.randomUUID().toString();
        java.sql.Timestamp silent = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600));
        jdbc.update("insert into import_job (id, program_id, username, file_name, content, state, total, done,"
                + " created_at, updated_at) values (?, ?, ?, '5000.xlsx', ?, 'IMPORTING', 5000, 1200, ?, ?)", job,
                program, secretariat.username(), new byte[] {1}, silent, silent);
        Browser.Page page = browser.get("/imports/" + job);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lượt nhập bị ngắt").contains("chưa có nhiệm vụ nào được tạo")
                .doesNotContain("hx-trigger=\"every 1s\"");
        // A job that wrote its progress a moment ago is running.
        jdbc.update("update import_job set updated_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now()), job);
        assertThat(browser.get("/imports/" + job).body()).contains("Đang nhập").contains("hx-trigger=\"every 1s\"");
    }

    @Test
    void importsFiveThousandRowsInTheBackgroundWithAProgressBarAndAConfirmation() throws Exception {
        assertThat(browser.get("/programs/" + program).body()).as("the program page links to the import")
                .contains("href=\"/programs/" + program + "/tasks/import\"").contains("Nhập nhiệm vụ từ tệp Excel");
        Browser.Page form = browser.get("/programs/" + program + "/tasks/import");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Tải mẫu Excel").contains("/programs/" + program + "/tasks/template.xlsx");
        String job = job(browser.postFile("/programs/" + program + "/tasks/import", "file", "5000.xlsx",
                tasks(5000, "Sở Nội vụ" + s)));
        Browser.Page page = browser.get("/imports/" + job);
        assertThat(page.status()).isEqualTo(200);
        Browser.Page ready = waitFor(job, "Xác nhận nhập");
        assertThat(ready.body()).containsPattern("5[.,]?000 nhiệm vụ sẵn sàng để nhập").doesNotContain("hx-trigger");
        assertThat(api.get("/api/v1/programs/" + program + "/tasks", secretariat.token()).json().get("total").asLong())
                .as("nothing before the confirmation").isZero();
        Browser.Page confirmed = browser.postForm("/imports/" + job + "/confirm", Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(browser.get("/imports/" + job).status()).as("the page answers while the import runs").isEqualTo(200);
        Browser.Page running = waitFor(job, "Đang nhập");
        assertThat(running.body()).contains("<progress").contains("hx-trigger=\"every 1s\"");
        assertThat(api.get("/api/v1/programs/" + program + "/tasks", secretariat.token()).json().get("total").asLong())
                .as("all or nothing: no task shows before the import commits").isZero();
        assertThat(browser.postForm("/imports/" + job + "/confirm", Map.of()).status()).as("only once").isEqualTo(409);
        Browser.Page done = waitFor(job, "Đã nhập");
        assertThat(done.body()).containsPattern("Đã nhập 5[.,]?000 nhiệm vụ").doesNotContain("hx-trigger");
        assertThat(api.get("/api/v1/programs/" + program + "/tasks", secretariat.token()).json().get("total").asLong())
                .as("every row, once").isEqualTo(5000);
        long first = api.get("/api/v1/programs/" + program + "/tasks", secretariat.token()).json().get("items").get(0)
                .get("id").asLong();
        var trail = api.get("/api/v1/audit?entityType=task&entityId=" + first, api.adminToken()).json();
        assertThat(trail.get("total").asLong()).as("recorded as a single create is").isEqualTo(1);
        assertThat(trail.get("items").get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(trail.get("items").get(0).get("actor").asString()).isEqualTo(secretariat.username());
        assertThat(trail.get("items").get(0).get("changes").toString()).contains("\"Nhiệm vụ số 1\"");
    }

    @Test
    void showsEveryBadRowInVietnameseAndAFileThatIsNotExcelNextToTheField() throws Exception {
        Browser.Page wrong = browser.postFile("/programs/" + program + "/tasks/import", "file", "a.txt",
                "không phải".getBytes(StandardCharsets.UTF_8));
        String job = job(wrong);
        Browser.Page failed = waitFor(job, "alert-danger");
        assertThat(failed.body()).contains("Tệp không phải bảng tính Excel (.xlsx).");
        String bad = job(browser.postFile("/programs/" + program + "/tasks/import", "file", "b.xlsx",
                tasks(3, "Cơ quan lạ")));
        Browser.Page problems = waitFor(bad, "alert-danger");
        assertThat(problems.body()).contains("Dòng 2, cột D (Cơ quan chủ trì): không nhận ra cơ quan «Cơ quan lạ».")
                .contains("Dòng 4, cột D").doesNotContain("Xác nhận nhập");
        Browser.Page empty = browser.postFile("/programs/" + program + "/tasks/import", "file", "c.xlsx", new byte[0]);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("is-invalid").contains("Tệp rỗng.");
        assertThat(api.get("/api/v1/programs/" + program + "/tasks", secretariat.token()).json().get("total").asLong())
                .isZero();
    }

    @Test
    void reviewsAProgramDocumentBesideItsSourceAndSavesADraftProgram() {
        Browser.Page review = browser.postFile("/imports/program", "file", "ct.docx", SampleDocuments.attributeLines(s));
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("a) Tuyên truyền kết quả thực hiện các nghị quyết của Tỉnh ủy")
                .contains("value=\"Tuyên truyền kết quả thực hiện các nghị quyết của Tỉnh ủy\"")
                .contains("Thời hạn đọc được: «6 tháng đầu năm»");
        Browser.Page flagged = browser.postFile("/imports/program", "file", "ct.docx", SampleDocuments.inline(s));
        assertThat(flagged.body()).contains("Chưa nhận ra cơ quan chủ trì.")
                .contains("Cơ quan không nhận ra: Ban Dân vận Huyện ủy Tiên Yên");

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", "Chương trình phối hợp nhập từ Word");
        fields.put("year", TODAY.getYear());
        fields.put("keeperOrganizationId", keeper);
        fields.put("partyIds", List.of(keeper, bodies.get("Sở Nội vụ")));
        fields.put("themes[0].title", "Công tác tuyên truyền");
        fields.put("themes[0].tasks[0].title", "Tuyên truyền nghị quyết");
        fields.put("themes[0].tasks[0].leadOrganizationId", bodies.get("Ban Tuyên giáo Tỉnh ủy"));
        fields.put("themes[0].tasks[0].cooperatingOrganizationIds", List.of(bodies.get("Sở Nội vụ")));
        fields.put("themes[0].tasks[0].dueDate", TODAY.getYear() + "-06-30");
        fields.put("themes[0].tasks[1].title", "Nhiệm vụ chưa có cơ quan");
        fields.put("themes[0].tasks[1].leadOrganizationId", "");
        Browser.Page refused = browser.postForm("/imports/program/save", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid");
        fields.put("themes[0].tasks[1].leadOrganizationId", bodies.get("Sở Nội vụ"));
        Browser.Page saved = browser.postForm("/imports/program/save", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/programs/\\d+$");
        long id = Long.parseLong(saved.location().replaceAll(".*/", ""));
        var created = api.get("/api/v1/programs/" + id, secretariat.token());
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(api.get("/api/v1/programs/" + id + "/tasks", secretariat.token()).json().get("total").asLong())
                .isEqualTo(2);
    }

    @Test
    void readsAPastedMeetingReportIntoAnEditableDraftAndSavesTheMeeting() {
        Browser.Page form = browser.get("/imports/meeting?programId=" + program);
        assertThat(form.status()).isEqualTo(200);
        Browser.Page draft = browser.postForm("/imports/meeting", Map.of("programId", program, "text",
                MeetingTextReaderTest.text("bien-ban-lao-cai.txt")));
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body()).contains("value=\"Đặng Xuân Phong, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\"")
                .contains("value=\"2017-02-24\"").contains("Kết luận số 12-KL/TU");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("programId", program);
        fields.put("kind", "SIGNING");
        fields.put("title", "Hội nghị ký kết chương trình phối hợp công tác năm 2017");
        fields.put("heldOn", "2017-02-24");
        fields.put("chair", "Đặng Xuân Phong, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh");
        fields.put("directions", "Các sở, ngành chủ động phối hợp\nVăn phòng UBND tỉnh theo dõi, đôn đốc");
        fields.put("minutes", "Biên bản");
        fields.put("heldOn", "");
        Browser.Page refused = browser.postForm("/imports/meeting/save", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid");
        fields.put("heldOn", "2017-02-24");
        Browser.Page saved = browser.postForm("/imports/meeting/save", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Browser.Page meeting = browser.follow(saved);
        assertThat(meeting.body()).contains("Đã lưu hội nghị").contains("Các sở, ngành chủ động phối hợp")
                .contains("Đặng Xuân Phong");
    }
}

@OnH2
class ImportPagesOnH2Test extends ImportPagesTests {
}

@OnPostgres
class ImportPagesOnPostgresTest extends ImportPagesTests {
}
