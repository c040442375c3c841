package vn.phoihop.datagen;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.SqlTypeValue;

import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.cases.CaseDeadlines;
import vn.phoihop.cases.CaseInstance;
import vn.phoihop.cases.CaseKind;
import vn.phoihop.cases.CaseRetention;
import vn.phoihop.cases.CaseStage;
import vn.phoihop.cases.Channel;
import vn.phoihop.cases.Complexity;
import vn.phoihop.cases.StatutoryDeadline;

/**
 * Ten years of citizens' cases received by the bodies: complaints (first and second instance), denunciations and
 * petitions, each in one of the outcomes below so that every stage, overdue and in-time open cases, and decisions on
 * time and late are present. The deadlines are those the application computes ({@link CaseDeadlines#deadlinesFor},
 * one calendar snapshot); a case closed longer ago than the retention period has its citizen erased as the daily
 * erasure would have done ({@link CaseRetention#erasureDay}).
 */
final class GeneratedCases {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Where a case stands today, with how many in a thousand cases of a ten-year register do: nearly all closed; the
     * open ones received in the last weeks, or overdue for months; about as many received a year as the years before.
     */
    enum Outcome {
        CLOSED_ON_TIME(668), CLOSED_LATE(90), CLOSED_REFUSED(60), CLOSED_TRANSFERRED(90), WITHDRAWN(40),
        DECIDED_ON_TIME(4), DECIDED_LATE(1), REFUSED(3), TRANSFERRED(3), RECEIVED(2), RECEIVED_OVERDUE(5),
        ACCEPTED(8), ACCEPTED_OVERDUE(10), VERIFYING(6), VERIFYING_OVERDUE(10);

        final int perThousand;

        Outcome(int perThousand) {
            this.perThousand = perThousand;
        }

        boolean resolved() {
            return this == CLOSED_ON_TIME || this == CLOSED_LATE || this == DECIDED_ON_TIME || this == DECIDED_LATE;
        }

        boolean late() {
            return this == CLOSED_LATE || this == DECIDED_LATE;
        }
    }

    /**
     * The cases written, in id order from {@code firstCase}: received day (epoch day), handling body offset, kind, and
     * the offset from {@code firstDeadline} of its first deadline ({@code acceptBy}).
     */
    record Written(long firstCase, int count, int[] receivedDay, int[] body, CaseKind[] kind, long firstDeadline,
                   int[] deadlineOffset) {
    }

