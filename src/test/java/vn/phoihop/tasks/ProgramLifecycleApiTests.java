package vn.phoihop.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** A program run end to end over the REST API, as an office would. */
abstract class ProgramLifecycleApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long office;
    long organization;
    long propaganda;
    Api.User secretariat;
    Api.User leadFocal;
    Api.User coopFocal;
    Api.User leader;

    @BeforeEach
    void province() {
        office = api.body("Văn phòng Tỉnh ủy");
        organization = api.body("Ban Tổ chức Tỉnh ủy");
        propaganda = api.body("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        secretariat = api.user(office, "SECRETARIAT");
        leadFocal = api.user(organization, "FOCAL_POINT");
        coopFocal = api.user(propaganda, "FOCAL_POINT");
        leader = api.user(office, "LEADER");
    }

    long program() {
        var r = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình phối hợp năm " + TODAY.getYear(),
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", organization),
                        Map.of("organizationId", String.valueOf(propaganda)))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    long task(long program, LocalDate due) {
        var r = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of(
                "title", "Tuyên truyền Nghị quyết", "leadOrganizationId", organization,
                "cooperatingOrganizationIds", List.of(propaganda), "dueDate", due.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    @Test
    void createsAProgramAsDraftKeptByTheCreatorsBodyWithLocation() {
        var r = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình phối hợp",
                "year", 2026, "parties", List.of(Map.of("organizationId", organization))));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("DRAFT");
        assertThat(r.json().get("keeperOrganizationId").asLong()).isEqualTo(office);
        assertThat(r.json().get("periodStart").asString()).isEqualTo("2026-01-01");
        assertThat(r.json().get("periodEnd").asString()).isEqualTo("2026-12-31");
        assertThat(r.json().get("version").asLong()).isZero();
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/programs/" + r.id());
    }

    @Test
    void signsThenClosesAProgramAndRefusesToSignTwice() {
        long p = program();
        var signed = api.post("/api/v1/programs/" + p + "/sign", secretariat.token(), Map.of("signedOn", "2026-01-15"));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.text("status")).isEqualTo("IN_FORCE");
        assertThat(signed.text("signedOn")).isEqualTo("2026-01-15");
        assertThat(api.post("/api/v1/programs/" + p + "/sign", secretariat.token(), Map.of("signedOn", "2026-01-16"))
                .status()).isEqualTo(409);
        var closed = api.post("/api/v1/programs/" + p + "/close", secretariat.token(), null);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
    }

    @Test
    void keepsPartyNamesAndSignatoriesAsTheyWereAtSigning() {
        var person = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", "Trần Văn Bình",
                "positions", List.of(Map.of("organizationId", organization, "title", "Trưởng Ban"),
                        Map.of("organizationId", propaganda, "title", "Ủy viên"))));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        long headPosition = person.json().get("positions").get(0).get("id").asLong();
        long otherPosition = person.json().get("positions").get(1).get("id").asLong();
        var wrongBody = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "CT", "year", 2026,
                "parties", List.of(Map.of("organizationId", organization, "signatoryPositionId", otherPosition))));
        assertThat(wrongBody.status()).isEqualTo(400);
        assertThat(wrongBody.body()).contains("parties[0].signatoryPositionId");
        long p = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "CT", "year", 2026,
                "parties", List.of(Map.of("organizationId", organization, "signatoryPositionId", headPosition)))).id();
        String oldName = api.get("/api/v1/organizations/" + organization, api.adminToken()).text("name");
        api.post("/api/v1/programs/" + p + "/sign", secretariat.token(), Map.of("signedOn", "2026-01-20"));
        api.put("/api/v1/organizations/" + organization, api.adminToken(),
                Map.of("name", "Ban Tổ chức (tên mới)", "kind", "PARTY_BOARD"));
        var party = api.get("/api/v1/programs/" + p, leader.token()).json().get("parties").get(0);
        assertThat(party.get("organizationName").asString()).isEqualTo(oldName);
        assertThat(party.get("signatoryName").asString()).isEqualTo("Trần Văn Bình");
        assertThat(party.get("signatoryTitle").asString()).isEqualTo("Trưởng Ban");
    }

    @Test
    void showsAPastStatusAsOfADate() {
        long p = program();
        long t = task(p, TODAY.minusDays(5));
        api.post("/api/v1/tasks/" + t + "/progress", leadFocal.token(), Map.of("reportedOn", TODAY.minusDays(2).toString(),
                "percent", 100, "text", "Xong", "completed", true));
        assertThat(api.get("/api/v1/tasks/" + t, leadFocal.token()).text("status")).isEqualTo("DONE_LATE");
        assertThat(api.get("/api/v1/tasks/" + t + "?asOf=" + TODAY.minusDays(3), leadFocal.token()).text("status"))
                .isEqualTo("OVERDUE");
        assertThat(api.get("/api/v1/tasks/" + t + "?asOf=" + TODAY.minusDays(6), leadFocal.token()).text("status"))
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void computesTaskStatusFromProgressReports() {
        long p = program();
        long t = task(p, TODAY.plusDays(10));
        assertThat(api.get("/api/v1/tasks/" + t, leadFocal.token()).text("status")).isEqualTo("NOT_STARTED");

        var report = api.post("/api/v1/tasks/" + t + "/progress", coopFocal.token(),
                Map.of("reportedOn", TODAY.toString(), "percent", 40, "text", "Đã xây dựng kế hoạch"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.text("visibility")).isEqualTo("INTERNAL");
        assertThat(api.get("/api/v1/tasks/" + t, leadFocal.token()).text("status")).isEqualTo("IN_PROGRESS");

        api.post("/api/v1/tasks/" + t + "/progress", leadFocal.token(),
                Map.of("reportedOn", TODAY.toString(), "percent", 100, "text", "Hoàn thành", "completed", true));
        var done = api.get("/api/v1/tasks/" + t, leadFocal.token());
        assertThat(done.text("status")).isEqualTo("DONE_ON_TIME");
        assertThat(done.json().get("percent").asInt()).isEqualTo(100);
        assertThat(done.text("completedOn")).isEqualTo(TODAY.toString());
    }

    @Test
    void showsOverdueAndFiltersByStatusGroupAndBody() {
        long p = program();
        long late = task(p, TODAY.minusDays(3));
        long open = task(p, TODAY.plusDays(3));
        assertThat(api.get("/api/v1/tasks/" + late, secretariat.token()).text("status")).isEqualTo("OVERDUE");
        var overdue = api.get("/api/v1/programs/" + p + "/tasks?status=OVERDUE", secretariat.token());
        assertThat(overdue.json().get("total").asInt()).isEqualTo(1);
        assertThat(overdue.json().get("items").get(0).get("id").asLong()).isEqualTo(late);
        var openGroup = api.get("/api/v1/programs/" + p + "/tasks?status=OPEN", secretariat.token());
        assertThat(openGroup.json().get("total").asInt()).isEqualTo(2);
        var byBody = api.get("/api/v1/programs/" + p + "/tasks?organizationId=" + propaganda, secretariat.token());
        assertThat(byBody.json().get("total").asInt()).isEqualTo(2);
        var none = api.get("/api/v1/programs/" + p + "/tasks?organizationId=" + office, secretariat.token());
        assertThat(none.json().get("total").asInt()).isZero();
        assertThat(open).isPositive();
    }

    @Test
    void movesADeadlineOnlyWithAReasonAndKeepsItInHistory() {
        long p = program();
        long t = task(p, TODAY.minusDays(1));
        var noReason = api.post("/api/v1/tasks/" + t + "/deadline", secretariat.token(),
                Map.of("dueDate", TODAY.plusDays(20).toString()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        var moved = api.post("/api/v1/tasks/" + t + "/deadline", secretariat.token(),
                Map.of("dueDate", TODAY.plusDays(20).toString(), "reason", "Chờ ý kiến Thường trực"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("dueDate")).isEqualTo(TODAY.plusDays(20).toString());
        assertThat(moved.text("status")).isEqualTo("NOT_STARTED");
        var history = api.get("/api/v1/tasks/" + t + "/history", leader.token());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("Chờ ý kiến Thường trực").contains("dueDate")
                .contains(secretariat.username());
    }

    @Test
    void cancelsWithAReason() {
        long p = program();
        long t = task(p, TODAY.plusDays(5));
        assertThat(api.post("/api/v1/tasks/" + t + "/cancel", secretariat.token(), Map.of()).status()).isEqualTo(400);
        var cancelled = api.post("/api/v1/tasks/" + t + "/cancel", secretariat.token(),
                Map.of("reason", "Không còn phù hợp"));
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(api.post("/api/v1/tasks/" + t + "/progress", leadFocal.token(),
                Map.of("reportedOn", TODAY.toString(), "percent", 10, "text", "x")).status()).isEqualTo(409);
    }

    @Test
    void aLeaderGivesDirectionsOnTasksAndPrograms() {
        long p = program();
        long t = task(p, TODAY.plusDays(5));
        var d = api.post("/api/v1/tasks/" + t + "/comments", leader.token(), Map.of("text", "Khẩn trương hoàn thành"));
        assertThat(d.status()).isEqualTo(201);
        assertThat(d.text("author")).startsWith("Nguyễn Văn");
        assertThat(api.get("/api/v1/tasks/" + t + "/comments", leadFocal.token()).body()).contains("Khẩn trương");
        assertThat(api.post("/api/v1/programs/" + p + "/comments", leader.token(), Map.of("text", "Chỉ đạo chung"))
                .status()).isEqualTo(201);
    }

    @Test
    void recurringTaskGetsOneOccurrencePerQuarterAndCountsThem() {
        long p = program();
        var r = api.post("/api/v1/programs/" + p + "/tasks", secretariat.token(), Map.of(
                "title", "Báo cáo tình hình dư luận xã hội", "leadOrganizationId", propaganda,
                "recurrence", "QUARTERLY"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        var subs = api.get("/api/v1/tasks/" + r.id() + "/subtasks", secretariat.token());
        assertThat(subs.json().get("total").asInt()).isEqualTo(4);
        assertThat(subs.json().get("items").get(0).get("dueDate").asString()).isEqualTo(TODAY.getYear() + "-03-31");
        assertThat(r.json().get("occurrenceCounts").size()).isPositive();
    }

    @Test
    void themesGroupTasksOfTheProgram() {
        long p = program();
        var theme = api.post("/api/v1/programs/" + p + "/themes", secretariat.token(), Map.of("title", "Công tác cán bộ"));
        assertThat(theme.status()).isEqualTo(201);
        var t = api.post("/api/v1/programs/" + p + "/tasks", secretariat.token(), Map.of("title", "Quy hoạch cán bộ",
                "leadOrganizationId", organization, "themeId", theme.id()));
        assertThat(t.json().get("themeId").asLong()).isEqualTo(theme.id());
        assertThat(api.get("/api/v1/programs/" + p, leader.token()).body()).contains("Công tác cán bộ");
    }

    @Test
    void reportsFieldErrorsWithJsonPathsInVietnameseAndEnglish() {
        var r = api.post("/api/v1/programs", secretariat.token(), Map.of("year", 1999,
                "parties", List.of(Map.of("organizationId", 999999))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(r.body()).contains("\"field\":\"title\"").contains("\"field\":\"year\"")
                .contains("\"field\":\"parties[0].organizationId\"").contains("bắt buộc");
        var en = api.send("POST", "/api/v1/programs", secretariat.token(), Map.of("year", 2026,
                "parties", List.of(Map.of("organizationId", organization))), "en");
        assertThat(en.body()).contains("This field is required.");
    }
}

@OnH2
class ProgramLifecycleApiOnH2Test extends ProgramLifecycleApiTests {
}

@OnPostgres
class ProgramLifecycleApiOnPostgresTest extends ProgramLifecycleApiTests {
}
