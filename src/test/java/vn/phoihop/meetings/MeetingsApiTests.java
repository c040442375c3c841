package vn.phoihop.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** Meetings, their conclusions and follow-up tasks over the REST API, as the keeper's secretariat records them. */
abstract class MeetingsApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long office;
    long committee;
    long partyCommittee;
    long organization;
    long outsider;
    Api.User secretariat;
    Api.User leader;
    Api.User partySecretariat;
    Api.User partyFocal;
    Api.User outsiderFocal;
    long chairPosition;
    long chairOtherPosition;
    long directingPosition;
    long attendeePosition;
    long program;

    @BeforeEach
    void conference() {
        office = api.body("Văn phòng Tỉnh ủy");
        committee = api.body("Ủy ban nhân dân tỉnh", "PEOPLES_COMMITTEE");
        partyCommittee = api.body("Tỉnh ủy", "PARTY_COMMITTEE");
        organization = api.body("Ban Tổ chức Tỉnh ủy");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(office, "SECRETARIAT");
        leader = api.user(office, "LEADER");
        partySecretariat = api.user(organization, "SECRETARIAT");
        partyFocal = api.user(organization, "FOCAL_POINT");
        outsiderFocal = api.user(outsider, "FOCAL_POINT");
        JsonNode chair = person("Nguyễn Văn An", position(committee, "Phó Chủ tịch Thường trực UBND tỉnh"),
                position(partyCommittee, "Phó Bí thư Đảng ủy UBND tỉnh"));
        chairPosition = chair.get("positions").get(0).get("id").asLong();
        chairOtherPosition = chair.get("positions").get(1).get("id").asLong();
        directingPosition = person("Lê Thị Bình", position(partyCommittee, "Phó Bí thư Thường trực Tỉnh ủy"))
                .get("positions").get(0).get("id").asLong();
        attendeePosition = person("Trần Văn Cường", position(organization, "Trưởng Ban Tổ chức Tỉnh ủy"))
                .get("positions").get(0).get("id").asLong();
        var p = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình phối hợp"),
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", organization),
                        Map.of("organizationId", committee))));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        program = p.id();
    }

    static Map<String, Object> position(long body, String title) {
        return Map.of("organizationId", body, "title", title);
    }

    @SafeVarargs
    final JsonNode person(String name, Map<String, Object>... positions) {
        var r = api.post("/api/v1/people", api.adminToken(), Map.of("fullName", name, "positions", List.of(positions)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    Map<String, Object> signingConference() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SIGNING");
        body.put("title", "Hội nghị ký kết chương trình phối hợp năm " + TODAY.getYear());
        body.put("heldOn", TODAY.toString());
        body.put("place", "Hội trường Tỉnh ủy");
        body.put("chairPositionId", chairPosition);
        body.put("directingPositionId", String.valueOf(directingPosition));
        body.put("attendeePositionIds", List.of(attendeePosition, chairOtherPosition));
        body.put("guests", List.of("Đại diện Báo tỉnh"));
        body.put("minutes", "Đánh giá kết quả phối hợp năm trước.\nThống nhất nhiệm vụ trọng tâm năm nay.");
        return body;
    }

    Api.Response createMeeting(Map<String, Object> body) {
        return api.post("/api/v1/programs/" + program + "/meetings", secretariat.token(), body);
    }

    long meeting() {
        var r = createMeeting(signingConference());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    long conclusion(long meeting, String text) {
        var r = api.post("/api/v1/meetings/" + meeting + "/conclusions", secretariat.token(), Map.of("text", text));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    Map<String, Object> followUpTask(String title, LocalDate due) {
        return Map.of("title", title, "leadOrganizationId", organization, "cooperatingOrganizationIds", List.of(committee),
                "dueDate", due.toString());
    }

    static String errorField(Api.Response r) {
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void recordsAMeetingWithChairDirectingAttendeeAndGuestsAsTheirPositionsWere() {
        var r = createMeeting(signingConference());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/meetings/" + r.id());
        JsonNode m = r.json();
        assertThat(m.get("programId").asLong()).isEqualTo(program);
        assertThat(m.get("kind").asString()).isEqualTo("SIGNING");
        assertThat(m.get("heldOn").asString()).isEqualTo(TODAY.toString());
        assertThat(m.get("chairPositionId").asLong()).isEqualTo(chairPosition);
        assertThat(m.get("chair").get("personName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(m.get("chair").get("title").asString()).isEqualTo("Phó Chủ tịch Thường trực UBND tỉnh");
        assertThat(m.get("chair").get("organizationId").asLong()).isEqualTo(committee);
        assertThat(m.get("chair").get("organizationName").asString()).startsWith("Ủy ban nhân dân tỉnh");
        assertThat(m.get("directingPositionId").asLong()).isEqualTo(directingPosition);
        assertThat(m.get("directing").get("title").asString()).isEqualTo("Phó Bí thư Thường trực Tỉnh ủy");
        assertThat(m.get("attendeePositionIds").get(0).asLong()).isEqualTo(attendeePosition);
        assertThat(m.get("attendees").get(0).get("personName").asString()).isEqualTo("Trần Văn Cường");
        assertThat(m.get("attendees").get(1).get("title").asString()).isEqualTo("Phó Bí thư Đảng ủy UBND tỉnh");
        assertThat(m.get("guests").get(0).asString()).isEqualTo("Đại diện Báo tỉnh");
        assertThat(m.get("minutes").asString()).contains("Thống nhất nhiệm vụ trọng tâm");
        assertThat(m.get("conclusions").size()).isZero();
        assertThat(m.get("version").asLong()).isZero();

        var list = api.get("/api/v1/programs/" + program + "/meetings", secretariat.token());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        JsonNode item = list.json().get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(r.id());
        assertThat(item.get("chair").get("personName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(item.get("conclusionCount").asInt()).isZero();
    }

    @Test
    void keepsTheBodysNameAsItWasAfterTheBodyIsRenamed() {
        long m = meeting();
        String oldName = api.get("/api/v1/organizations/" + committee, api.adminToken()).text("name");
        var renamed = api.put("/api/v1/organizations/" + committee, api.adminToken(),
                Map.of("name", Api.unique("UBND tỉnh (tên mới)"), "kind", "PEOPLES_COMMITTEE"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

        JsonNode chair = api.get("/api/v1/meetings/" + m, leader.token()).json().get("chair");
        assertThat(chair.get("organizationName").asString()).isEqualTo(oldName);
        assertThat(chair.get("title").asString()).isEqualTo("Phó Chủ tịch Thường trực UBND tỉnh");

        long later = meeting();
        assertThat(api.get("/api/v1/meetings/" + later, leader.token()).json().get("chair").get("organizationName")
                .asString()).as("a meeting recorded after the change").isEqualTo(renamed.text("name"));
    }

    @Test
    void recordsConclusionsInOrderAndCreatesAFollowUpTaskInOneStep() {
        long m = meeting();
        var first = api.post("/api/v1/meetings/" + m + "/conclusions", secretariat.token(),
                Map.of("text", "Tăng cường tuyên truyền Nghị quyết của Tỉnh ủy"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/conclusions/" + first.id());
        assertThat(first.json().get("order").asInt()).isEqualTo(1);
        long second = conclusion(m, "Rà soát quy hoạch cán bộ");

        var task = api.post("/api/v1/conclusions/" + first.id() + "/tasks", secretariat.token(),
                followUpTask("Xây dựng kế hoạch tuyên truyền", TODAY.plusDays(20)));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        assertThat(task.headers().firstValue("Location")).hasValue("/api/v1/tasks/" + task.id());
        assertThat(task.json().get("conclusionId").asLong()).isEqualTo(first.id());
        assertThat(task.json().get("programId").asLong()).isEqualTo(program);
        assertThat(api.get("/api/v1/tasks/" + task.id(), partyFocal.token()).json().get("conclusionId").asLong())
                .isEqualTo(first.id());

        JsonNode conclusions = api.get("/api/v1/meetings/" + m, leader.token()).json().get("conclusions");
        assertThat(conclusions.size()).isEqualTo(2);
        assertThat(conclusions.get(0).get("text").asString()).isEqualTo("Tăng cường tuyên truyền Nghị quyết của Tỉnh ủy");
        assertThat(conclusions.get(0).get("tasks").get(0).get("id").asLong()).isEqualTo(task.id());
        assertThat(conclusions.get(0).get("tasks").get(0).get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(conclusions.get(1).get("id").asLong()).isEqualTo(second);
        assertThat(conclusions.get(1).get("order").asInt()).isEqualTo(2);
        assertThat(conclusions.get(1).get("tasks").size()).isZero();
        assertThat(api.get("/api/v1/programs/" + program + "/meetings", leader.token()).json().get("items").get(0)
                .get("conclusionCount").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/programs/" + program + "/tasks", leader.token()).json().get("total").asInt())
                .as("the follow-up task belongs to the program").isEqualTo(1);
    }

    @Test
    void showsEachFollowUpTasksStatusAsTheTasksModuleComputesIt() {
        long m = meeting();
        long c = conclusion(m, "Hoàn thành đề án trước thời hạn");
        long progressing = api.post("/api/v1/conclusions/" + c + "/tasks", secretariat.token(),
                followUpTask("Việc đang làm", TODAY.plusDays(5))).id();
        long late = api.post("/api/v1/conclusions/" + c + "/tasks", secretariat.token(),
                followUpTask("Việc đã quá hạn", TODAY.minusDays(3))).id();
        var report = api.post("/api/v1/tasks/" + progressing + "/progress", partyFocal.token(),
                Map.of("reportedOn", TODAY.toString(), "percent", 40, "text", "Đã xây dựng dự thảo"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);

        JsonNode tasks = api.get("/api/v1/conclusions/" + c, leader.token()).json().get("tasks");
        assertThat(tasks.size()).isEqualTo(2);
        assertThat(tasks.get(0).get("id").asLong()).isEqualTo(progressing);
        assertThat(tasks.get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(tasks.get(0).get("percent").asInt()).isEqualTo(40);
        assertThat(tasks.get(1).get("id").asLong()).isEqualTo(late);
        assertThat(tasks.get(1).get("status").asString()).isEqualTo("OVERDUE");
        assertThat(api.get("/api/v1/meetings/" + m, leader.token()).json().get("conclusions").get(0).get("tasks")
                .get(1).get("status").asString()).isEqualTo("OVERDUE");
    }

    @Test
    void thePlainTaskEndpointDoesNotLinkATaskToAConclusion() {
        long c = conclusion(meeting(), "Kết luận");
        Map<String, Object> body = new HashMap<>(followUpTask("Nhiệm vụ thường", TODAY.plusDays(3)));
        body.put("conclusionId", c);
        var task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), body);
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        assertThat(task.json().get("conclusionId").isNull()).isTrue();
        assertThat(api.get("/api/v1/conclusions/" + c, secretariat.token()).json().get("tasks").size()).isZero();
    }

    @Test
    void updatesAMeetingWithItsVersionAndRefusesAStaleOne() {
        long m = meeting();
        var changed = api.patch("/api/v1/meetings/" + m, secretariat.token(), Map.of("version", 0,
                "minutes", "Biên bản đã hoàn chỉnh", "kind", "REGULAR", "attendeePositionIds", List.of(attendeePosition)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.text("minutes")).isEqualTo("Biên bản đã hoàn chỉnh");
        assertThat(changed.text("kind")).isEqualTo("REGULAR");
        assertThat(changed.text("place")).as("absent fields stay").isEqualTo("Hội trường Tỉnh ủy");
        assertThat(changed.json().get("attendees").size()).isEqualTo(1);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        var stale = api.patch("/api/v1/meetings/" + m, secretariat.token(), Map.of("version", 0, "title", "Tên khác"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/meetings/" + m, secretariat.token()).json().get("title").asString())
                .startsWith("Hội nghị ký kết");

        Map<String, Object> clear = new HashMap<>();
        clear.put("version", "1");
        clear.put("place", null);
        clear.put("directingPositionId", null);
        var cleared = api.patch("/api/v1/meetings/" + m, secretariat.token(), clear);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("place").isNull()).isTrue();
        assertThat(cleared.json().get("directing").isNull()).isTrue();
        assertThat(cleared.json().get("chair").get("personName").asString()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aPositionKeptInAnEditKeepsItsRecordedNames() {
        long m = meeting();
        String oldName = api.get("/api/v1/organizations/" + organization, api.adminToken()).text("name");
        api.put("/api/v1/organizations/" + organization, api.adminToken(),
                Map.of("name", Api.unique("Ban Tổ chức (tên mới)"), "kind", "PARTY_BOARD"));
        var changed = api.patch("/api/v1/meetings/" + m, secretariat.token(), Map.of("version", 0,
                "attendeePositionIds", List.of(chairOtherPosition, attendeePosition)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("attendees").get(1).get("personName").asString()).isEqualTo("Trần Văn Cường");
        assertThat(changed.json().get("attendees").get(1).get("organizationName").asString()).isEqualTo(oldName);
    }

    @Test
    void refusesInvalidMeetingsWithTheFieldAsSent() {
        Map<String, Object> badKind = signingConference();
        badKind.put("kind", "PARTY");
        var r = createMeeting(badKind);
        assertThat(r.status()).isEqualTo(400);
        assertThat(errorField(r)).isEqualTo("kind");

        Map<String, Object> unknownAttendee = signingConference();
        unknownAttendee.put("attendeePositionIds", List.of(attendeePosition, 987654321L));
        r = createMeeting(unknownAttendee);
        assertThat(r.status()).isEqualTo(400);
        assertThat(errorField(r)).isEqualTo("attendeePositionIds[1]");

        Map<String, Object> noDate = signingConference();
        noDate.remove("heldOn");
        r = createMeeting(noDate);
        assertThat(r.status()).isEqualTo(400);
        assertThat(errorField(r)).isEqualTo("heldOn");

        Map<String, Object> unknownChair = signingConference();
        unknownChair.put("chairPositionId", 987654321L);
        unknownChair.put("title", " ");
        r = createMeeting(unknownChair);
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("title", "chairPositionId");

        assertThat(api.get("/api/v1/programs/" + program + "/meetings", secretariat.token()).json().get("total").asInt())
                .as("nothing stored").isZero();
    }

    @Test
    void refusesAPositionNotHeldOnTheMeetingDay() {
        long former = person("Phạm Văn Dũng", Map.of("organizationId", organization, "title", "Nguyên Trưởng Ban",
                "from", "2015-01-01", "to", "2020-12-31")).get("positions").get(0).get("id").asLong();
        Map<String, Object> body = signingConference();
        body.put("directingPositionId", former);
        var r = createMeeting(body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(errorField(r)).isEqualTo("directingPositionId");
        body.put("heldOn", "2019-06-30");
        assertThat(createMeeting(body).status()).as("a meeting of that time").isEqualTo(201);
    }

    @Test
    void refusesInvalidConclusionsAndFollowUpTasksAndPatches() {
        long m = meeting();
        var empty = api.post("/api/v1/meetings/" + m + "/conclusions", secretariat.token(), Map.of("text", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(errorField(empty)).isEqualTo("text");
        long c = conclusion(m, "Kết luận");
        var noLead = api.post("/api/v1/conclusions/" + c + "/tasks", secretariat.token(), Map.of("title", "Việc"));
        assertThat(noLead.status()).isEqualTo(400);
        assertThat(errorField(noLead)).isEqualTo("leadOrganizationId");
        var noVersion = api.patch("/api/v1/meetings/" + m, secretariat.token(), Map.of("title", "Tên mới"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(errorField(noVersion)).isEqualTo("version");
        var unknownField = api.patch("/api/v1/meetings/" + m, secretariat.token(), Map.of("version", 0, "programId", 1));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(errorField(unknownField)).isEqualTo("programId");
        Map<String, Object> noDate = new HashMap<>();
        noDate.put("version", 0);
        noDate.put("heldOn", null);
        var cleared = api.patch("/api/v1/meetings/" + m, secretariat.token(), noDate);
        assertThat(cleared.status()).isEqualTo(400);
        assertThat(errorField(cleared)).isEqualTo("heldOn");
        var badAttendee = api.patch("/api/v1/meetings/" + m, secretariat.token(), Map.of("version", 0,
                "attendeePositionIds", List.of(attendeePosition, 987654321L)));
        assertThat(badAttendee.status()).isEqualTo(400);
        assertThat(errorField(badAttendee)).isEqualTo("attendeePositionIds[1]");
    }

    @Test
    void leadersAndPartiesReadWhileOnlyTheKeepersSecretariatOrAdminEdits() {
        long m = meeting();
        long c = conclusion(m, "Kết luận");
        for (Api.User reader : List.of(leader, partyFocal, partySecretariat)) {
            assertThat(api.get("/api/v1/meetings/" + m, reader.token()).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/programs/" + program + "/meetings", reader.token()).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/conclusions/" + c, reader.token()).status()).isEqualTo(200);
            assertThat(api.post("/api/v1/programs/" + program + "/meetings", reader.token(), signingConference())
                    .status()).isEqualTo(403);
            assertThat(api.patch("/api/v1/meetings/" + m, reader.token(), Map.of("version", 0, "title", "X")).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/meetings/" + m + "/conclusions", reader.token(), Map.of("text", "X")).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/conclusions/" + c + "/tasks", reader.token(),
                    followUpTask("X", TODAY)).status()).isEqualTo(403);
        }
        var invalid = api.post("/api/v1/programs/" + program + "/meetings", leader.token(), Map.of("kind", "PARTY"));
        assertThat(invalid.status()).as("403 before 400").isEqualTo(403);
        var noVersion = api.patch("/api/v1/meetings/" + m, leader.token(), Map.of("title", "X"));
        assertThat(noVersion.status()).as("403 before 400").isEqualTo(403);

        var byAdmin = api.post("/api/v1/programs/" + program + "/meetings", api.adminToken(), signingConference());
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/meetings/" + byAdmin.id() + "/conclusions", api.adminToken(),
                Map.of("text", "Kết luận của quản trị")).status()).isEqualTo(201);
    }

    @Test
    void hidesMeetingsFromBodiesOutsideTheProgram() {
        long m = meeting();
        long c = conclusion(m, "Kết luận");
        String token = outsiderFocal.token();
        assertThat(api.get("/api/v1/meetings/" + m, token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/programs/" + program + "/meetings", token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/conclusions/" + c, token).status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/meetings/" + m, token, Map.of("title", "X")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/meetings/" + m + "/conclusions", token, Map.of("text", "X")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/conclusions/" + c + "/tasks", token, followUpTask("X", TODAY)).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/programs/" + program + "/meetings", token, signingConference()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/987654321", api.adminToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/conclusions/987654321", api.adminToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/" + m, null).status()).isEqualTo(401);
    }

    @Test
    void keepsDocumentsOfAMeetingUpToTenMegabytes() throws Exception {
        long m = meeting();
        byte[] pdf = "%PDF-1.4 biên bản hội nghị".getBytes(StandardCharsets.UTF_8);
        var uploaded = upload(m, "Biên bản hội nghị.pdf", "application/pdf", pdf, secretariat.token());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode doc = JsonMapper.builder().build().readTree(uploaded.body());
        long docId = doc.get("id").asLong();
        assertThat(uploaded.headers().firstValue("Location")).hasValue("/api/v1/meetings/" + m + "/documents/" + docId);
        assertThat(doc.get("name").asString()).isEqualTo("Biên bản hội nghị.pdf");
        assertThat(doc.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(doc.get("contentType").asString()).isEqualTo("application/pdf");

        JsonNode listed = api.get("/api/v1/meetings/" + m, leader.token()).json().get("documents");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("sha256").asString()).hasSize(64);
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/meetings/" + m
                + "/documents/" + docId)).header("Authorization", "Bearer " + partyFocal.token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("attachment"));

        var tooLarge = upload(m, "lon.bin", "application/octet-stream", new byte[10 * 1024 * 1024 + 1],
                secretariat.token());
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("\"field\":\"file\"");
        assertThat(upload(m, "rong.txt", "text/plain", new byte[0], secretariat.token()).statusCode()).isEqualTo(400);
        assertThat(upload(m, "x.pdf", "application/pdf", pdf, leader.token()).statusCode()).isEqualTo(403);
        assertThat(upload(m, "x.pdf", "application/pdf", pdf, outsiderFocal.token()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/" + m + "/documents/" + docId, outsiderFocal.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/" + meeting() + "/documents/" + docId, secretariat.token()).status())
                .as("a document of another meeting").isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/" + m, leader.token()).json().get("documents").size()).isEqualTo(1);
    }

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> upload(long meeting, String name, String type, byte[] content, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/meetings/" + meeting + "/documents?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesAFollowUpTaskOnAClosedProgram() {
        long m = meeting();
        long c = conclusion(m, "Kết luận");
        api.post("/api/v1/programs/" + program + "/sign", secretariat.token(), Map.of("signedOn", TODAY.toString()));
        assertThat(api.post("/api/v1/programs/" + program + "/close", secretariat.token(), null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/conclusions/" + c + "/tasks", secretariat.token(),
                followUpTask("Muộn", TODAY)).status()).isEqualTo(409);
    }
}

@OnH2
class MeetingsApiOnH2Test extends MeetingsApiTests {
}

@OnPostgres
class MeetingsApiOnPostgresTest extends MeetingsApiTests {
}
