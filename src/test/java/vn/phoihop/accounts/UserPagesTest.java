package vn.phoihop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;

/** The administrator's pages for users, over real HTTP with a signed-in session. */
@OnH2
class UserPagesTest extends ApiIntegrationTest {

    Browser admin;
    long body;

    @BeforeEach
    void signIn() {
        admin = Browser.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        body = api.body("Văn phòng Tỉnh ủy", "PARTY_BOARD");
    }

    @Test
    void createsAUserThroughTheFormWhoCanThenSignIn() {
        String username = Api.unique("nguyen.van.a").toLowerCase();
        assertThat(admin.get("/admin/users/new").body()).contains("Đầu mối chương trình", "Tiếng Việt",
                "type=\"checkbox\"");

        Browser.Page done = admin.postForm("/admin/users", Map.of("username", username,
                "password", "mot-mat-khau-du-dai", "fullName", "Nguyễn Văn A", "email", "nva@example.vn",
                "locale", "vi", "organizationId", body, "roles", List.of("SECRETARIAT", "LEADER")));

        assertThat(done.redirectsTo("/admin/users")).as(done.body()).isTrue();
        assertThat(admin.follow(done).body()).contains("Đã tạo người dùng.");
        assertThat(admin.get("/admin/users?q=" + username).body())
                .contains(username, "Nguyễn Văn A", "nva@example.vn", "Đầu mối chương trình", "Lãnh đạo");
        assertThat(new Browser(port).login(username, "mot-mat-khau-du-dai").redirectsTo("/")).isTrue();
    }

    @Test
    void showsErrorsNextToTheFieldsKeepsTheValuesButNeverThePassword() {
        String username = Api.unique("tran.b").toLowerCase();

        Browser.Page page = admin.postForm("/admin/users", Map.of("username", username, "password", "ngan-qua",
                "fullName", "Trần Thị B", "locale", "vi", "organizationId", body));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("id=\"password-error\"[^>]*>Mật khẩu phải có ít nhất 12 ký tự\\.<")
                .containsPattern("id=\"roles-error\"[^>]*>Cần ít nhất một vai trò\\.<")
                .contains("value=\"" + username + "\"", "value=\"Trần Thị B\"")
                .doesNotContain("ngan-qua");
        assertThat(new Browser(port).login(username, "ngan-qua").redirectsTo("/login?error")).isTrue();
    }

    @Test
    void saysNextToTheUsernameThatItIsTaken() {
        Api.User existing = api.user(body, "FOCAL_POINT");

        Browser.Page page = admin.postForm("/admin/users", Map.of("username", existing.username(),
                "password", "mot-mat-khau-khac-nua", "fullName", "Người khác", "locale", "vi",
                "organizationId", body, "roles", "LEADER"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern(
                "id=\"username-error\"[^>]*>Tên đăng nhập " + existing.username() + " đã được dùng\\.<");
    }

    @Test
    void deactivatingAUserAfterConfirmationMakesTheirSignInFail() {
        Api.User user = api.user(body, "FOCAL_POINT");
        assertThat(new Browser(port).login(user.username(), user.password()).redirectsTo("/")).isTrue();

        Browser.Page confirm = admin.get("/admin/users/" + user.id() + "/deactivate");
        assertThat(confirm.body()).contains("Khóa tài khoản " + user.username());
        Browser.Page done = admin.postForm("/admin/users/" + user.id() + "/deactivate", Map.of());

        assertThat(done.redirectsTo("/admin/users")).as(done.body()).isTrue();
        assertThat(admin.follow(done).body()).contains("Đã khóa tài khoản.");
        assertThat(new Browser(port).login(user.username(), user.password()).redirectsTo("/login?error")).isTrue();
        assertThat(api.get("/api/v1/users/" + user.id(), api.adminToken()).json().get("active").asBoolean()).isFalse();
    }

    @Test
    void keepsAnAdministratorFromDeactivatingThemselves() {
        long self = api.get("/api/v1/users/me", api.adminToken()).id();

        assertThat(admin.get("/admin/users").body()).doesNotContain("href=\"/admin/users/" + self + "/deactivate\"");
        assertThat(admin.get("/admin/users/" + self + "/deactivate").body())
                .contains("Bạn không thể tự khóa tài khoản của chính mình");
        Browser.Page refused = admin.postForm("/admin/users/" + self + "/deactivate", Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users/" + self, api.adminToken()).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void refusesADeactivationPostedWithoutTheCsrfToken() {
        Api.User user = api.user(body, "LEADER");

        Browser.Page refused = admin.postForm("/admin/users/" + user.id() + "/deactivate", Map.of("_csrf", "forged"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users/" + user.id(), api.adminToken()).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void refusesTheUsersPageToAFocalPoint() {
        Api.User focal = api.user(body, "FOCAL_POINT");
        Browser browser = Browser.signedIn(port, focal.username(), focal.password());

        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
        assertThat(browser.postForm("/admin/users/" + focal.id() + "/deactivate", Map.of()).status()).isEqualTo(403);
    }
}
