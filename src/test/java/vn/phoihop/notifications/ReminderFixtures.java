package vn.phoihop.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoihop.Api;

/**
 * A scene for reminders on {@link #DAY} (Wednesday 18 November 2026), made through the API: a keeper body with the
 * program (signed, so in force), a lead body L and a co-operating body C with focal points and leaders who have
 * e-mail addresses, and tasks and a request due around the day:
 * <ul>
 * <li>{@code dueFriday} (L leads, C co-operates) due Friday 20 — due soon;</li>
 * <li>{@code dueMonday} (L, C) due Monday 23, the third working day — due soon;</li>
 * <li>{@code dueTuesday} (L, C) due Tuesday 24, the fourth — not yet reminded;</li>
 * <li>{@code longOverdue} (L, C) due Friday 6, eight working days late — overdue, escalated to L's leaders;</li>
 * <li>{@code shortOverdue} (C leads) due Monday 16, two working days late — overdue, not escalated;</li>
 * <li>{@code done} (L, C) due Thursday 19 and completed — nothing;</li>
 * <li>{@code request} from the keeper to L, sent Monday 16, due five working days later (Monday 23).</li>
 * </ul>
 * So L's focal point gets "3 due soon, 1 overdue", C's focal point "2 due soon, 2 overdue".
 */
final class ReminderFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    final Api api;
    final long keeper;
    final long bodyL;
    final long bodyC;
    final Api.User secretariat;
    final Api.User focalL;
    final Api.User leaderL;
    final Api.User focalC;
    final Api.User leaderC;
    final long program;
    final long dueFriday;
    final long dueMonday;
    final long dueTuesday;
    final long longOverdue;
    final long shortOverdue;
    final long done;
    final long request;
    final String tag;

    ReminderFixtures(Api api) {
        this.api = api;
        tag = Api.unique("NV");
        keeper = api.body("Văn phòng Tỉnh ủy");
        bodyL = api.body("Ban Tổ chức Tỉnh ủy");
        bodyC = api.body("Sở Nội vụ", "SPECIALIST_AGENCY");
        secretariat = api.user(keeper, "SECRETARIAT", "FOCAL_POINT");
        focalL = userWithEmail(bodyL, "FOCAL_POINT");
        leaderL = userWithEmail(bodyL, "LEADER");
        focalC = userWithEmail(bodyC, "FOCAL_POINT");
        leaderC = userWithEmail(bodyC, "LEADER");
        program = created(api.post("/api/v1/programs", secretariat.token(), Map.of("title",
                "Chương trình phối hợp " + tag, "year", DAY.getYear(),
                "parties", List.of(Map.of("organizationId", keeper)))));
        check(api.post("/api/v1/programs/" + program + "/sign", secretariat.token(), Map.of("signedOn", "2026-01-15")));
        dueFriday = task("Tổng kết công tác cán bộ", bodyL, List.of(bodyC), "2026-11-20");
        dueMonday = task("Báo cáo đề án 25", bodyL, List.of(bodyC), "2026-11-23");
        dueTuesday = task("Hội nghị tuyên truyền", bodyL, List.of(bodyC), "2026-11-24");
        longOverdue = task("Rà soát quy hoạch cán bộ", bodyL, List.of(bodyC), "2026-11-06");
        shortOverdue = task("Kiểm tra tiếp công dân", bodyC, List.of(), "2026-11-16");
        done = task("Sơ kết nghị quyết", bodyL, List.of(bodyC), "2026-11-19");
        check(api.post("/api/v1/tasks/" + done + "/progress", api.adminToken(), Map.of("reportedOn", "2026-11-17",
                "percent", 100, "text", "Đã hoàn thành", "completed", true)));
        request = created(api.post("/api/v1/info-requests", secretariat.token(), Map.of("programId", program,
                "fromOrganizationId", keeper, "toOrganizationId", bodyL, "subject", "Đề nghị cung cấp số liệu " + tag,
                "content", "Đề nghị cung cấp số liệu cán bộ quý IV.", "sentOn", "2026-11-16")));
    }

    String title(String name) {
        return name + " " + tag;
    }

    private long task(String name, long lead, List<Long> cooperating, String due) {
        return created(api.post("/api/v1/programs/" + program + "/tasks", secretariat.token(), Map.of("title",
                title(name), "leadOrganizationId", lead, "cooperatingOrganizationIds", cooperating, "dueDate", due)));
    }

    Api.User userWithEmail(long body, String role) {
        String username = Api.unique("nh").toLowerCase();
        String password = "mat-khau-nhac-viec-" + System.nanoTime();
        Api.Response r = api.post("/api/v1/users", api.adminToken(), Map.of("username", username, "password",
                password, "fullName", "Trần Thị " + username, "email", username + "@phoihop.test",
                "organizationId", body, "roles", List.of(role)));
        return new Api.User(created(r), username, password, body, api.token(username, password));
    }

    static String email(Api.User user) {
        return user.username() + "@phoihop.test";
    }

    private static long created(Api.Response r) {
        if (r.status() != 201) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
        return r.id();
    }

    private static void check(Api.Response r) {
        if (r.status() / 100 != 2) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }
}
