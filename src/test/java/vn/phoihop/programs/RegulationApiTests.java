package vn.phoihop.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** A program's framework regulation over the API: defaults, the keeper's edits, validation and scope. */
abstract class RegulationApiTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long keeper;
    long party;
    long outsider;
    Api.User secretariat;
    Api.User partyFocal;
    Api.User keeperLeader;
    Api.User outsiderSecretariat;
    long program;
    String path;

    @BeforeEach
    void scene() {
        keeper = api.body("Văn phòng UBND tỉnh", "PEOPLES_COMMITTEE");
        party = api.body("Ban Nội chính Tỉnh ủy");
        outsider = api.body("Sở Y tế", "SPECIALIST_AGENCY");
        secretariat = api.user(keeper, "SECRETARIAT");
        partyFocal = api.user(party, "FOCAL_POINT");
        keeperLeader = api.user(keeper, "LEADER");
        outsiderSecretariat = api.user(outsider, "SECRETARIAT");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", "Chương trình có quy chế",
                "year", TODAY.getYear(), "parties", List.of(Map.of("organizationId", party)))).id();
        path = "/api/v1/programs/" + program + "/regulation";
    }

    static Map<String, Object> regulation(Object cadence, Object dueDay, Object responseDays, Object reviewMonths) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportCadence", cadence);
        body.put("reportDueDay", dueDay);
        body.put("infoRequestResponseDays", responseDays);
        body.put("reviewIntervalMonths", reviewMonths);
        return body;
    }

    static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aProgramWithoutARegulationFollowsTheDocumentedDefaults() {
        var r = api.get(path, partyFocal.token());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("reportCadence")).isEqualTo("QUARTERLY");
        assertThat(r.json().get("reportDueDay").asInt()).isEqualTo(15);
        assertThat(r.json().get("infoRequestResponseDays").asInt()).isEqualTo(5);
        assertThat(r.json().get("reviewIntervalMonths").asInt()).isEqualTo(6);
        assertThat(r.json().get("isDefault").asBoolean()).isTrue();
        assertThat(r.json().get("programId").asLong()).isEqualTo(program);
        assertThat(r.json().get("keeperOrganizationId").asLong()).isEqualTo(keeper);
    }

    @Test
    void theKeepersSecretariatSetsTheRegulationAndEveryoneInTheProgramReadsIt() {
        var put = api.put(path, secretariat.token(), regulation("MONTHLY", 31, 10, 3));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("isDefault").asBoolean()).isFalse();
        assertThat(put.text("reportCadence")).isEqualTo("MONTHLY");
        var read = api.get(path, partyFocal.token());
        assertThat(read.json().get("reportDueDay").asInt()).isEqualTo(31);
        assertThat(read.json().get("infoRequestResponseDays").asInt()).isEqualTo(10);
        assertThat(read.json().get("reviewIntervalMonths").asInt()).isEqualTo(3);
        assertThat(read.json().get("isDefault").asBoolean()).isFalse();
        assertThat(read.text("updatedBy")).isEqualTo(secretariat.username());
        var again = api.put(path, secretariat.token(), regulation("YEARLY", 20, 5, 6));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isEqualTo(put.json().get("version").asLong() + 1);
        assertThat(api.get(path, keeperLeader.token()).text("reportCadence")).isEqualTo("YEARLY");
    }

    @Test
    void refusesAReviewIntervalOverSixMonthsWithAClearMessage() {
        var r = api.put(path, secretariat.token(), regulation("QUARTERLY", 15, 5, 7));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("reviewIntervalMonths");
        assertThat(r.json().get("errors").get(0).get("message").asString())
                .contains("ít nhất 6 tháng một lần");
        var english = api.send("PUT", path, secretariat.token(), regulation("QUARTERLY", 15, 5, 12), "en");
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .contains("at least every six months");
        assertThat(api.get(path, secretariat.token()).json().get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void validatesEveryFieldAndNamesIt() {
        assertThat(fields(api.put(path, secretariat.token(), regulation("WEEKLY", 0, 61, 0))))
                .containsExactlyInAnyOrder("reportCadence", "reportDueDay", "infoRequestResponseDays",
                        "reviewIntervalMonths");
        assertThat(fields(api.put(path, secretariat.token(), regulation(null, null, null, null))))
                .containsExactlyInAnyOrder("reportCadence", "reportDueDay", "infoRequestResponseDays",
                        "reviewIntervalMonths");
        var tooLate = api.put(path, secretariat.token(), regulation("MONTHLY", 32, 60, 6));
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(fields(tooLate)).containsExactly("reportDueDay");
        assertThat(api.put(path, secretariat.token(), regulation("MONTHLY", 1, 1, 1)).status()).isEqualTo(200);
        assertThat(api.put(path, secretariat.token(), "{not json").status()).isEqualTo(400);
    }

    @Test
    void onlyTheKeepersSecretariatOrAnAdministratorEditsTheRegulation() {
        var focal = api.put(path, partyFocal.token(), regulation("MONTHLY", 15, 5, 6));
        assertThat(focal.status()).isEqualTo(403);
        assertThat(focal.json().get("detail").asString()).contains("quy chế phối hợp");
        assertThat(api.put(path, keeperLeader.token(), regulation("MONTHLY", 15, 5, 6)).status()).isEqualTo(403);
        assertThat(api.put(path, outsiderSecretariat.token(), regulation("MONTHLY", 15, 5, 6)).status())
                .as("a secretariat outside the program does not even see it").isEqualTo(404);
        assertThat(api.put(path, null, regulation("MONTHLY", 15, 5, 6)).status()).isEqualTo(401);
        assertThat(api.put(path, api.adminToken(), regulation("SIX_MONTHLY", 10, 7, 6)).status()).isEqualTo(200);
        assertThat(api.get(path, partyFocal.token()).text("reportCadence")).isEqualTo("SIX_MONTHLY");
    }

    @Test
    void aRefusalForPermissionComesBeforeValidation() {
        assertThat(api.put(path, partyFocal.token(), regulation("WEEKLY", 99, 99, 99)).status()).isEqualTo(403);
    }

    @Test
    void bodiesOutsideTheProgramAndUnknownProgramsGetNotFound() {
        assertThat(api.get(path, outsiderSecretariat.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/programs/987654321/regulation", api.adminToken()).status()).isEqualTo(404);
        assertThat(api.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        long version = api.put(path, secretariat.token(), regulation("MONTHLY", 15, 5, 6)).json().get("version").asLong();
        Map<String, Object> body = regulation("YEARLY", 15, 5, 6);
        body.put("version", version);
        assertThat(api.put(path, secretariat.token(), body).status()).isEqualTo(200);
        var stale = api.put(path, secretariat.token(), body);
        assertThat(stale.status()).isEqualTo(409);
        body.put("reportCadence", "QUARTERLY");
        assertThat(api.put(path, secretariat.token(), body).status()).isEqualTo(409);
        assertThat(api.get(path, secretariat.token()).text("reportCadence")).isEqualTo("YEARLY");
    }
}

@OnH2
class RegulationApiOnH2Test extends RegulationApiTests {
}

@OnPostgres
class RegulationApiOnPostgresTest extends RegulationApiTests {
}
