package vn.phoihop.datagen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.phoihop.audit.AuditTrail;
import vn.phoihop.calendar.Calendar;
import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.cases.CaseDeadlines;
import vn.phoihop.cases.CaseRetention;

/**
 * Fills the database with a {@link Profile} through batched JDBC inserts (no entity listeners: the generated rows
 * are neither audited nor indexed for search). Dates are relative to today (the injected clock); each program has
 * tasks of every status: cancelled, not started, in progress, overdue, done on time and done late. Then ten years of
 * citizens' cases ({@link GeneratedCases}) and of audit trail, appended to the hash chain ({@link GeneratedAuditTrail}).
 */
@Component
public class DataGenerator {

    static final String PASSWORD = "phoihop-perf-2026";

    private static final String[] BODY_NAMES = {"Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Đảng ủy UBND tỉnh", "Sở Nội vụ", "Sở Tài chính",
            "Sở Kế hoạch và Đầu tư", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tư pháp", "Sở Xây dựng",
            "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh", "Công an tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh", "UBND thành phố", "UBND huyện miền núi"};
    private static final String[] VERBS = {"Tổ chức quán triệt", "Xây dựng kế hoạch triển khai", "Kiểm tra, giám sát việc thực hiện",
            "Sơ kết, đánh giá kết quả", "Tham mưu ban hành", "Rà soát, sửa đổi", "Tuyên truyền, phổ biến",
            "Hướng dẫn thực hiện", "Đôn đốc, tổng hợp báo cáo", "Phối hợp thẩm định"};
    private static final String[] TOPICS = {"Nghị quyết Đại hội Đảng bộ tỉnh", "công tác cán bộ", "cải cách hành chính",
            "chuyển đổi số", "phòng, chống tham nhũng, tiêu cực", "xây dựng nông thôn mới", "quy chế dân chủ ở cơ sở",
            "công tác dân vận", "sắp xếp tổ chức bộ máy", "giải quyết khiếu nại, tố cáo", "bảo vệ nền tảng tư tưởng của Đảng",
            "phát triển kinh tế tập thể"};
    private static final String[] PROGRESS = {"Đã ban hành văn bản chỉ đạo và phân công cán bộ theo dõi.",
            "Đang tổng hợp ý kiến của các cơ quan, đơn vị liên quan.", "Đã tổ chức hội nghị quán triệt cho cán bộ chủ chốt.",
            "Đã hoàn thành dự thảo, đang xin ý kiến cơ quan phối hợp.", "Đang kiểm tra tại các địa phương theo kế hoạch."};

    /**
     * What was generated; {@code focalUser} is a FOCAL_POINT of the lead body of {@code firstProgram}'s first task.
     * Usernames are {@code <prefix>-b<body>-u<n>}: body 0 from {@code firstBody} on; n 0 the FOCAL_POINT, 1 the LEADER,
     * from 2 on SECRETARIAT in body 0 and CASE_HANDLER elsewhere. {@code millis} is the whole run; {@code casesMillis}
     * and {@code auditMillis} the parts spent on cases and on the audit trail.
     */
    public record Result(Profile profile, int bodies, int users, int programs, int tasks, int reports, int cases,
                         int auditEntries, String focalUser, String password, long firstProgram, long firstTask,
                         long firstCase, long firstBody, String prefix, long millis, long casesMillis,
                         long auditMillis) {
    }

    private final JdbcTemplate jdbc;
    private final BatchInserts db;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Calendar calendar;
    private final GeneratedCases cases;
    private final GeneratedAuditTrail audit;

