package vn.phoihop.datagen;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import vn.phoihop.audit.AuditEntry.FieldChange;
import vn.phoihop.audit.AuditTrail;
import vn.phoihop.audit.AuditTrail.PastEntry;
import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.cases.CaseKind;

/**
 * Ten years of audit trail, appended to the hash chain by the audit module itself ({@link AuditTrail#appendPast}):
 * the entity types, actions and events the application writes (sign-ins, progress reports, task changes, cases and
 * their deadlines, reveals of a denouncer's identity, exports, refused requests), by the generated users, spread over
 * the working hours of the working days, in time order. A case appears only from the day it was received, handled by
 * a CASE_HANDLER of its handling body; masked fields are written masked, as the listener writes them.
 */
final class GeneratedAuditTrail {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int CHUNK = 10_000;
    private static final String MASK = "***";
    private static final String[] PROGRESS = {"Đã ban hành văn bản chỉ đạo và phân công cán bộ theo dõi.",
            "Đang tổng hợp ý kiến của các cơ quan, đơn vị liên quan.", "Đã tổ chức hội nghị quán triệt cho cán bộ chủ chốt.",
            "Đã hoàn thành dự thảo, đang xin ý kiến cơ quan phối hợp.", "Đang kiểm tra tại các địa phương theo kế hoạch."};

    private final AuditTrail audit;

    GeneratedAuditTrail(AuditTrail audit) {
        this.audit = audit;
    }