    private static final String[] COMPLAINTS = {"Khiếu nại quyết định thu hồi đất và phương án bồi thường, hỗ trợ, tái định cư",
            "Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng",
            "Khiếu nại việc từ chối cấp giấy chứng nhận quyền sử dụng đất", "Khiếu nại quyết định kỷ luật công chức",
            "Khiếu nại về đơn giá bồi thường giải phóng mặt bằng dự án mở rộng quốc lộ",
            "Khiếu nại việc giải quyết chế độ, chính sách đối với người có công với cách mạng",
            "Khiếu nại quyết định cưỡng chế thực hiện quyết định thu hồi đất",
            "Khiếu nại việc không bố trí đất tái định cư"};
    private static final String[] DENUNCIATIONS = {"Tố cáo cán bộ địa chính xã nhũng nhiễu khi giải quyết hồ sơ đất đai",
            "Tố cáo sai phạm trong đấu thầu xây dựng công trình trường học",
            "Tố cáo việc lợi dụng chức vụ, quyền hạn trong quản lý đất công",
            "Tố cáo vi phạm trong thu, chi quỹ phòng, chống thiên tai của xã",
            "Tố cáo vi phạm quy định về tuyển dụng viên chức",
            "Tố cáo việc kê khai tài sản, thu nhập không trung thực",
            "Tố cáo việc thu các khoản đóng góp trái quy định ở thôn"};
    private static final String[] PETITIONS = {"Kiến nghị sửa chữa tuyến đường liên xã bị xuống cấp",
            "Phản ánh ô nhiễm môi trường do cơ sở chăn nuôi gây ra", "Kiến nghị giải quyết thủ tục hành chính quá hạn",
            "Phản ánh tình trạng khai thác cát trái phép trên sông", "Kiến nghị hỗ trợ thiệt hại do mưa lũ",
            "Phản ánh việc chậm chi trả trợ cấp xã hội", "Kiến nghị về việc cấp nước sinh hoạt cho khu dân cư"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Hữu", "Xuân", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hải", "Hạnh", "Hòa", "Khánh", "Lan",
            "Long", "Mai", "Nam", "Nga", "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Tuấn", "Vinh", "Yến"};
    private static final String[] HAMLETS = {"thôn Đông", "thôn Trung", "thôn Tân Lập", "xóm Cầu", "tổ dân phố 3",
            "bản Nà Khoang", "khu phố Hòa Bình", "ấp Phú Hữu"};
    private static final String[] COMMUNES = {"xã Tân Thành", "xã Hòa Phú", "xã Quyết Thắng", "phường Quang Trung",
            "thị trấn Chợ Mới", "xã Đồng Tâm", "phường Hùng Vương", "xã Phúc Lộc"};
    private static final String[] DISTRICTS = {"huyện Yên Sơn", "huyện Phú Bình", "thành phố", "thị xã Phổ Yên",
            "huyện Chiêm Hóa", "huyện Định Hóa"};
    private static final String[] REFUSALS = {"Đơn không đủ điều kiện thụ lý: không ghi rõ nội dung, không ký tên.",
            "Khiếu nại quá thời hiệu theo Điều 9 Luật Khiếu nại 2011.",
            "Nội dung đã được giải quyết bằng quyết định có hiệu lực pháp luật.",
            "Nội dung tố cáo đã được giải quyết, nay tố cáo lại nhưng không có thông tin, tài liệu mới."};
    private static final String[] WITHDRAWALS = {"Người khiếu nại tự nguyện rút đơn sau buổi đối thoại.",
            "Các bên đã thỏa thuận được phương án giải quyết, người khiếu nại rút đơn."};
    private static final String[] FINDINGS = {"Công nhận một phần nội dung; giao cơ quan chuyên môn điều chỉnh theo quy định.",
            "Không công nhận nội dung; giữ nguyên quyết định, hành vi hành chính.",
            "Nội dung đúng; yêu cầu khắc phục và kiểm điểm trách nhiệm tập thể, cá nhân có liên quan.",
            "Đã trả lời công dân; giao địa phương khắc phục trong quý."};

    private final BatchInserts db;
    private final CaseDeadlines deadlines;
    private final CaseRetention retention;

    GeneratedCases(BatchInserts db, CaseDeadlines deadlines, CaseRetention retention) {
        this.db = db;
        this.deadlines = deadlines;
        this.retention = retention;
    }

