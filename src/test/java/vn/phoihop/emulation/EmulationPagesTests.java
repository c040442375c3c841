package vn.phoihop.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;

/** The emulation pages as people use them: the ranking, an explanation, weights, a rating, a proposal approved. */
abstract class EmulationPagesTests extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void secretariatProposesLeaderApprovesAndEveryoneFollowsTheScoreToItsTasks() {
        long keeper = api.body("Văn phòng Tỉnh ủy");
        long a = api.body("Ban Tổ chức Tỉnh ủy");
        Api.User secretariat = api.user(keeper, "SECRETARIAT");
        Api.User leader = api.user(keeper, "LEADER");
        Api.User focal = api.user(a, "FOCAL_POINT");
        long program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình thi đua"),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(100).toString(),
                "periodEnd", TODAY.plusDays(100).toString(), "parties", List.of(Map.of("organizationId", a)))).id();
        String title = Api.unique("Kiện toàn tổ chức bộ máy");
        long task = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title", title,
                "leadOrganizationId", a, "dueDate", TODAY.minusDays(5).toString())).id();
        api.post("/api/v1/tasks/" + task + "/progress", focal.token(), Map.of("reportedOn", TODAY.minusDays(6).toString(),
                "percent", 100, "text", "Xong", "completed", true));

        Browser asFocal = Browser.signedIn(port, focal.username(), focal.password());
        var page = asFocal.get("/programs/" + program + "/emulation");
        assertThat(page.status()).isEqualTo(200);
        // (40 × 1/1 + 20 × 0/1) / 60: the task done on time, the quarter's periodic report missing
        assertThat(page.body()).contains("Bảng xếp hạng").contains("66.67").contains("Hoàn thành")
                .doesNotContain("name=\"weight\"").doesNotContain("/approve");
        assertThat(asFocal.htmxGet("/programs/" + program + "/emulation").body()).contains("id=\"program-emulation\"")
                .doesNotContain("<html");
        var explained = asFocal.get("/programs/" + program + "/emulation/bodies/" + a);
        assertThat(explained.status()).isEqualTo(200);
        assertThat(explained.body()).contains(title).contains("/tasks/" + task).contains("Hoàn thành đúng hạn")
                .contains("Quá hạn chưa nộp").contains("Chưa có dữ liệu");

        Browser asSecretariat = Browser.signedIn(port, secretariat.username(), secretariat.password());
        var proposed = asSecretariat.submit("/programs/" + program + "/emulation", "/programs/" + program
                + "/emulation/proposals", Map.of("organizationId", a, "form", "GIAY_KHEN", "reason", "Hoàn thành xuất sắc"));
        assertThat(proposed.status()).isEqualTo(302);
        var empty = asSecretariat.submit("/programs/" + program + "/emulation", "/programs/" + program
                + "/emulation/proposals", Map.of("organizationId", a, "form", "GIAY_KHEN", "reason", ""));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("is-invalid");

        Browser asLeader = Browser.signedIn(port, leader.username(), leader.password());
        var withButtons = asLeader.get("/programs/" + program + "/emulation");
        assertThat(withButtons.body()).contains("/approve").contains("Chờ duyệt");
        long proposal = api.get("/api/v1/programs/" + program + "/emulation/proposals", leader.token())
                .json().get("items").get(0).get("id").asLong();
        var approved = asLeader.submit("/programs/" + program + "/emulation", "/programs/" + program
                + "/emulation/proposals/" + proposal + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(302);
        assertThat(asLeader.follow(approved).body()).contains("Đã duyệt");
        assertThat(asFocal.get("/programs/" + program + "/emulation/commendations.xlsx").status()).isEqualTo(200);
    }
}

@OnH2
class EmulationPagesOnH2Test extends EmulationPagesTests {
}

@OnPostgres
class EmulationPagesOnPostgresTest extends EmulationPagesTests {
}
