package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/** Search over the REST API, on both databases: indexed within a second of the commit, shown only to who may see. */
abstract class SearchApiTests extends ApiIntegrationTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    long office;
    long party;
    long outsider;
    Api.User secretariat;
    Api.User partyLeader;
    Api.User partyFocal;
    Api.User outsiderLeader;
    String marker;

    @BeforeEach
    void province() {
        office = api.body("Văn phòng Tỉnh ủy");
        party = api.body("Ban Dân vận Tỉnh ủy");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(office, "SECRETARIAT");
        partyLeader = api.user(party, "LEADER");
        partyFocal = api.user(party, "FOCAL_POINT");
        outsiderLeader = api.user(outsider, "LEADER");
        marker = marker();
    }

    /** A word no other test uses, so that the shared database's other items never match. */
    static String marker() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    long program(String title) {
        var r = api.post("/api/v1/programs", secretariat.token(), Map.of("title", title, "year", YEAR,
                "parties", List.of(Map.of("organizationId", party))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    long task(long program, Map<String, Object> fields) {
        var r = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), fields);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    Api.Response search(String query, String token) {
        return api.get("/api/v1/search?" + query, token);
    }

    static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** Polls for up to a second (the promise: searchable within a second of the commit) until the answer fits. */
    JsonNode await(String query, String token, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        JsonNode last;
        do {
            Api.Response r = search(query, token);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            last = r.json();
            if (done.test(last)) {
                return last;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not found within a second: " + query + " → " + last);
    }

    static Predicate<JsonNode> total(int n) {
        return json -> json.get("total").asInt() == n;
    }

    static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void findsANewProgramWithinASecondWithOrWithoutDiacritics() {
        long id = program("Chương trình phối hợp Đồng bộ dữ liệu " + marker);
        JsonNode found = await(q("dong bo " + marker), secretariat.token(), total(1));
        JsonNode hit = found.get("items").get(0);
        assertThat(hit.get("kind").asString()).isEqualTo("PROGRAM");
        assertThat(hit.get("id").asLong()).isEqualTo(id);
        assertThat(hit.get("title").asString()).isEqualTo("Chương trình phối hợp Đồng bộ dữ liệu " + marker);
        assertThat(hit.get("year").asInt()).isEqualTo(YEAR);
        assertThat(hit.get("programId").asLong()).isEqualTo(id);
        assertThat(hit.get("url").asString()).isEqualTo("/programs/" + id);
        assertThat(hit.get("snippet").asString()).contains("<mark>").doesNotContain("<script");
        for (String variant : List.of("ĐỒNG BỘ " + marker.toUpperCase(), "đồng bộ " + marker,
                Normalizer.normalize("Đồng Bộ " + marker, Normalizer.Form.NFD))) {
            assertThat(search(q(variant), secretariat.token()).json().get("items").get(0).get("id").asLong())
                    .as(variant).isEqualTo(id);
        }
        assertThat(search(q("dong bo khong " + marker), secretariat.token()).json().get("total").asInt())
                .as("every word must match").isZero();
    }

    @Test
    void aUserOfAnOutsideBodyDoesNotFindItButALeaderOfAPartyDoes() {
        long id = program("Chương trình phối hợp giữ kín " + marker);
        await(q(marker), api.adminToken(), total(1));
        assertThat(search(q(marker), outsiderLeader.token()).json().get("total").asInt()).isZero();
        JsonNode leader = search(q(marker), partyLeader.token()).json();
        assertThat(leader.get("total").asInt()).isEqualTo(1);
        assertThat(leader.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(search(q(marker), secretariat.token()).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void findsTasksProgressReportsAndDirections() {
        long program = program("Chương trình phối hợp " + marker);
        long task = task(program, Map.of("title", "Tuyên truyền chuyển đổi số " + marker,
                "description", "<img src=x onerror=alert(1)> hướng dẫn " + marker, "leadOrganizationId", party));
        await(q("chuyen doi so " + marker), secretariat.token(), total(1));
        var progress = api.post("/api/v1/tasks/" + task + "/progress", partyFocal.token(), Map.of(
                "reportedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "percent", 40,
                "text", "Đã tổ chức hội nghị quán triệt " + marker));
        assertThat(progress.status()).as(progress.body()).isEqualTo(201);
        var direction = api.post("/api/v1/tasks/" + task + "/comments", partyLeader.token(),
                Map.of("text", "Đề nghị khẩn trương hoàn thành " + marker));
        assertThat(direction.status()).as(direction.body()).isEqualTo(201);
        var programDirection = api.post("/api/v1/programs/" + program + "/comments", partyLeader.token(),
                Map.of("text", "Tăng cường kiểm tra đôn đốc " + marker));
        assertThat(programDirection.status()).as(programDirection.body()).isEqualTo(201);

        JsonNode report = await(q("hoi nghi quan triet " + marker), partyFocal.token(), total(1)).get("items").get(0);
        assertThat(report.get("kind").asString()).isEqualTo("PROGRESS");
        assertThat(report.get("title").asString()).isEqualTo("Tuyên truyền chuyển đổi số " + marker);
        assertThat(report.get("url").asString()).startsWith("/tasks/" + task + "#progress-");
        assertThat(report.get("snippet").asString()).contains("<mark>hội</mark> <mark>nghị</mark>");
        JsonNode onTask = await(q("khan truong " + marker), partyLeader.token(), total(1)).get("items").get(0);
        assertThat(onTask.get("kind").asString()).isEqualTo("TASK_DIRECTION");
        JsonNode onProgram = await(q("don doc " + marker), partyLeader.token(), total(1)).get("items").get(0);
        assertThat(onProgram.get("kind").asString()).isEqualTo("PROGRAM_DIRECTION");
        assertThat(onProgram.get("programId").asLong()).isEqualTo(program);

        JsonNode taskHit = search(q("huong dan " + marker) + "&kind=TASK", secretariat.token()).json();
        assertThat(taskHit.get("total").asInt()).isEqualTo(1);
        assertThat(taskHit.get("items").get(0).get("snippet").asString()).startsWith("&lt;img src=x")
                .doesNotContain("<img");
        assertThat(search(q(marker) + "&kind=task,progress", secretariat.token()).json().get("total").asInt())
                .isEqualTo(2);
        assertThat(search(q(marker), outsiderLeader.token()).json().get("total").asInt()).isZero();

        // A second report adds its own item (only it is indexed) and leaves the first where it was.
        var second = api.post("/api/v1/tasks/" + task + "/progress", partyFocal.token(), Map.of(
                "reportedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "percent", 70,
                "text", "Đã hoàn thành khảo sát thực địa " + marker));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode added = await(q("khao sat thuc dia " + marker), partyFocal.token(), total(1)).get("items").get(0);
        assertThat(added.get("kind").asString()).isEqualTo("PROGRESS");
        assertThat(added.get("url").asString()).isEqualTo("/tasks/" + task + "#progress-" + second.id());
        assertThat(added.get("programId").asLong()).isEqualTo(program);
        assertThat(search(q("hoi nghi quan triet " + marker), partyFocal.token()).json().get("total").asInt())
                .isEqualTo(1);
        assertThat(search(q(marker) + "&kind=progress", secretariat.token()).json().get("total").asInt())
                .isEqualTo(2);
        assertThat(search(q("khao sat thuc dia " + marker), outsiderLeader.token()).json().get("total").asInt())
                .isZero();
    }

    @Test
    void reindexesATaskWhenItChanges() {
        long program = program("Chương trình " + marker);
        long task = task(program, Map.of("title", "Tên ban đầu " + marker, "leadOrganizationId", party));
        await(q("ban dau " + marker), secretariat.token(), total(1));
        var renamed = api.patch("/api/v1/tasks/" + task, secretariat.token(),
                Map.of("version", 0, "title", "Tên đã sửa " + marker));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        await(q("da sua " + marker), secretariat.token(), total(1));
        assertThat(search(q("ban dau " + marker), secretariat.token()).json().get("total").asInt()).isZero();
    }

    @Test
    void filtersByKindYearAndBody() {
        long program = program("Kế hoạch phối hợp " + marker);
        task(program, Map.of("title", "Nhiệm vụ phối hợp " + marker, "leadOrganizationId", office));
        await(q(marker), secretariat.token(), total(2));
        assertThat(search(q(marker) + "&kind=PROGRAM", secretariat.token()).json().get("items").get(0)
                .get("kind").asString()).isEqualTo("PROGRAM");
        assertThat(search(q(marker) + "&year=" + YEAR, secretariat.token()).json().get("total").asInt()).isEqualTo(2);
        assertThat(search(q(marker) + "&year=" + (YEAR - 1), secretariat.token()).json().get("total").asInt()).isZero();
        JsonNode byParty = search(q(marker) + "&organizationId=" + party, secretariat.token()).json();
        assertThat(byParty.get("total").asInt()).isEqualTo(1);
        assertThat(byParty.get("items").get(0).get("kind").asString()).isEqualTo("PROGRAM");
        assertThat(search(q(marker) + "&size=1&page=1", secretariat.token()).json().get("items")).hasSize(1);
    }

    @Test
    void refusesABadRequestAndAnUnknownCaller() {
        var missing = search("kind=TASK", secretariat.token());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        var kind = search(q("x") + "&kind=BOGUS", secretariat.token());
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(search(q("x") + "&size=0", secretariat.token()).status()).isEqualTo(400);
        assertThat(search(q("x") + "&size=501", secretariat.token()).status()).isEqualTo(400);
        assertThat(search(q("x".repeat(201)), secretariat.token()).status()).isEqualTo(400);
        assertThat(search(q("x"), null).status()).isEqualTo(401);
        assertThat(search(q("!!!"), secretariat.token()).json().get("total").asInt()).isZero();
    }

    @Test
    void letsOnlyAnAdministratorRebuildTheIndex() {
        long id = program("Chương trình lập lại chỉ mục " + marker);
        await(q(marker), secretariat.token(), total(1));
        assertThat(api.post("/api/v1/search/rebuild", secretariat.token(), null).status()).isEqualTo(403);
        var rebuilt = api.post("/api/v1/search/rebuild", api.adminToken(), null);
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("engine").asString()).isEqualTo(expectedEngine());
        assertThat(rebuilt.json().get("documents").asLong()).isPositive();
        assertThat(search(q(marker), secretariat.token()).json().get("items").get(0).get("id").asLong()).isEqualTo(id);
    }

    @Autowired
    RestrictedTestSource restricted;

    long meeting(long program, String title) {
        var r = api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(), Map.of("kind", "REGULAR",
                "title", title, "heldOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                "place", "Hội trường Tỉnh ủy"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    @Test
    void findsMeetingsConclusionsAndDocumentsOnlyForThoseWhoMaySeeTheProgram() {
        long program = program("Chương trình phối hợp " + marker);
        long meeting = meeting(program, "Hội nghị sơ kết sáu tháng " + marker);
        var conclusion = api.post("/api/v1/meetings/" + meeting + "/conclusions", secretariat.token(),
                Map.of("text", "Giao Ban Dân vận rà soát quy chế " + marker));
        assertThat(conclusion.status()).as(conclusion.body()).isEqualTo(201);
        var document = api.post("/api/v1/meetings/" + meeting + "/documents?name="
                + URLEncoder.encode("Báo cáo tổng kết công tác " + marker + ".pdf", StandardCharsets.UTF_8),
                secretariat.token(), "%PDF-1.4 nội dung");
        assertThat(document.status()).as(document.body()).isEqualTo(201);

        JsonNode held = await(q("so ket " + marker) + "&kind=MEETING", partyLeader.token(), total(1));
        assertThat(held.get("items").get(0).get("url").asString()).isEqualTo("/meetings/" + meeting);
        assertThat(held.get("items").get(0).get("programId").asLong()).isEqualTo(program);
        assertThat(held.get("items").get(0).get("year").asInt()).isEqualTo(YEAR);
        JsonNode concluded = await(q("ra soat quy che " + marker), partyLeader.token(), total(1)).get("items").get(0);
        assertThat(concluded.get("kind").asString()).isEqualTo("CONCLUSION");
        assertThat(concluded.get("url").asString()).isEqualTo("/meetings/" + meeting + "#conclusion-" + conclusion.id());
        assertThat(concluded.get("snippet").asString()).contains("<mark>rà</mark> <mark>soát</mark>");
        JsonNode file = await(q("BAO CAO TONG KET " + marker), partyLeader.token(), total(1)).get("items").get(0);
        assertThat(file.get("kind").asString()).isEqualTo("MEETING_DOCUMENT");
        assertThat(file.get("title").asString()).isEqualTo("Báo cáo tổng kết công tác " + marker + ".pdf");

        assertThat(search(q(marker) + "&kind=MEETING,CONCLUSION,MEETING_DOCUMENT", secretariat.token()).json()
                .get("total").asInt()).isEqualTo(3);
        assertThat(search(q(marker), outsiderLeader.token()).json().get("total").asInt())
                .as("a body that cannot see the program").isZero();
        assertThat(search(q("hoi truong " + marker), partyFocal.token()).json().get("total").asInt())
                .as("the place is searchable").isEqualTo(1);

        var renamed = api.patch("/api/v1/meetings/" + meeting, secretariat.token(),
                Map.of("version", 0, "title", "Hội nghị tổng kết năm " + marker));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        JsonNode afterRename = await(q("tong ket nam " + marker), secretariat.token(), total(3));
        assertThat(afterRename.get("items")).extracting(h -> h.get("kind").asString())
                .containsExactlyInAnyOrder("MEETING", "CONCLUSION", "MEETING_DOCUMENT");
        assertThat(search(q("so ket " + marker), secretariat.token()).json().get("total").asInt()).isZero();

        var rebuilt = api.post("/api/v1/search/rebuild", api.adminToken(), null);
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(search(q("tong ket nam " + marker), partyLeader.token()).json().get("total").asInt())
                .as("a rebuild reads the meetings' source too").isEqualTo(3);
    }

    @Test
    void findsAnItemOfAKindNoModuleHadOnlyForTheRolesAndUsersItNames() {
        long handling = api.body("Thanh tra tỉnh");
        Api.User handler = api.user(handling, "CASE_HANDLER");
        Api.User supervisor = api.user(handling, "SUPERVISOR", "LEADER");
        Api.User elsewhere = api.user(party, "CASE_HANDLER");
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        restricted.save(new Searchable(RestrictedTestSource.KIND, id, "Đơn tố cáo " + marker,
                "Nội dung đã lược bỏ danh tính người tố cáo " + marker, YEAR, null,
                List.of(new OrganizationId(handling)), "/cases/" + id, Readers.roles(Role.CASE_HANDLER)));

        JsonNode found = await(q("don to cao " + marker) + "&kind=" + RestrictedTestSource.KIND.toLowerCase(),
                handler.token(), total(1));
        assertThat(found.get("items").get(0).get("url").asString()).isEqualTo("/cases/" + id);
        assertThat(found.get("items").get(0).get("programId").isNull()).isTrue();
        assertThat(search(q(marker), supervisor.token()).json().get("total").asInt()).as("other roles").isZero();
        assertThat(search(q(marker), elsewhere.token()).json().get("total").asInt()).as("another body").isZero();
        assertThat(search(q(marker), api.adminToken()).json().get("total").asInt()).as("not even ADMIN").isZero();
        assertThat(search(q(marker) + "&organizationId=" + handling, api.adminToken()).json().get("total").asInt())
                .isZero();

        restricted.save(new Searchable(RestrictedTestSource.KIND, id, "Đơn tố cáo " + marker, null, YEAR, null,
                List.of(new OrganizationId(handling)), "/cases/" + id,
                new Readers(Set.of(), Set.of(new UserId(supervisor.id())))));
        await(q(marker), supervisor.token(), total(1));
        assertThat(search(q(marker), handler.token()).json().get("total").asInt()).as("no longer listed").isZero();

        restricted.delete(id);
        await(q(marker), supervisor.token(), total(0));
    }

    /** The engine chosen automatically for the database. */
    abstract String expectedEngine();
}

@OnH2
class SearchApiOnH2Test extends SearchApiTests {
    @Override
    String expectedEngine() {
        return "lucene";
    }
}

@OnPostgres
class SearchApiOnPostgresTest extends SearchApiTests {
    @Override
    String expectedEngine() {
        return "postgres";
    }
}