    DataGenerator(DataSource dataSource, PasswordEncoder passwords, Clock clock, Calendar calendar,
                  CaseDeadlines deadlines, CaseRetention retention, AuditTrail audit) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.db = new BatchInserts(jdbc);
        this.passwords = passwords;
        this.clock = clock;
        this.calendar = calendar;
        this.cases = new GeneratedCases(db, deadlines, retention);
        this.audit = new GeneratedAuditTrail(audit);
    }

    public Result generate(Profile profile) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long firstBody = db.next("organization");
        long firstUser = db.next("app_user");
        long firstProgram = db.next("program");
        long firstParty = db.next("program_party");
        long firstTask = db.next("task");
        long firstReport = db.next("progress_report");
        String prefix = "gen" + firstUser;

        List<Object[]> rows = new ArrayList<>();
        for (int b = 0; b < profile.bodies(); b++) {
            String name = BODY_NAMES[b % BODY_NAMES.length] + (b < BODY_NAMES.length ? "" : " " + (b / BODY_NAMES.length + 1));
            rows.add(new Object[] {firstBody + b, name + " (" + prefix + ")", b < 5 ? "PARTY_BOARD" : "SPECIALIST_AGENCY", now});
        }
        db.insert("insert into organization (id, name, kind, created_at) values (?, ?, ?, ?)", rows);

        String hash = passwords.encode(PASSWORD);
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
        String[] given = {"Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Hùng", "Thanh Lan", "Hữu Nghĩa"};
        List<Object[]> roles = new ArrayList<>();
        for (int u = 0; u < profile.users(); u++) {
            int body = u % profile.bodies();
            int nth = u / profile.bodies();
            rows.add(new Object[] {firstUser + u, prefix + "-b" + body + "-u" + nth, hash,
                    family[u % family.length] + " " + given[(u / family.length) % given.length], firstBody + body, now});
            roles.add(new Object[] {firstUser + u, nth == 0 ? "FOCAL_POINT" : nth == 1 ? "LEADER" : body == 0 ? "SECRETARIAT" : "CASE_HANDLER"});
        }
        db.insert("insert into app_user (id, username, password_hash, full_name, organization_id, created_at) values (?, ?, ?, ?, ?, ?)", rows);
        db.insert("insert into app_user_role (user_id, role) values (?, ?)", roles);

        int parties = Math.min(4, profile.bodies() - 1);
        List<Object[]> partyRows = new ArrayList<>();
        for (int p = 0; p < profile.programs(); p++) {
            int year = profile.yearOf(p, today.getYear());
            rows.add(new Object[] {firstProgram + p, "Chương trình phối hợp số " + (p + 1) + "/CTPH năm " + year + " về "
                    + TOPICS[p % TOPICS.length], year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    firstBody, "IN_FORCE", LocalDate.of(year, 1, 15), now});
            for (int k = 0; k < parties; k++) {
                long org = firstBody + 1 + (p + k) % (profile.bodies() - 1);
                partyRows.add(new Object[] {firstParty + (long) p * parties + k, firstProgram + p, org, null, k});
            }
        }
        db.insert("insert into program (id, title, program_year, period_start, period_end, keeper_organization_id, status, signed_on, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        db.insert("insert into program_party (id, program_id, organization_id, organization_name, sort_order) values (?, ?, ?, ?, ?)", partyRows);
        jdbc.update("update program_party set organization_name = (select o.name from organization o where o.id = program_party.organization_id)"
                + " where id >= ?", firstParty);

        // Tasks in ten kinds, i % 10: 0 cancelled, 1-2 not started, 3-5 in progress, 6 overdue, 7-8 done on time, 9 done late.
        // Only tasks that have begun have reports, so these get reportsPerTask × 10/7 each (the same total).
        int reportsEach = Math.max(1, Math.round(profile.reportsPerTask() * 10f / 7f));
        int[] reportTask = new int[profile.programs() * profile.tasksPerProgram() * reportsEach];
        int[] reportAuthor = new int[reportTask.length];
        List<Object[]> cooperating = new ArrayList<>();
        List<Object[]> reports = new ArrayList<>();
        long taskId = firstTask;
        long reportId = firstReport;
        int taskCount = 0;
        for (int p = 0; p < profile.programs(); p++) {
            int year = (int) jdbcYear(p, profile, today);
            LocalDate ref = year == today.getYear() ? today : LocalDate.of(year, 12, 20);
            for (int i = 0; i < profile.tasksPerProgram(); i++, taskId++, taskCount++) {
                int kind = i % 10;
                int leadParty = (i / 10) % parties;
                long lead = firstBody + 1 + (p + leadParty) % (profile.bodies() - 1);
                long coop = firstBody + 1 + (p + (leadParty + 1) % parties) % (profile.bodies() - 1);
                LocalDate due = switch (kind) {
                    case 6 -> ref.minusDays(15 + i % 20);
                    case 7, 8 -> ref.minusDays(10 + i % 30);
                    case 9 -> ref.minusDays(20 + i % 20);
                    default -> ref.plusDays(20 + i % 40);
                };
                String title = VERBS[i % VERBS.length] + " " + TOPICS[(i / VERBS.length + p) % TOPICS.length];
                rows.add(new Object[] {taskId, firstProgram + p, title, "Nội dung: " + title.toLowerCase() + " theo chương trình phối hợp.",
                        lead, "Báo cáo kết quả", due, due, kind == 0 ? ref.minusDays(20) : null,
                        kind == 0 ? "Điều chỉnh theo chỉ đạo của Thường trực Tỉnh ủy" : null, now});
                cooperating.add(new Object[] {taskId, coop});
                if (kind == 0 || kind == 1 || kind == 2) {
                    continue;
                }
                long author = firstUser + (lead - firstBody);
                boolean done = kind >= 7;
                LocalDate last = switch (kind) {
                    case 7, 8 -> due.minusDays(3);
                    case 9 -> ref.minusDays(5);
                    case 6 -> due.minusDays(2);
                    default -> ref.minusDays(1);
                };
                for (int r = 0; r < reportsEach; r++) {
                    reportTask[(int) (reportId - firstReport)] = (int) (taskId - firstTask);
                    reportAuthor[(int) (reportId - firstReport)] = (int) (author - firstUser);
                    boolean final_ = done && r == reportsEach - 1;
                    LocalDate on = last.minusDays(7L * (reportsEach - 1 - r));
                    int percent = final_ ? 100 : Math.min(90, 10 + r * 80 / reportsEach);
                    reports.add(new Object[] {reportId++, taskId, lead, on, percent,
                            final_ ? "Đã hoàn thành, gửi báo cáo kết quả." : PROGRESS[(r + i) % PROGRESS.length],
                            final_, "INTERNAL", author, "Đầu mối " + prefix, now});
                }
                if (reports.size() >= 20 * BatchInserts.BATCH) {
                    flushTasks(rows, cooperating, reports);
                }
            }
        }
        flushTasks(rows, cooperating, reports);
        int reportCount = (int) (reportId - firstReport);
        db.restartIds(List.of("organization", "app_user", "program", "program_party", "task", "progress_report"));

        Province province = new Province(prefix, today, now.toInstant(), firstBody, profile.bodies(), firstUser, profile.users(),
                firstProgram, profile.programs(), firstTask, taskCount, firstReport,
                Arrays.copyOf(reportTask, reportCount), Arrays.copyOf(reportAuthor, reportCount));
        // One calendar snapshot for every deadline, so the version recorded with each is the one it was counted with.
        WorkingDayCalendar workingDays = calendar.current();
        long casesStarted = System.nanoTime();
        GeneratedCases.Written written = cases.write(province, profile.cases(), workingDays);
        long auditStarted = System.nanoTime();
        int auditCount = profile.auditEntries() == 0 ? 0 : audit.write(province, written, profile.auditEntries(), workingDays);
        long ended = System.nanoTime();

        long firstLead = firstBody + 1 + (0 % parties) % (profile.bodies() - 1);
        String focal = prefix + "-b" + (firstLead - firstBody) + "-u0";
        return new Result(profile, profile.bodies(), profile.users(), profile.programs(), taskCount, reportCount,
                written.count(), auditCount, focal, PASSWORD, firstProgram, firstTask, written.firstCase(), firstBody,
                prefix, (ended - started) / 1_000_000, (auditStarted - casesStarted) / 1_000_000,
                (ended - auditStarted) / 1_000_000);
    }

    private static long jdbcYear(int p, Profile profile, LocalDate today) {
        return profile.yearOf(p, today.getYear());
    }

    private void flushTasks(List<Object[]> tasks, List<Object[]> cooperating, List<Object[]> reports) {
        db.insert("insert into task (id, program_id, title, description, lead_organization_id, output, original_due_date, due_date,"
                + " cancelled_on, cancel_reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
        db.insert("insert into task_cooperating (task_id, organization_id) values (?, ?)", cooperating);
        db.insert("insert into progress_report (id, task_id, organization_id, reported_on, percent, content, completed, visibility,"
                + " author_user_id, author_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reports);
    }
}