    Written write(Province p, int count, WorkingDayCalendar calendar) {
        long firstCase = db.next("citizen_case");
        long deadlineId = db.next("case_deadline");
        long extensionId = db.next("case_extension");
        Outcome[] cycle = cycle();
        Random rnd = new Random(2016);
        LocalDate today = p.today();
        int firstDay = (int) today.minusYears(10).plusDays(1).toEpochDay();
        Written written = new Written(firstCase, count, new int[count], new int[count], new CaseKind[count],
                deadlineId, new int[count]);
        List<Object[]> caseRows = new ArrayList<>();
        List<Object[]> deadlineRows = new ArrayList<>();
        List<Object[]> extensionRows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstCase + i;
            Outcome o = cycle[i % cycle.length];
            int k = rnd.nextInt(100);
            CaseKind kind = o == Outcome.WITHDRAWN || k < 55 ? CaseKind.COMPLAINT
                    : k < 75 ? CaseKind.DENUNCIATION : CaseKind.PETITION;
            CaseInstance instance = kind == CaseKind.COMPLAINT && rnd.nextInt(100) < 15 ? CaseInstance.SECOND
                    : CaseInstance.FIRST;
            int c = rnd.nextInt(100);
            Complexity complexity = c < 75 ? Complexity.NORMAL : c < 95 ? Complexity.COMPLEX : Complexity.VERY_COMPLEX;
            boolean remote = rnd.nextInt(100) < 10;
            boolean several = kind == CaseKind.DENUNCIATION && rnd.nextInt(100) < 15;
            int body = 1 + rnd.nextInt(p.bodies() - 1);
            Timeline t = new Timeline(o, kind, instance, complexity, remote, several, calendar, today, rnd);
            LocalDate received = switch (o) {
                case RECEIVED -> today.minusDays(rnd.nextInt(6));
                case RECEIVED_OVERDUE -> today.minusDays(40 + rnd.nextInt(360));
                case ACCEPTED, VERIFYING -> today.minusDays(1 + rnd.nextInt(20) + t.acceptDelay);
                case ACCEPTED_OVERDUE, VERIFYING_OVERDUE -> today.minusDays(110 + rnd.nextInt(290) + t.acceptDelay);
                case REFUSED, TRANSFERRED -> today.minusDays(8 + rnd.nextInt(52));
                case DECIDED_ON_TIME, DECIDED_LATE -> today.minusDays(60 + rnd.nextInt(90));
                // Closed: any day of the ten years; one whose closure would fall after today moves earlier below.
                default -> LocalDate.ofEpochDay(firstDay + rnd.nextInt((int) today.toEpochDay() - 60 - firstDay));
            };
            t.layout(received);
            for (int attempt = 0; attempt < 6 && t.last().isAfter(today); attempt++) {
                t.layout(t.received.minusDays(ChronoUnit.DAYS.between(today, t.last())));
            }

            int handler = p.handler(body, i);
            String createdBy = p.username(handler);
            String[] subjects = kind == CaseKind.COMPLAINT ? COMPLAINTS : kind == CaseKind.DENUNCIATION ? DENUNCIATIONS
                    : PETITIONS;
            String subject = subjects[rnd.nextInt(subjects.length)];
            String place = HAMLETS[rnd.nextInt(HAMLETS.length)] + ", " + COMMUNES[rnd.nextInt(COMMUNES.length)] + ", "
                    + DISTRICTS[rnd.nextInt(DISTRICTS.length)];
            String name = FAMILY[rnd.nextInt(FAMILY.length)] + " " + MIDDLE[rnd.nextInt(MIDDLE.length)] + " "
                    + GIVEN[rnd.nextInt(GIVEN.length)];
            String content = (name.contains(" Thị ") ? "Bà " : "Ông ") + name + ", trú tại " + place + ", trình bày: "
                    + Character.toLowerCase(subject.charAt(0)) + subject.substring(1) + ". Kèm theo đơn là "
                    + (2 + rnd.nextInt(8)) + " tài liệu, chứng cứ. Đề nghị cơ quan có thẩm quyền xem xét, giải quyết"
                    + " theo quy định của pháp luật.";
            boolean full = kind == CaseKind.DENUNCIATION || rnd.nextInt(100) < 80;
            String address = "Số " + (1 + rnd.nextInt(200)) + ", " + place;
            String idNumber = full ? String.format("%03d%d%02d%06d", 1 + rnd.nextInt(96), rnd.nextInt(4),
                    rnd.nextInt(100), rnd.nextInt(1_000_000)) : null;
            String phone = full ? String.format("09%08d", rnd.nextInt(100_000_000)) : null;
            LocalDate erasedOn = t.closed == null ? null : retention.erasureDay(t.closed);
            if (erasedOn != null && erasedOn.isAfter(today)) {
                erasedOn = null;
            }
            // Another body than the handling one (offsets 1 to bodies - 1, as handling bodies).
            Long transferredTo = t.transferred == null ? null
                    : p.firstBody() + 1 + (body + rnd.nextInt(p.bodies() - 2)) % (p.bodies() - 1);
            String decision = t.resolved == null ? null : (1 + i % 900) + "/" + switch (kind) {
                case COMPLAINT -> "QĐ-UBND";
                case DENUNCIATION -> "KL-UBND";
                case PETITION -> "UBND-TCD";
            };
            Instant registered = t.received.atTime(LocalTime.of(7, 30).plusMinutes(rnd.nextInt(540))).atZone(ZONE)
                    .toInstant();
            OffsetDateTime createdAt = OffsetDateTime.ofInstant(registered.isAfter(p.now()) ? p.now() : registered,
                    ZoneOffset.UTC);
            caseRows.add(new Object[] {id, kind.name(), instance.name(), t.received, channel(rnd).name(),
                    erasedOn == null ? name : null, erasedOn == null ? address : null,
                    erasedOn == null ? idNumber : null, erasedOn == null ? phone : null, erasedOn, subject, content,
                    transferredTo, p.firstBody() + body, remote, several, complexity.name(), t.stage().name(),
                    t.accepted, t.refused, t.refused == null ? null : REFUSALS[rnd.nextInt(REFUSALS.length)],
                    t.transferred, transferredTo, t.verifying, t.resolved, decision,
                    t.resolved == null ? null : FINDINGS[rnd.nextInt(FINDINGS.length)], t.closed, t.withdrawn,
                    t.withdrawn == null ? null : WITHDRAWALS[rnd.nextInt(WITHDRAWALS.length)], createdBy, createdAt});
            written.deadlineOffset()[i] = (int) (deadlineId - written.firstDeadline());
            for (StatutoryDeadline d : t.deadlines.values()) {
                deadlineRows.add(new Object[] {deadlineId++, id, d.code(), d.ruleCode(), d.startDate(), d.limitDays(),
                        d.unit().name(), d.dueDate(), d.internalTarget(), d.extendedDays(), d.calendarVersion(),
                        d.legalBasis()});
            }
            LocalDate previous = t.dueBeforeExtensions;
            for (int e = 0; e < t.extensionDays.size(); e++) {
                LocalDate next = calendar.addDays(previous, t.extensionDays.get(e));
                extensionRows.add(new Object[] {extensionId++, id, t.extensionDecided.get(e), t.extensionDays.get(e),
                        "Vụ việc phức tạp, cần xác minh thêm tại nhiều địa điểm (Điều 30 Luật Tố cáo 2018).",
                        previous, next, calendar.version(), createdBy, t.extensionDecided.get(e).atTime(9, 0)
                        .atZone(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC)});
                previous = next;
            }
            written.receivedDay()[i] = (int) t.received.toEpochDay();
            written.body()[i] = body;
            written.kind()[i] = kind;
            if (caseRows.size() >= 5 * BatchInserts.BATCH) {
                flush(caseRows, deadlineRows, extensionRows);
            }
        }
        flush(caseRows, deadlineRows, extensionRows);
        db.restartIds(List.of("citizen_case", "case_deadline", "case_extension"));
        return written;
    }

    private void flush(List<Object[]> caseRows, List<Object[]> deadlineRows, List<Object[]> extensionRows) {
        int v = Types.VARCHAR;
        int d = Types.DATE;
        int b = Types.BIGINT;
        int any = SqlTypeValue.TYPE_UNKNOWN;
        db.insert("insert into citizen_case (id, kind, instance, received_on, channel, citizen_full_name, citizen_address,"
                        + " citizen_id_number, citizen_phone, citizen_erased_on, subject, content, competent_organization_id,"
                        + " handling_organization_id, remote_area, several_places, complexity, stage, accepted_on, refused_on,"
                        + " refusal_reason, transferred_on, transferred_to_id, verifying_on, resolved_on, decision_number,"
                        + " resolution_summary, closed_on, withdrawn_on, withdrawal_reason, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseRows, new int[] {b, v, v, d, v, v, v, v, v, d, v, v, b, b, Types.BOOLEAN, Types.BOOLEAN, v, v, d, d, v,
                        d, b, d, d, v, v, d, d, v, v, any});
        db.insert("insert into case_deadline (id, case_id, code, rule_code, start_date, limit_days, unit, due_date,"
                        + " internal_target, extended_days, calendar_version, legal_basis) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                deadlineRows, new int[] {b, b, v, v, d, Types.INTEGER, v, d, d, Types.INTEGER, b, v});
        db.insert("insert into case_extension (id, case_id, decided_on, days, reason, previous_due, new_due,"
                        + " calendar_version, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                extensionRows, new int[] {b, b, d, Types.INTEGER, v, d, d, b, v, any});
    }

    /** The outcomes in a fixed shuffled order of a thousand, so that a thousand cases hold every one of them. */
    private static Outcome[] cycle() {
        List<Outcome> list = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            for (int n = 0; n < o.perThousand; n++) {
                list.add(o);
            }
        }
        Collections.shuffle(list, new Random(10));
        return list.toArray(Outcome[]::new);
    }

    private static Channel channel(Random rnd) {
        int c = rnd.nextInt(100);
        return c < 35 ? Channel.DIRECT : c < 60 ? Channel.POST : c < 75 ? Channel.ONLINE : c < 80 ? Channel.EMAIL
                : c < 95 ? Channel.FORWARDED : Channel.OTHER;
    }

    /**
     * The days of one case, laid out from its day of receipt with delays drawn once, so that moving the receipt
     * earlier (when the last day would fall after today) keeps the outcome.
     */
    private final class Timeline {

        final Outcome outcome;
        final CaseKind kind;
        final CaseInstance instance;
        final Complexity complexity;
        final boolean remote;
        final boolean several;
        final WorkingDayCalendar calendar;
        final LocalDate today;
        final int acceptDelay;
        final int slack;
        final int late;
        final int verifyDelay;
        final int closeDelay;
        final int stageDelay;
        final int withdrawDelay;
        final boolean withdrawnBeforeAccepted;
        final boolean verifies;
        final List<Integer> extensionDays = new ArrayList<>();
        final List<Integer> extensionNotice = new ArrayList<>();

        LocalDate received;
        LocalDate accepted;
        LocalDate refused;
        LocalDate transferred;
        LocalDate verifying;
        LocalDate resolved;
        LocalDate closed;
        LocalDate withdrawn;
        LocalDate dueBeforeExtensions;
        List<LocalDate> extensionDecided = new ArrayList<>();
        Map<String, StatutoryDeadline> deadlines;

        Timeline(Outcome outcome, CaseKind kind, CaseInstance instance, Complexity complexity, boolean remote,
                 boolean several, WorkingDayCalendar calendar, LocalDate today, Random rnd) {
            this.outcome = outcome;
            this.kind = kind;
            this.instance = instance;
            this.complexity = complexity;
            this.remote = remote;
            this.several = several;
            this.calendar = calendar;
            this.today = today;
            this.acceptDelay = 1 + rnd.nextInt(7);
            this.slack = rnd.nextInt(21);
            this.late = 1 + rnd.nextInt(60);
            this.verifyDelay = 1 + rnd.nextInt(10);
            this.closeDelay = 1 + rnd.nextInt(20);
            this.stageDelay = 1 + rnd.nextInt(5);
            this.withdrawDelay = 3 + rnd.nextInt(23);
            this.withdrawnBeforeAccepted = rnd.nextInt(100) < 30;
            this.verifies = kind != CaseKind.PETITION && rnd.nextInt(100) < 70;
            // Art. 30 of the Law on Denunciation: one extension for a complex case, up to two for a very complex one.
            if (outcome.resolved() && kind == CaseKind.DENUNCIATION && complexity != Complexity.NORMAL
                    && rnd.nextInt(100) < 50) {
                int n = complexity == Complexity.VERY_COMPLEX && rnd.nextBoolean() ? 2 : 1;
                for (int e = 0; e < n; e++) {
                    extensionDays.add(15 + rnd.nextInt(16));
                    extensionNotice.add(1 + rnd.nextInt(5));
                }
            }
        }

        void layout(LocalDate receivedOn) {
            received = receivedOn;
            accepted = refused = transferred = verifying = resolved = closed = withdrawn = dueBeforeExtensions = null;
            extensionDecided = new ArrayList<>();
            switch (outcome) {
                case RECEIVED, RECEIVED_OVERDUE -> { }
                case REFUSED, CLOSED_REFUSED -> {
                    refused = received.plusDays(stageDelay);
                    closed = outcome == Outcome.CLOSED_REFUSED ? refused.plusDays(closeDelay) : null;
                }
                case TRANSFERRED, CLOSED_TRANSFERRED -> {
                    transferred = received.plusDays(stageDelay);
                    closed = outcome == Outcome.CLOSED_TRANSFERRED ? transferred.plusDays(closeDelay) : null;
                }
                case WITHDRAWN -> {
                    LocalDate last = received;
                    if (!withdrawnBeforeAccepted) {
                        accepted = received.plusDays(acceptDelay);
                        verifying = verifies ? accepted.plusDays(verifyDelay) : null;
                        last = verifying != null ? verifying : accepted;
                    }
                    withdrawn = last.plusDays(withdrawDelay);
                    closed = withdrawn;
                }
                case ACCEPTED, ACCEPTED_OVERDUE -> accepted = received.plusDays(acceptDelay);
                case VERIFYING, VERIFYING_OVERDUE -> {
                    accepted = received.plusDays(acceptDelay);
                    long room = ChronoUnit.DAYS.between(accepted, today);
                    verifying = accepted.plusDays(Math.min(verifyDelay, room));
                }
                default -> {
                    accepted = received.plusDays(acceptDelay);
                    LocalDate due = compute(List.of()).get("resolveBy").effectiveDate();
                    dueBeforeExtensions = due;
                    for (int e = 0; e < extensionDays.size(); e++) {
                        LocalDate decided = due.minusDays(extensionNotice.get(e));
                        LocalDate notBefore = e == 0 ? accepted : extensionDecided.get(e - 1);
                        extensionDecided.add(decided.isBefore(notBefore) ? notBefore : decided);
                        due = calendar.addDays(due, extensionDays.get(e));
                    }
                    LocalDate onTime = due.minusDays(slack);
                    resolved = outcome.late() ? due.plusDays(late) : onTime.isAfter(accepted) ? onTime : accepted.plusDays(1);
                    if (verifies) {
                        verifying = accepted.plusDays(Math.min(verifyDelay, ChronoUnit.DAYS.between(accepted, resolved)));
                    }
                    closed = outcome == Outcome.CLOSED_ON_TIME || outcome == Outcome.CLOSED_LATE
                            ? resolved.plusDays(closeDelay) : null;
                }
            }
            deadlines = compute(extensionDays);
        }

        private Map<String, StatutoryDeadline> compute(List<Integer> extensions) {
            return GeneratedCases.this.deadlines.deadlinesFor(kind, instance, received, accepted, remote, complexity,
                    several, extensions, calendar);
        }

        LocalDate last() {
            LocalDate last = received;
            for (LocalDate d : new LocalDate[] {accepted, refused, transferred, verifying, resolved, closed, withdrawn}) {
                if (d != null && d.isAfter(last)) {
                    last = d;
                }
            }
            for (LocalDate d : extensionDecided) {
                if (d.isAfter(last)) {
                    last = d;
                }
            }
            return last;
        }

        CaseStage stage() {
            return switch (outcome) {
                case CLOSED_ON_TIME, CLOSED_LATE, CLOSED_REFUSED, CLOSED_TRANSFERRED -> CaseStage.CLOSED;
                case WITHDRAWN -> CaseStage.WITHDRAWN;
                case DECIDED_ON_TIME, DECIDED_LATE -> CaseStage.DECIDED;
                case REFUSED -> CaseStage.REFUSED;
                case TRANSFERRED -> CaseStage.TRANSFERRED;
                case RECEIVED, RECEIVED_OVERDUE -> CaseStage.RECEIVED;
                case ACCEPTED, ACCEPTED_OVERDUE -> CaseStage.ACCEPTED;
                case VERIFYING, VERIFYING_OVERDUE -> CaseStage.VERIFYING;
            };
        }
    }
}
