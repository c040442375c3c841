package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** The case API: registration, stages, statutory deadlines, extensions, withdrawal, PATCH, rules, documents. */
abstract class CasesApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long body;
    Api.User handler;

    @BeforeEach
    void scene() {
        body = api.body("Thanh tra tỉnh", "SPECIALIST_AGENCY");
        handler = api.user(body, "CASE_HANDLER");
    }

    static Map<String, Object> caseBody(String kind, String instance, String receivedOn, long body, String complexity,
                                        boolean remote, String fullName) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        if (instance != null) {
            m.put("instance", instance);
        }
        m.put("receivedOn", receivedOn);
        m.put("remoteArea", remote);
        m.put("complexity", complexity);
        m.put("handlingOrganizationId", body);
        m.put("subject", "Khiếu nại về bồi thường giải phóng mặt bằng");
        m.put("content", "Đề nghị xem xét lại quyết định thu hồi đất.");
        m.put("citizen", Map.of("fullName", fullName, "address", "Phường Hồng Gai, Quảng Ninh",
                "idNumber", "022088001234", "phone", "0912345678"));
        return m;
    }

    Api.Response create(String kind, String instance, String receivedOn, String complexity, boolean remote) {
        return api.post("/api/v1/cases", handler.token(),
                caseBody(kind, instance, receivedOn, body, complexity, remote, "Nguyễn Văn An"));
    }

    @Test
    void registersAComplaintWithItsAcceptanceDeadlineRolledPastTet() {
        Api.Response r = create("COMPLAINT", "FIRST", "2026-02-05", "NORMAL", false);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/cases/" + r.id());
        assertThat(r.text("stage")).isEqualTo("RECEIVED");
        assertThat(r.json().get("deadlines").get("acceptBy").asString()).isEqualTo("2026-02-23");
        assertThat(r.json().get("deadlines").has("resolveBy")).isFalse();
        assertThat(r.json().get("citizen").get("fullName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(r.json().get("version").asLong()).isZero();
        JsonNode detail = r.json().get("deadlineDetails").get(0);
        assertThat(detail.get("ruleCode").asString()).isEqualTo("COMPLAINT_FIRST_ACCEPT");
        assertThat(detail.get("legalBasis").asString()).contains("điều 27");
        assertThat(detail.has("calendarVersion")).isTrue();
    }

    @Test
    void acceptingComputesTheResolutionLimitAndResolvingSaysWhetherOnTime() {
        long id = create("COMPLAINT", "FIRST", "2026-03-05", "COMPLEX", false).id();
        Api.Response accepted = api.post("/api/v1/cases/" + id + "/accept", handler.token(),
                Map.of("acceptedOn", "2026-03-12"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("stage")).isEqualTo("ACCEPTED");
        // 45 days (complex) end on Hùng Kings' day (Sun 26/4), its compensatory Monday is off too.
        assertThat(accepted.json().get("deadlines").get("resolveBy").asString()).isEqualTo("2026-04-28");
        assertThat(accepted.json().get("deadlines").has("secondComplaintBy")).isTrue();
        Api.Response resolved = api.post("/api/v1/cases/" + id + "/resolve", handler.token(),
                Map.of("resolvedOn", "2026-04-28", "decisionNumber", "15/QĐ-TTr", "summary", "Giữ nguyên quyết định."));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("stage")).isEqualTo("DECIDED");
        assertThat(resolved.json().get("onTime").asBoolean()).isTrue();

        long late = create("COMPLAINT", "FIRST", "2026-03-05", "NORMAL", false).id();
        api.post("/api/v1/cases/" + late + "/accept", handler.token(), Map.of("acceptedOn", "2026-03-12"));
        Api.Response lateResolved = api.post("/api/v1/cases/" + late + "/resolve", handler.token(),
                Map.of("resolvedOn", "2026-04-28", "decisionNumber", "16/QĐ-TTr", "summary", "Bác đơn."));
        assertThat(lateResolved.json().get("onTime").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/cases/" + late + "/close", handler.token(), Map.of("closedOn", "2026-05-04"))
                .text("stage")).isEqualTo("CLOSED");
    }

    @Test
    void aDenunciationGetsNotificationAndResolutionLimitsAndExtensionsAsTheLawAllows() {
        long id = create("DENUNCIATION", null, "2026-02-11", "COMPLEX", false).id();
        Api.Response c = api.get("/api/v1/cases/" + id, handler.token());
        assertThat(c.json().get("deadlines").get("acceptBy").asString()).isEqualTo("2026-02-27");
        Api.Response accepted = api.post("/api/v1/cases/" + id + "/accept", handler.token(),
                Map.of("acceptedOn", "2026-03-27"));
        assertThat(accepted.json().get("deadlines").get("notifyBy").asString()).isEqualTo("2026-04-03");
        assertThat(accepted.json().get("deadlines").get("resolveBy").asString()).isEqualTo("2026-04-28");

        Api.Response ext = api.post("/api/v1/cases/" + id + "/extensions", handler.token(),
                Map.of("decidedOn", "2026-04-20", "days", 30, "reason", "Cần xác minh thêm tại hai địa phương."));
        assertThat(ext.status()).isEqualTo(201);
        assertThat(ext.text("newDue")).isEqualTo("2026-05-28");
        assertThat(api.get("/api/v1/cases/" + id, handler.token()).json().get("deadlines").get("resolveBy").asString())
                .isEqualTo("2026-05-28");

        Api.Response second = api.post("/api/v1/cases/" + id + "/extensions", handler.token(),
                Map.of("decidedOn", "2026-05-20", "days", 10, "reason", "Gia hạn lần hai."));
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.text("detail")).contains("Đã gia hạn đủ số lần").contains("Luật Tố cáo 2018, điều 30");

        long veryComplex = create("DENUNCIATION", null, "2026-02-11", "VERY_COMPLEX", false).id();
        api.post("/api/v1/cases/" + veryComplex + "/accept", handler.token(), Map.of("acceptedOn", "2026-03-27"));
        Map<String, Object> ext10 = Map.of("decidedOn", "2026-04-20", "days", 10, "reason", "Đặc biệt phức tạp.");
        assertThat(api.post("/api/v1/cases/" + veryComplex + "/extensions", handler.token(), ext10).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/cases/" + veryComplex + "/extensions", handler.token(), ext10).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/cases/" + veryComplex + "/extensions", handler.token(), ext10).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/cases/" + veryComplex + "/extensions", handler.token(),
                Map.of("decidedOn", "2026-04-20", "days", 31, "reason", "Quá dài.")).status()).isEqualTo(422);
    }

    @Test
    void refusesExtensionsTheLawDoesNotProvide() {
        long normal = create("DENUNCIATION", null, "2026-02-11", "NORMAL", false).id();
        api.post("/api/v1/cases/" + normal + "/accept", handler.token(), Map.of("acceptedOn", "2026-03-27"));
        Api.Response r = api.post("/api/v1/cases/" + normal + "/extensions", handler.token(),
                Map.of("decidedOn", "2026-04-20", "days", 10, "reason", "Lý do."));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("detail")).contains("không cho phép gia hạn");
        long complaint = create("COMPLAINT", "FIRST", "2026-02-11", "VERY_COMPLEX", false).id();
        api.post("/api/v1/cases/" + complaint + "/accept", handler.token(), Map.of("acceptedOn", "2026-03-27"));
        assertThat(api.post("/api/v1/cases/" + complaint + "/extensions", handler.token(),
                Map.of("decidedOn", "2026-04-20", "days", 10, "reason", "Lý do.")).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/cases/" + normal + "/extensions", handler.token(),
                Map.of("days", 10)).status()).isEqualTo(400);
    }

    @Test
    void validatesKindsInstancesAndCitizenWithFieldPaths() {
        Map<String, Object> b = caseBody("DENUNCIATION", "SECOND", "2026-02-11", body, "NORMAL", false, "A");
        Api.Response r = api.post("/api/v1/cases", handler.token(), b);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"instance\"");
        b = caseBody("APPEAL", null, TODAY.plusDays(1).toString(), body, "HARD", false, "A");
        b.put("citizen", Map.of("fullName", " ", "idNumber", "12ab"));
        r = api.post("/api/v1/cases", handler.token(), b);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"kind\"", "\"receivedOn\"", "\"complexity\"", "\"citizen.fullName\"",
                "\"citizen.address\"", "\"citizen.idNumber\"");
        Api.Response petitionFirst = api.post("/api/v1/cases", handler.token(),
                caseBody("PETITION", "FIRST", "2026-02-11", body, "NORMAL", false, "B"));
        assertThat(petitionFirst.status()).isEqualTo(201);
        // Petitions: no statutory limit, the internal target only.
        assertThat(petitionFirst.json().get("deadlineDetails").get(0).get("dueDate").isNull()).isTrue();
        assertThat(petitionFirst.json().get("deadlines").get("acceptBy").asString()).isEqualTo("2026-03-04");
    }

    @Test
    void aComplaintMayBeWithdrawnAndOtherKindsMayNot() {
        long complaint = create("COMPLAINT", "SECOND", "2026-02-11", "NORMAL", false).id();
        Api.Response w = api.post("/api/v1/cases/" + complaint + "/withdraw", handler.token(),
                Map.of("withdrawnOn", "2026-02-20", "reason", "Người khiếu nại rút đơn bằng văn bản."));
        assertThat(w.status()).isEqualTo(200);
        assertThat(w.text("stage")).isEqualTo("WITHDRAWN");
        assertThat(w.text("closedOn")).isEqualTo("2026-02-20");
        long denunciation = create("DENUNCIATION", null, "2026-02-11", "NORMAL", false).id();
        assertThat(api.post("/api/v1/cases/" + denunciation + "/withdraw", handler.token(),
                Map.of("withdrawnOn", "2026-02-20")).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/cases/" + denunciation + "/resolve", handler.token(),
                Map.of("resolvedOn", "2026-02-20", "decisionNumber", "1", "summary", "x")).status()).isEqualTo(409);
    }

    @Test
    void refusesAndTransfersWithReasonsFromTheReceivedStage() {
        long refused = create("COMPLAINT", "FIRST", "2026-02-11", "NORMAL", false).id();
        assertThat(api.post("/api/v1/cases/" + refused + "/refuse", handler.token(),
                Map.of("refusedOn", "2026-02-12")).status()).isEqualTo(400);
        Api.Response r = api.post("/api/v1/cases/" + refused + "/refuse", handler.token(),
                Map.of("refusedOn", "2026-02-12", "reason", "Hết thời hiệu khiếu nại (điều 11)."));
        assertThat(r.text("stage")).isEqualTo("REFUSED");
        long other = api.body("UBND huyện", "LOCALITY");
        long transferred = create("PETITION", null, "2026-02-11", "NORMAL", false).id();
        Api.Response t = api.post("/api/v1/cases/" + transferred + "/transfer", handler.token(),
                Map.of("transferredOn", "2026-02-12", "organizationId", other));
        assertThat(t.text("stage")).isEqualTo("TRANSFERRED");
        assertThat(t.json().get("competentOrganizationId").asLong()).isEqualTo(other);
    }

    @Test
    void patchChangesCircumstancesRecomputesDeadlinesAndRefusesAStaleVersion() {
        Api.Response c = create("COMPLAINT", "FIRST", "2026-03-05", "NORMAL", false);
        long id = c.id();
        Api.Response accepted = api.post("/api/v1/cases/" + id + "/accept", handler.token(), Map.of("acceptedOn", "2026-03-12"));
        assertThat(accepted.json().get("deadlines").get("resolveBy").asString()).isEqualTo("2026-04-13");
        long version = accepted.json().get("version").asLong();
        Api.Response patched = api.patch("/api/v1/cases/" + id, handler.token(),
                Map.of("version", version, "remoteArea", true, "subject", "Khiếu nại (đã sửa)"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("deadlines").get("resolveBy").asString()).isEqualTo("2026-04-28");
        assertThat(patched.text("subject")).isEqualTo("Khiếu nại (đã sửa)");
        assertThat(api.patch("/api/v1/cases/" + id, handler.token(), Map.of("version", version, "subject", "x"))
                .status()).isEqualTo(409);
        assertThat(api.patch("/api/v1/cases/" + id, handler.token(),
                Map.of("version", patched.json().get("version").asLong(), "stage", "CLOSED")).status()).isEqualTo(400);
    }

    @Test
    void filtersTheListByKindStageBodyAndOverdue() {
        long open = create("DENUNCIATION", null, "2026-02-11", "NORMAL", false).id();
        long accepted = create("COMPLAINT", "FIRST", TODAY.minusDays(1).toString(), "NORMAL", false).id();
        Api.Response overdue = api.get("/api/v1/cases?overdue=true", handler.token());
        assertThat(overdue.json().get("items").findValues("id").stream().map(JsonNode::asLong).toList())
                .contains(open).doesNotContain(accepted);
        Api.Response denunciations = api.get("/api/v1/cases?kind=DENUNCIATION&stage=RECEIVED&organizationId=" + body,
                handler.token());
        assertThat(denunciations.json().get("total").asInt()).isEqualTo(1);
        // A list never carries a denouncer's identity, even for the handler.
        assertThat(denunciations.json().get("items").get(0).get("citizen").get("masked").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/cases?kind=X", handler.token()).status()).isEqualTo(400);
        Api.Response due = api.get("/api/v1/cases/due?within=0", handler.token());
        assertThat(due.json().get("items").findValues("caseId").stream().map(JsonNode::asLong).toList()).contains(open);
    }

    @Test
    void keepsTheDeadlineRulesAsDataWithTheDefaultsOfTheLaw() {
        Api.Response r = api.get("/api/v1/cases/deadline-rules", handler.token());
        assertThat(r.status()).isEqualTo(200);
        for (DeadlineRule expected : StatutoryDeadlineTest.RULES) {
            JsonNode row = null;
            for (JsonNode n : r.json().get("items")) {
                if (n.get("code").asString().equals(expected.code())) {
                    row = n;
                }
            }
            assertThat(row).as(expected.code()).isNotNull();
            assertThat(row.get("limitDays").isNull() ? null : row.get("limitDays").asInt()).isEqualTo(expected.limitDays());
            assertThat(row.get("unit").asString()).isEqualTo(expected.unit().name());
            assertThat(row.get("remoteDays").isNull() ? null : row.get("remoteDays").asInt()).isEqualTo(expected.remoteDays());
            assertThat(row.get("complexDays").isNull() ? null : row.get("complexDays").asInt()).isEqualTo(expected.complexDays());
            assertThat(row.get("remoteComplexDays").isNull() ? null : row.get("remoteComplexDays").asInt())
                    .isEqualTo(expected.remoteComplexDays());
            assertThat(row.get("internalTargetDays").isNull() ? null : row.get("internalTargetDays").asInt())
                    .isEqualTo(expected.internalTargetDays());
            assertThat(row.get("extensionsVeryComplex").asInt()).isEqualTo(expected.extensionsVeryComplex());
        }
        assertThat(api.send("PATCH", "/api/v1/cases/deadline-rules/COMPLAINT_FIRST_ACCEPT", handler.token(),
                Map.of("limitDays", 12), null).status()).isEqualTo(403);
    }

    @Test
    void storesDocumentsUpToTenMegabytesOfTheDeclaredType() throws Exception {
        long id = create("COMPLAINT", "FIRST", "2026-02-11", "NORMAL", false).id();
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, byte[], Integer> upload = (type, bytes) -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base()
                                        + "/api/v1/cases/" + id + "/documents?name=don.pdf"))
                                .header("Authorization", "Bearer " + handler.token()).header("Content-Type", type)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(upload.apply("application/pdf", "%PDF-1.7 đơn khiếu nại".getBytes())).isEqualTo(201);
        assertThat(upload.apply("application/pdf", "MZ\u0090 not a pdf".getBytes())).isEqualTo(400);
        assertThat(upload.apply("application/x-msdownload", "MZ".getBytes())).isEqualTo(400);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F';
        assertThat(upload.apply("application/pdf", big)).isEqualTo(400);
        Api.Response c = api.get("/api/v1/cases/" + id, handler.token());
        assertThat(c.json().get("documents").size()).isEqualTo(1);
        assertThat(c.json().get("documents").get(0).get("stage").asString()).isEqualTo("RECEIVED");
        long doc = c.json().get("documents").get(0).get("id").asLong();
        assertThat(api.get("/api/v1/cases/" + id + "/documents/" + doc, handler.token()).body()).startsWith("%PDF");
    }
}

@OnH2
class CasesApiOnH2Test extends CasesApiTests {
}

@OnPostgres
class CasesApiOnPostgresTest extends CasesApiTests {
}