    int write(Province p, GeneratedCases.Written cases, int count, WorkingDayCalendar calendar) {
        Random rnd = new Random(2026);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = p.today().minusYears(10).plusDays(1); !d.isAfter(p.today()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d) && opening(d).isBefore(p.now())) {
                days.add(d);
            }
        }
        // Cases in the order they were received: those received by a day are a prefix.
        int[] byReceipt = IntStream.range(0, cases.count()).boxed()
                .sorted(Comparator.comparingInt(i -> cases.receivedDay()[i])).mapToInt(Integer::intValue).toArray();
        int received = 0;
        int registered = 0;
        List<PastEntry> chunk = new ArrayList<>(CHUNK);
        int written = 0;
        for (int w = 0; w < days.size(); w++) {
            LocalDate day = days.get(w);
            int n = (int) ((long) (w + 1) * count / days.size() - (long) w * count / days.size());
            while (received < byReceipt.length && cases.receivedDay()[byReceipt[received]] <= day.toEpochDay()) {
                received++;
            }
            // Office hours, 07:30 to 17:00 (today: until now), in order: each entry in its own slot of the day.
            Instant opening = opening(day);
            Instant closing = opening.plusSeconds(34_200);
            long slot = Duration.between(opening, closing.isAfter(p.now()) ? p.now() : closing).toMillis() / Math.max(1, n);
            for (int e = 0; e < n; e++) {
                Instant at = opening.plusMillis(e * slot + (long) (rnd.nextDouble() * slot));
                if (e % 4 == 0 && registered < received) {
                    // Each case is registered once, on its day of receipt or the next working day.
                    chunk.add(registration(p, cases, byReceipt[registered++], at));
                } else {
                    int c = received == 0 ? -1 : byReceipt[received - 1 - rnd.nextInt(Math.min(received, 300))];
                    chunk.add(entry(p, cases, c, day, at, rnd));
                }
                if (chunk.size() == CHUNK) {
                    written += audit.appendPast(chunk);
                    chunk.clear();
                }
            }
        }
        written += audit.appendPast(chunk);
        return written;
    }

    private static Instant opening(LocalDate day) {
        return day.atTime(LocalTime.of(7, 30)).atZone(ZONE).toInstant();
    }

    /** The creation of case {@code c} by a handler of its body, its citizen masked as the listener writes it. */
    private static PastEntry registration(Province p, GeneratedCases.Written cases, int c, Instant at) {
        int body = cases.body()[c];
        return new PastEntry(at, p.username(p.handler(body, c)), "case", cases.firstCase() + c, "CREATE", List.of(
                new FieldChange("citizenAddress", null, MASK),
                new FieldChange("citizenFullName", null, MASK),
                new FieldChange("handlingOrganizationId", null, p.firstBody() + body),
                new FieldChange("kind", null, cases.kind()[c].name()),
                new FieldChange("receivedOn", null, LocalDate.ofEpochDay(cases.receivedDay()[c]).toString()),
                new FieldChange("stage", null, "RECEIVED")), null, null, null, null);
    }

    /** One entry of a day; {@code c} is a case received by then (-1 when none is). */
    private static PastEntry entry(Province p, GeneratedCases.Written cases, int c, LocalDate day, Instant at, Random rnd) {
        int kind = rnd.nextInt(100);
        int user = rnd.nextInt(p.users());
        String address = "address=10." + (1 + user % 200) + "." + (user / 200 % 250) + "." + (10 + user % 200);
        if (c < 0 || kind < 30) {
            return new PastEntry(at, p.username(user), "login", p.firstUser() + user, "LOGIN_SUCCESS", null, null, null,
                    null, (rnd.nextInt(4) == 0 ? "via=api " : "via=form ") + address);
        }
        if (kind < 32) {
            return new PastEntry(at, p.username(user), "login", p.firstUser() + user, "LOGIN_FAILURE", null, null, null,
                    null, "via=form " + address);
        }
        if (kind < 33) {
            return new PastEntry(at, p.username(user), "request", null, "ACCESS_DENIED", null, null, null, null,
                    "GET /api/v1/cases/" + (cases.firstCase() + rnd.nextInt(cases.count())) + " " + address);
        }
        if (kind < 53) {
            int r = rnd.nextInt(p.reports());
            long task = p.firstTask() + p.reportTask()[r];
            int author = p.reportAuthor()[r];
            int percent = 10 * (1 + rnd.nextInt(9));
            return new PastEntry(at, p.username(author), "progress", p.firstReport() + r, "CREATE", List.of(
                    new FieldChange("authorName", null, "Đầu mối " + p.prefix()),
                    new FieldChange("authorUserId", null, p.firstUser() + author),
                    new FieldChange("completed", null, false),
                    new FieldChange("content", null, PROGRESS[rnd.nextInt(PROGRESS.length)]),
                    new FieldChange("createdAt", null, at.toString()),
                    new FieldChange("organizationId", null, p.firstBody() + author % p.bodies()),
                    new FieldChange("percent", null, percent),
                    new FieldChange("reportedOn", null, day.toString()),
                    new FieldChange("taskId", null, task),
                    new FieldChange("visibility", null, "INTERNAL")), null, "task", task, null);
        }
        int secretariat = p.users() > 2 * p.bodies() ? 2 * p.bodies() : 0;
        if (kind < 61) {
            long task = p.firstTask() + rnd.nextInt(p.tasks());
            return new PastEntry(at, p.username(secretariat), "task", task, "UPDATE", List.of(
                    new FieldChange("priority", "NORMAL", "HIGH")), null, null, null, null);
        }
        if (kind < 63) {
            long task = p.firstTask() + rnd.nextInt(p.tasks());
            return new PastEntry(at, p.username(secretariat), "task", task, "UPDATE", List.of(
                    new FieldChange("dueDate", day.plusDays(10).toString(), day.plusDays(40).toString())),
                    "Điều chỉnh theo chỉ đạo của Thường trực Tỉnh ủy", null, null, null);
        }
        if (kind < 66) {
            long task = p.firstTask() + rnd.nextInt(p.tasks());
            return new PastEntry(at, p.username(secretariat), "task", task, "CREATE", List.of(
                    new FieldChange("dueDate", null, day.plusDays(60).toString()),
                    new FieldChange("output", null, "Báo cáo kết quả"),
                    new FieldChange("programId", null, p.firstProgram() + rnd.nextInt(p.programs())),
                    new FieldChange("title", null, "Tổ chức quán triệt, triển khai thực hiện")), null, null, null, null);
        }
        if (kind < 67) {
            return new PastEntry(at, p.username(secretariat), "program", p.firstProgram() + rnd.nextInt(p.programs()),
                    "UPDATE", List.of(new FieldChange("status", "DRAFT", "IN_FORCE")), null, null, null, null);
        }
        long caseId = cases.firstCase() + c;
        int body = cases.body()[c];
        String handler = p.username(p.handler(body, c));
        LocalDate receivedOn = LocalDate.ofEpochDay(cases.receivedDay()[c]);
        if (kind < 87) {
            return new PastEntry(at, handler, "case", caseId, "UPDATE", List.of(
                    new FieldChange("acceptedOn", null, day.toString()),
                    new FieldChange("stage", "RECEIVED", "ACCEPTED")), null, null, null, null);
        }
        if (kind < 95) {
            return new PastEntry(at, handler, "case-deadline", cases.firstDeadline() + cases.deadlineOffset()[c],
                    "CREATE", List.of(
                    new FieldChange("caseId", null, caseId),
                    new FieldChange("code", null, "acceptBy"),
                    new FieldChange("startDate", null, receivedOn.toString()),
                    new FieldChange("dueDate", null, receivedOn.plusDays(10).toString())), null, "case", caseId, null);
        }
        if (kind < 99) {
            // A handler opening a denunciation sees the denouncer, and that view is recorded.
            return cases.kind()[c] == CaseKind.DENUNCIATION
                    ? new PastEntry(at, handler, "case", caseId, "REVEAL_IDENTITY", null, null, null, null,
                            "citizen identity of a denunciation")
                    : new PastEntry(at, handler, "case", caseId, "UPDATE", List.of(
                            new FieldChange("complexity", "NORMAL", "COMPLEX")), null, null, null, null);
        }
        return new PastEntry(at, handler, "case", null, "EXPORT", null, null, null, null,
                (1 + rnd.nextInt(400)) + " cases to XLSX");
    }
}
