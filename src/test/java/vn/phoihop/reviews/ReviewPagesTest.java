package vn.phoihop.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/** The review pages as the secretariat prepares a review and a leader approves it: real sessions, forms with CSRF. */
@OnH2
class ReviewPagesTest extends ApiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long office;
    long lead;
    String leadName;
    Api.User secretariat;
    Api.User leader;
    long program;
    String taskTitle;

    @BeforeEach
    void scene() {
        office = api.body("Văn phòng Tỉnh ủy");
        lead = api.body("Ban Dân vận Tỉnh ủy");
        leadName = api.get("/api/v1/organizations/" + lead, api.adminToken()).text("name");
        secretariat = api.user(office, "SECRETARIAT");
        leader = api.user(office, "LEADER");
        program = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình có sơ kết"),
                "year", TODAY.getYear(), "periodStart", TODAY.minusDays(90).toString(),
                "periodEnd", TODAY.plusDays(200).toString(), "parties", List.of(Map.of("organizationId", lead)))).id();
        taskTitle = Api.unique("Tuyên truyền nghị quyết");
        var t = api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title", taskTitle,
                "leadOrganizationId", lead, "dueDate", TODAY.minusDays(1).toString()));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
    }

    Browser as(Api.User user) {
        return Browser.signedIn(port, user.username(), user.password());
    }

    @Test
    void theSecretariatPreparesAReviewAndALeaderApprovesIt() {
        Browser browser = as(secretariat);
        var card = browser.htmxGet("/programs/" + program + "/reviews");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).doesNotContain("<html").contains("id=\"program-reviews\"")
                .contains("Kỳ sơ kết tiếp theo đến hạn ngày " + TODAY.minusDays(90).plusMonths(6).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("Lập báo cáo sơ kết, tổng kết");
        assertThat(browser.get("/programs/" + program).body()).contains("/programs/" + program + "/reviews");

        var refused = browser.postForm("/programs/" + program + "/reviews", Map.of("kind", "SIX_MONTH",
                "periodStart", TODAY.minusDays(30).toString(), "periodEnd", TODAY.plusDays(1).toString()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Ngày kết thúc kỳ không được sau ngày hôm nay.").contains("is-invalid");

        var created = browser.postForm("/programs/" + program + "/reviews", Map.of("kind", "SIX_MONTH",
                "periodStart", TODAY.minusDays(90).toString(), "periodEnd", TODAY.toString()));
        assertThat(created.status()).isEqualTo(302);
        Matcher m = Pattern.compile("/reviews/(\\d+)$").matcher(created.location());
        assertThat(m.find()).as(created.location()).isTrue();
        long id = Long.parseLong(m.group(1));
        var page = browser.follow(created);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đã lập báo cáo sơ kết, tổng kết.").contains("Sơ kết 6 tháng")
                .contains("Nhiệm vụ theo cơ quan chủ trì").contains(leadName).contains("Báo cáo định kỳ")
                .contains("Đề nghị cung cấp thông tin").contains("Kết quả đạt được")
                .contains("Tồn tại, hạn chế và nguyên nhân").contains(taskTitle).contains("Dự thảo")
                .doesNotContain(">Phê duyệt</button>");
        Matcher v = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(v.find()).isTrue();

        var saved = browser.postForm("/reviews/" + id, Map.of("version", v.group(1),
                "results", "Hoàn thành cơ bản các nhiệm vụ.", "shortcomings", "Một nhiệm vụ quá hạn.",
                "lessons", "Phối hợp chặt chẽ.", "directions", "Tập trung hoàn thành nhiệm vụ còn lại."));
        assertThat(saved.redirectsTo("/reviews/" + id)).isTrue();
        assertThat(browser.follow(saved).body()).contains("Đã lưu nội dung báo cáo.").contains("Phối hợp chặt chẽ.");

        Browser leaderBrowser = as(leader);
        var shown = leaderBrowser.get("/reviews/" + id);
        assertThat(shown.body()).contains(">Phê duyệt</button>").doesNotContain("name=\"lessons\"");
        var approved = leaderBrowser.postForm("/reviews/" + id + "/approve", Map.of());
        assertThat(approved.redirectsTo("/reviews/" + id)).isTrue();
        var frozen = leaderBrowser.follow(approved);
        assertThat(frozen.body()).contains("Đã phê duyệt báo cáo.").contains("Đã phê duyệt")
                .contains("Phối hợp chặt chẽ.").doesNotContain(">Phê duyệt</button>");

        var late = browser.postForm("/reviews/" + id, Map.of("version", v.group(1), "lessons", "Sửa muộn"));
        assertThat(late.redirectsTo("/reviews/" + id)).isTrue();
        assertThat(browser.follow(late).body()).contains("đã được phê duyệt; hãy xem lại");

        var revised = browser.postForm("/reviews/" + id + "/revisions", Map.of());
        assertThat(revised.status()).isEqualTo(302);
        var revision = browser.follow(revised);
        assertThat(revision.body()).contains("Đã lập phiên bản mới của báo cáo.").contains("Phiên bản 2")
                .contains("Phiên bản 1").contains("name=\"lessons\"");
        assertThat(browser.get("/programs/" + program + "/reviews").body()).contains("Đã phê duyệt").contains("Dự thảo");
    }

    @Test
    void anApprovedYearEndReviewOffersToDraftNextYearsProgram() {
        int last = TODAY.getYear() - 1;
        long old = api.post("/api/v1/programs", secretariat.token(), Map.of("title", Api.unique("Chương trình năm " + last),
                "year", last, "parties", List.of(Map.of("organizationId", lead)))).id();
        long review = api.post("/api/v1/programs/" + old + "/reviews", secretariat.token(), Map.of("kind", "YEAR_END")).id();
        assertThat(api.post("/api/v1/reviews/" + review + "/approve", leader.token(), null).status()).isEqualTo(200);
        Browser browser = as(secretariat);
        assertThat(browser.get("/reviews/" + review).body()).contains("Dự thảo chương trình năm sau");
        var drafted = browser.postForm("/reviews/" + review + "/next-program", Map.of());
        assertThat(drafted.status()).isEqualTo(302);
        assertThat(drafted.location()).matches(".*/programs/\\d+$");
        assertThat(browser.follow(drafted).body()).contains("Đã dự thảo chương trình năm sau");
    }

    @Test
    void theReviewPagesAreInEnglishToo() {
        Browser browser = as(secretariat);
        assertThat(browser.postForm("/account/language", Map.of("lang", "en")).status()).isEqualTo(302);
        var list = browser.get("/programs/" + program + "/reviews");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("The next review is due on").contains("New review");
    }
}
