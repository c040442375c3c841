package vn.phoihop.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/**
 * Reviews over the REST API: figures as of the period's end, the narrative prefilled and edited, approval that
 * freezes a review, revisions, the six-month rule, and who may do what. Tasks are backdated in the database
 * (their creation time is the real clock's), so that a period ending before today can cover them.
 */
abstract class ReviewsApiTests extends ApiIntegrationTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.now(VN);
    static final LocalDate START = TODAY.minusDays(100);
    static final LocalDate END = TODAY.minusDays(10);

    @Autowired
    DataSource dataSource;

    long office;
    long bodyA;
    long bodyB;
    long outsider;
    String nameA;
    Api.User secretariat;
    Api.User leader;
    Api.User partySecretariat;
    Api.User focalA;
    Api.User outsiderLeader;
    long program;
    long theme;
    Map<String, Long> tasks = new HashMap<>();

    @BeforeEach
    void program() {
        office = api.body("Văn phòng Tỉnh ủy");
        bodyA = api.body("Ban Tuyên giáo Tỉnh ủy");
        bodyB = api.body("Sở Văn hóa", "SPECIALIST_AGENCY");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        nameA = api.get("/api/v1/organizations/" + bodyA, api.adminToken()).text("name");
        secretariat = api.user(office, "SECRETARIAT");
        leader = api.user(office, "LEADER");
        partySecretariat = api.user(bodyA, "SECRETARIAT");
        focalA = api.user(bodyA, "FOCAL_POINT");
        outsiderLeader = api.user(outsider, "LEADER");
        var p = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình sơ kết"),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(200).toString(),
                "periodEnd", TODAY.plusDays(100).toString(),
                "parties", List.of(Map.of("organizationId", bodyA), Map.of("organizationId", bodyB))));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        program = p.id();
        var t = api.post("/api/v1/programs/" + program + "/themes", secretariat.token(), Map.of("title", "Tuyên truyền"));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        theme = t.id();
    }

    long task(String key, long lead, LocalDate due, Long themeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Api.unique("Nhiệm vụ " + key));
        body.put("leadOrganizationId", lead);
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        if (themeId != null) {
            body.put("themeId", themeId);
        }
        var r = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        tasks.put(key, r.id());
        return r.id();
    }

    void progress(long task, LocalDate on, int percent, boolean completed) {
        var r = api.post("/api/v1/tasks/" + task + "/progress", secretariat.token(), Map.of("reportedOn", on.toString(),
                "percent", percent, "text", "Đã triển khai", "completed", completed));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** The task as if created on the day: the API stamps the real creation time. */
    void createdOn(long task, LocalDate day) {
        new JdbcTemplate(dataSource).update("update task set created_at = ? where id = ?",
                Timestamp.from(day.atTime(12, 0).atZone(VN).toInstant()), task);
    }

    /** Six tasks, one per status as of END, all created before the period; one more created today. */
    void scene() {
        long onTime = task("onTime", bodyA, TODAY.minusDays(20), null);
        progress(onTime, TODAY.minusDays(25), 100, true);
        long overdue = task("overdue", bodyA, TODAY.minusDays(20), null);
        progress(overdue, TODAY.minusDays(30), 50, false);
        progress(overdue, TODAY.minusDays(5), 100, true);
        long inProgress = task("inProgress", bodyB, TODAY.plusDays(30), null);
        progress(inProgress, TODAY.minusDays(15), 50, false);
        progress(inProgress, TODAY.minusDays(2), 100, true);
        long late = task("late", bodyB, TODAY.minusDays(50), theme);
        progress(late, TODAY.minusDays(40), 100, true);
        long notStarted = task("notStarted", bodyB, null, null);
        long cancelled = task("cancelled", bodyA, null, null);
        var c = api.post("/api/v1/tasks/" + cancelled + "/cancel", secretariat.token(), Map.of("reason", "Không còn phù hợp"));
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        new JdbcTemplate(dataSource).update("update task set cancelled_on = ? where id = ?",
                java.sql.Date.valueOf(TODAY.minusDays(12)), cancelled);
        for (long id : List.of(onTime, overdue, inProgress, late, notStarted, cancelled)) {
            createdOn(id, TODAY.minusDays(150));
        }
        task("createdToday", bodyA, TODAY.minusDays(1), null);
    }

    Api.Response create(Api.User user, String kind, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("periodStart", start == null ? null : start.toString());
        body.put("periodEnd", end == null ? null : end.toString());
        return api.post("/api/v1/programs/" + program + "/reviews", user.token(), body);
    }

    long review() {
        var r = create(secretariat, "SIX_MONTH", START, END);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    static int[] counts(JsonNode f) {
        return new int[]{f.get("tasksTotal").asInt(), f.get("doneOnTime").asInt(), f.get("doneLate").asInt(),
                f.get("overdue").asInt(), f.get("inProgress").asInt(), f.get("notStarted").asInt(),
                f.get("cancelled").asInt()};
    }

    static String field(Api.Response r) {
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void countsEveryTaskCreatedByThePeriodsEndUnderItsStatusAsOfThatDay() {
        scene();
        var r = create(secretariat, "SIX_MONTH", START, END);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/reviews/" + r.id());
        JsonNode f = r.json().get("figures");
        assertThat(r.text("status")).isEqualTo("DRAFT");
        assertThat(r.json().get("revision").asInt()).isEqualTo(1);
        assertThat(counts(f)).containsExactly(6, 1, 1, 1, 1, 1, 1);
        assertThat(f.get("onTimeRate").asInt()).isEqualTo(20);
        Map<Long, int[]> byBody = new HashMap<>();
        f.get("byOrganization").forEach(n -> byBody.put(n.get("organizationId").asLong(), counts(n)));
        assertThat(byBody.get(bodyA)).containsExactly(3, 1, 0, 1, 0, 0, 1);
        assertThat(byBody.get(bodyB)).containsExactly(3, 0, 1, 0, 1, 1, 0);
        Map<String, int[]> byTheme = new HashMap<>();
        f.get("byTheme").forEach(n -> byTheme.put(n.get("themeId").isNull() ? "none" : n.get("themeId").asString(),
                counts(n)));
        assertThat(byTheme.get(String.valueOf(theme))).containsExactly(1, 0, 1, 0, 0, 0, 0);
        assertThat(byTheme.get("none")).containsExactly(5, 1, 0, 1, 1, 1, 1);

        JsonNode reports = f.get("sections").get("periodicReports");
        assertThat(reports.get("missing").asInt()).isEqualTo(reports.get("due").asInt());
        assertThat(reports.has("onTime")).isTrue();
        assertThat(reports.get("byOrganization").isArray()).isTrue();
        JsonNode requests = f.get("sections").get("infoRequests");
        assertThat(requests.get("total").asInt()).isZero();
        assertThat(requests.has("answeredOnTime") && requests.has("answeredLate") && requests.has("overdue")).isTrue();

        assertThat(r.text("results")).contains("Tổng số nhiệm vụ: 6").contains("Tỷ lệ hoàn thành đúng hạn: 20%");
        String overdueTitle = api.get("/api/v1/tasks/" + tasks.get("overdue"), secretariat.token()).text("title");
        String lateTitle = api.get("/api/v1/tasks/" + tasks.get("late"), secretariat.token()).text("title");
        String openTitle = api.get("/api/v1/tasks/" + tasks.get("inProgress"), secretariat.token()).text("title");
        assertThat(r.text("shortcomings")).contains(overdueTitle + " (chủ trì: " + nameA + ")").contains(lateTitle);
        assertThat(r.text("directions")).contains(openTitle).contains(overdueTitle);

        var shown = api.get("/api/v1/reviews/" + r.id(), focalA.token());
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(counts(shown.json().get("figures"))).containsExactly(6, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void refusesAPeriodEndingInTheFutureOrASixMonthReviewOverSixMonths() {
        var future = create(secretariat, "SIX_MONTH", TODAY.minusDays(30), TODAY.plusDays(1));
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(field(future)).isEqualTo("periodEnd");
        LocalDate start = TODAY.minusMonths(8);
        var tooLong = create(secretariat, "SIX_MONTH", start, start.plusMonths(6));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(field(tooLong)).isEqualTo("periodEnd");
        var sixMonths = create(secretariat, "SIX_MONTH", start, start.plusMonths(6).minusDays(1));
        assertThat(sixMonths.status()).as(sixMonths.body()).isEqualTo(201);
        var yearEnd = create(secretariat, "YEAR_END", null, null);
        assertThat(yearEnd.status()).as(yearEnd.body()).isEqualTo(400);
        assertThat(field(yearEnd)).isEqualTo("periodEnd");
        var backwards = create(secretariat, "SIX_MONTH", END, START);
        assertThat(backwards.status()).isEqualTo(400);
        var noKind = create(secretariat, null, START, END);
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(field(noKind)).isEqualTo("kind");
    }

    @Test
    void aYearEndReviewTakesTheProgramsPeriodByDefault() {
        var p = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình năm trước"),
                "year", TODAY.getYear() - 1, "parties", List.of(Map.of("organizationId", bodyA))));
        var r = api.post("/api/v1/programs/" + p.id() + "/reviews", secretariat.token(), Map.of("kind", "YEAR_END"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.text("periodStart")).isEqualTo((TODAY.getYear() - 1) + "-01-01");
        assertThat(r.text("periodEnd")).isEqualTo((TODAY.getYear() - 1) + "-12-31");
    }

    @Test
    void theNarrativeIsEditedWithItsVersionAndALeaderApprovalFreezesTheReview() {
        scene();
        long id = review();
        var draft = api.get("/api/v1/reviews/" + id, secretariat.token());
        long version = draft.json().get("version").asLong();
        var edited = api.patch("/api/v1/reviews/" + id, secretariat.token(), Map.of("version", version,
                "lessons", "Phân công rõ người, rõ việc."));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.text("lessons")).isEqualTo("Phân công rõ người, rõ việc.");
        assertThat(edited.text("results")).isEqualTo(draft.text("results"));
        var stale = api.patch("/api/v1/reviews/" + id, secretariat.token(), Map.of("version", version, "lessons", "x"));
        assertThat(stale.status()).isEqualTo(409);
        var notPatchable = api.patch("/api/v1/reviews/" + id, secretariat.token(),
                Map.of("version", edited.json().get("version").asLong(), "periodEnd", TODAY.toString()));
        assertThat(notPatchable.status()).isEqualTo(400);

        // a report dated before the period's end, recorded later: a draft follows the data
        progress(tasks.get("notStarted"), END.minusDays(1), 10, false);
        var followed = api.get("/api/v1/reviews/" + id, secretariat.token());
        assertThat(counts(followed.json().get("figures"))).containsExactly(6, 1, 1, 1, 2, 0, 1);

        var bySecretariat = api.post("/api/v1/reviews/" + id + "/approve", secretariat.token(), null);
        assertThat(bySecretariat.status()).isEqualTo(403);
        var approved = api.post("/api/v1/reviews/" + id + "/approve", leader.token(), null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.text("approvedOn")).isEqualTo(TODAY.toString());
        var again = api.post("/api/v1/reviews/" + id + "/approve", leader.token(), null);
        assertThat(again.status()).isEqualTo(409);

        var frozen = api.patch("/api/v1/reviews/" + id, secretariat.token(), Map.of("version",
                approved.json().get("version").asLong(), "lessons", "Sửa sau phê duyệt"));
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(409);
        progress(tasks.get("late"), END.minusDays(1), 100, false);
        var cancelledLater = api.post("/api/v1/tasks/" + tasks.get("notStarted") + "/progress", secretariat.token(),
                Map.of("reportedOn", END.minusDays(2).toString(), "percent", 100, "text", "Xong", "completed", true));
        assertThat(cancelledLater.status()).isEqualTo(201);
        var afterwards = api.get("/api/v1/reviews/" + id, secretariat.token());
        assertThat(counts(afterwards.json().get("figures"))).containsExactly(6, 1, 1, 1, 2, 0, 1);
        assertThat(afterwards.text("lessons")).isEqualTo("Phân công rõ người, rõ việc.");
    }

    @Test
    void aRevisionIsANewDraftWithTheNarrativeAndFreshFiguresAndTheOldVersionIsKept() {
        scene();
        long id = review();
        var drafted = api.post("/api/v1/reviews/" + id + "/revisions", secretariat.token(), null);
        assertThat(drafted.status()).as("a draft is not revised").isEqualTo(409);
        api.patch("/api/v1/reviews/" + id, secretariat.token(), Map.of("version",
                api.get("/api/v1/reviews/" + id, secretariat.token()).json().get("version").asLong(),
                "lessons", "Bài học thứ nhất"));
        assertThat(api.post("/api/v1/reviews/" + id + "/approve", leader.token(), null).status()).isEqualTo(200);
        progress(tasks.get("notStarted"), END.minusDays(1), 30, false);

        var forbidden = api.post("/api/v1/reviews/" + id + "/revisions", leader.token(), null);
        assertThat(forbidden.status()).isEqualTo(403);
        var revision = api.post("/api/v1/reviews/" + id + "/revisions", secretariat.token(), null);
        assertThat(revision.status()).as(revision.body()).isEqualTo(201);
        assertThat(revision.text("status")).isEqualTo("DRAFT");
        assertThat(revision.json().get("revision").asInt()).isEqualTo(2);
        assertThat(revision.json().get("revisionOf").asLong()).isEqualTo(id);
        assertThat(revision.text("lessons")).isEqualTo("Bài học thứ nhất");
        assertThat(counts(revision.json().get("figures"))).containsExactly(6, 1, 1, 1, 2, 0, 1);
        assertThat(revision.json().get("revisions")).hasSize(2);

        var old = api.get("/api/v1/reviews/" + id, secretariat.token());
        assertThat(old.text("status")).isEqualTo("APPROVED");
        assertThat(counts(old.json().get("figures"))).containsExactly(6, 1, 1, 1, 1, 1, 1);
        var list = api.get("/api/v1/programs/" + program + "/reviews", secretariat.token());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(2);
        assertThat(list.json().get("items").findValuesAsString("status")).containsExactlyInAnyOrder("APPROVED", "DRAFT");
    }

    @Test
    void theNextReviewIsDueAnIntervalAfterTheLastApprovedReviewOrTheProgramsStart() {
        var before = api.get("/api/v1/programs/" + program + "/reviews", secretariat.token());
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.text("nextReviewDue")).isEqualTo(TODAY.minusDays(200).plusMonths(6).toString());
        assertThat(before.json().get("reviewOverdue").asBoolean()).isTrue();
        assertThat(before.json().get("total").asInt()).isZero();

        var signed = api.post("/api/v1/programs/" + program + "/sign", secretariat.token(),
                Map.of("signedOn", TODAY.minusDays(60).toString()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        var afterSigning = api.get("/api/v1/programs/" + program + "/reviews", secretariat.token());
        assertThat(afterSigning.text("nextReviewDue")).isEqualTo(TODAY.minusDays(60).plusMonths(6).toString());
        assertThat(afterSigning.json().get("reviewOverdue").asBoolean()).isFalse();

        long id = review();
        assertThat(api.get("/api/v1/programs/" + program + "/reviews", secretariat.token()).text("nextReviewDue"))
                .as("a draft does not count").isEqualTo(TODAY.minusDays(60).plusMonths(6).toString());
        api.post("/api/v1/reviews/" + id + "/approve", leader.token(), null);
        var after = api.get("/api/v1/programs/" + program + "/reviews", secretariat.token());
        assertThat(after.text("nextReviewDue")).isEqualTo(END.plusMonths(6).toString());
        assertThat(after.json().get("reviewOverdue").asBoolean()).isFalse();
    }

    @Test
    void anApprovedYearEndReviewDraftsNextYearsProgramWithSuccessorsRegulationAndUnfinishedTasks() {
        int last = TODAY.getYear() - 1;
        long successor = api.body("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        var ended = api.post("/api/v1/organizations", api.adminToken(), Map.of("name", Api.unique("Ban Dân vận Tỉnh ủy"),
                "kind", "PARTY_BOARD", "validFrom", (last - 5) + "-01-01", "validTo", (last) + "-12-31",
                "successorId", successor));
        assertThat(ended.status()).as(ended.body()).isEqualTo(201);
        var old = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình năm " + last),
                "year", last, "parties", List.of(Map.of("organizationId", bodyA), Map.of("organizationId", ended.id()))));
        assertThat(old.status()).as(old.body()).isEqualTo(201);
        assertThat(api.put("/api/v1/programs/" + old.id() + "/regulation", secretariat.token(), Map.of("reportCadence",
                "MONTHLY", "reportDueDay", 10, "infoRequestResponseDays", 7, "reviewIntervalMonths", 6)).status())
                .isEqualTo(200);
        long oldTheme = api.post("/api/v1/programs/" + old.id() + "/themes", secretariat.token(),
                Map.of("title", "Công tác dân vận")).id();
        String openTitle = Api.unique("Khảo sát tình hình dân vận");
        var open = api.post("/api/v1/programs/" + old.id() + "/tasks", secretariat.token(), Map.of("title", openTitle,
                "leadOrganizationId", ended.id(), "cooperatingOrganizationIds", List.of(bodyA), "themeId", oldTheme,
                "dueDate", last + "-11-30"));
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        var done = api.post("/api/v1/programs/" + old.id() + "/tasks", secretariat.token(), Map.of("title",
                Api.unique("Tổng kết"), "leadOrganizationId", bodyA, "dueDate", last + "-12-15"));
        progress(done.id(), LocalDate.of(last, 12, 10), 100, true);
        var review = api.post("/api/v1/programs/" + old.id() + "/reviews", secretariat.token(), Map.of("kind", "YEAR_END"));
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/reviews/" + review.id() + "/next-program", secretariat.token(), null).status())
                .as("a draft review").isEqualTo(409);
        assertThat(api.post("/api/v1/reviews/" + review.id() + "/approve", leader.token(), null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/reviews/" + review.id() + "/next-program", leader.token(), null).status())
                .isEqualTo(403);

        var next = api.post("/api/v1/reviews/" + review.id() + "/next-program", secretariat.token(), null);
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        JsonNode program = next.json().get("program");
        long nextId = program.get("id").asLong();
        assertThat(next.headers().firstValue("Location")).hasValue("/api/v1/programs/" + nextId);
        assertThat(program.get("year").asInt()).isEqualTo(last + 1);
        assertThat(program.get("status").asString()).isEqualTo("DRAFT");
        assertThat(program.get("previousProgramId").asLong()).isEqualTo(old.id());
        assertThat(program.get("parties").findValuesAsString("organizationId"))
                .containsExactly(String.valueOf(bodyA), String.valueOf(successor));
        JsonNode replaced = next.json().get("replacedParties");
        assertThat(replaced).hasSize(1);
        assertThat(replaced.get(0).get("organizationId").asLong()).isEqualTo(ended.id());
        assertThat(replaced.get(0).get("successorId").asLong()).isEqualTo(successor);
        JsonNode carried = next.json().get("carriedTasks");
        assertThat(carried).hasSize(1);
        assertThat(carried.get(0).get("fromTaskId").asLong()).isEqualTo(open.id());
        var task = api.get("/api/v1/tasks/" + carried.get(0).get("taskId").asLong(), secretariat.token());
        assertThat(task.text("title")).isEqualTo(openTitle);
        assertThat(task.json().get("leadOrganizationId").asLong()).isEqualTo(successor);
        assertThat(task.json().get("programId").asLong()).isEqualTo(nextId);
        var regulation = api.get("/api/v1/programs/" + nextId + "/regulation", secretariat.token());
        assertThat(regulation.text("reportCadence")).isEqualTo("MONTHLY");
        assertThat(regulation.json().get("infoRequestResponseDays").asInt()).isEqualTo(7);
    }

    @Test
    void onlyTheKeepersSecretariatPreparesAReviewAndWhoMayNotSeeTheProgramGets404() {
        long id = review();
        assertThat(create(partySecretariat, "SIX_MONTH", START, END).status()).isEqualTo(403);
        assertThat(create(focalA, "SIX_MONTH", START, END).status()).isEqualTo(403);
        assertThat(create(outsiderLeader, "SIX_MONTH", START, END).status()).isEqualTo(404);
        assertThat(create(partySecretariat, "SIX_MONTH", START, TODAY.plusDays(5)).status())
                .as("403 before 400").isEqualTo(403);
        assertThat(api.get("/api/v1/reviews/" + id, outsiderLeader.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/programs/" + program + "/reviews", outsiderLeader.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/reviews/" + id + "/approve", outsiderLeader.token(), null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reviews/" + id, partySecretariat.token()).status()).isEqualTo(200);
        var patch = api.patch("/api/v1/reviews/" + id, focalA.token(), Map.of("version", 0, "lessons", "x"));
        assertThat(patch.status()).isEqualTo(403);
        assertThat(api.post("/api/v1/reviews/" + id + "/approve", focalA.token(), null).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reviews/999999999", secretariat.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/reviews/" + id + "/approve", api.adminToken(), null).status()).isEqualTo(200);
    }
}

@OnH2
class ReviewsApiOnH2Test extends ReviewsApiTests {
}

@OnPostgres
class ReviewsApiOnPostgresTest extends ReviewsApiTests {
}
