package vn.phoihop.demo;

import static vn.phoihop.demo.Body.BCS_UBND;
import static vn.phoihop.demo.Body.BDV;
import static vn.phoihop.demo.Body.BNC;
import static vn.phoihop.demo.Body.BTC;
import static vn.phoihop.demo.Body.BTG;
import static vn.phoihop.demo.Body.BTGDV;
import static vn.phoihop.demo.Body.DU_UBND;
import static vn.phoihop.demo.Body.UBKT;
import static vn.phoihop.demo.Body.VPTU;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ProgramForm;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.shared.ThemeId;
import vn.phoihop.tasks.ProgressForm;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskForm;
import vn.phoihop.tasks.Tasks;
import vn.phoihop.tasks.Visibility;

/**
 * Loads last year's program (closed) and this year's (in force) through the Programs and Tasks facades, acting as
 * the Office's secretariat, the bodies' focal points and the leader, as they would through the API.
 */
@Component
class DemoPrograms {

    record Loaded(ProgramId lastYear, ProgramId thisYear) {
    }

    private record Created(TaskId id, PlannedTask plan) {
    }

    private final Programs programs;
    private final Tasks tasks;
    private final EntityManager entityManager;

    DemoPrograms(Programs programs, Tasks tasks, EntityManager entityManager) {
        this.programs = programs;
        this.tasks = tasks;
        this.entityManager = entityManager;
    }

    Loaded load(Province province, LoadDay day) {
        ProgramId last = lastYear(province, day.year() - 1);
        List<Runnable> withReasons = new ArrayList<>();
        ProgramId current = thisYear(province, day, last, withReasons);
        // A deadline change or a cancellation gives its reason to every change flushed after it in the same
        // transaction (AuditTrail#because), so everything else is flushed first and these come last.
        entityManager.flush();
        withReasons.forEach(Runnable::run);
        return new Loaded(last, current);
    }

    private ProgramId lastYear(Province p, int year) {
        LocalDate signedOn = LocalDate.of(year, 1, 20);
        List<Body> parties = BTG.isActiveOn(signedOn)
                ? List.of(BCS_UBND, BTC, BTG, BDV, BNC, UBKT, VPTU)
                : List.of(BCS_UBND, BTC, BTGDV, BNC, UBKT, VPTU);
        ProgramId id = create(p, "Chương trình phối hợp công tác năm " + year + " giữa Ban cán sự Đảng UBND tỉnh "
                + "với các ban xây dựng Đảng, Ủy ban Kiểm tra và Văn phòng Tỉnh ủy", year,
                "01/CTr-BCSĐ-BXDĐTU", parties, signedOn, null);
        List<Created> created = createTasks(p, id, DemoTasks.lastYear(year, signedOn));
        act(p.secretariat(), () -> programs.sign(id, signedOn, p.secretariat()));
        report(p, created, null);
        act(p.leader(), () -> programs.addDirection(id, "Rút kinh nghiệm việc chậm giải quyết vụ việc khiếu nại "
                + "đông người; đưa các nội dung chưa dứt điểm vào Chương trình năm " + (year + 1) + ".", p.leader()));
        act(p.secretariat(), () -> programs.close(id, p.secretariat()));
        return id;
    }

    private ProgramId thisYear(Province p, LoadDay day, ProgramId previous, List<Runnable> withReasons) {
        int year = day.year();
        LocalDate january15 = LocalDate.of(year, 1, 15);
        LocalDate signedOn = day.today().isBefore(january15) ? day.today() : january15;
        ProgramId id = create(p, "Chương trình phối hợp công tác năm " + year + " giữa Đảng ủy UBND tỉnh với các "
                + "ban xây dựng Đảng, Ủy ban Kiểm tra và Văn phòng Tỉnh ủy", year, "01/CTr-ĐU-BXDĐTU",
                List.of(DU_UBND, BTC, BTGDV, BNC, UBKT, VPTU), signedOn, previous);
        List<Created> created = createTasks(p, id, DemoTasks.thisYear(day));
        act(p.secretariat(), () -> programs.sign(id, signedOn, p.secretariat()));
        report(p, created, day);
        act(p.leader(), () -> programs.addDirection(id, "Các cơ quan bám sát Chương trình, tập trung hoàn thành "
                + "dứt điểm các nhiệm vụ quá hạn; Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Thường trực Tỉnh ủy "
                + "tại hội nghị tổng kết năm.", p.leader()));
        for (Created c : created) {
            PlannedTask.DeadlineMove move = c.plan().move();
            if (move != null) {
                withReasons.add(() -> act(p.secretariat(),
                        () -> tasks.changeDeadline(c.id(), move.dueDate(), move.reason(), p.secretariat())));
            }
        }
        for (Created c : created) {
            if (c.plan().cancelReason() != null) {
                withReasons.add(() -> act(p.secretariat(),
                        () -> tasks.cancel(c.id(), c.plan().cancelReason(), p.secretariat())));
            }
        }
        return id;
    }

    private ProgramId create(Province p, String title, int year, String code, List<Body> parties, LocalDate signedOn,
                             ProgramId previous) {
        List<ProgramForm.PartyForm> partyForms = parties.stream()
                .map(b -> new ProgramForm.PartyForm(p.id(b).value(), p.signatoryOn(b, signedOn))).toList();
        ProgramDetails program = act(p.secretariat(), () -> programs.create(new ProgramForm(title, year, null, null,
                code, p.id(VPTU).value(), partyForms, true, previous == null ? null : previous.value()),
                p.secretariat()));
        return program.id();
    }

    /** Themes in the order of their first task, then the tasks and their sub-tasks. */
    private List<Created> createTasks(Province p, ProgramId program, List<PlannedTask> plans) {
        Map<Theme, ThemeId> themes = new EnumMap<>(Theme.class);
        for (PlannedTask t : plans) {
            if (!themes.containsKey(t.theme())) {
                themes.put(t.theme(), act(p.secretariat(),
                        () -> programs.addTheme(program, t.theme().title, p.secretariat())).id());
            }
        }
        List<Created> created = new ArrayList<>();
        for (PlannedTask t : plans) {
            createTask(p, program, themes, t, null, created);
        }
        return created;
    }

    private void createTask(Province p, ProgramId program, Map<Theme, ThemeId> themes, PlannedTask t, TaskId parent,
                            List<Created> created) {
        TaskForm form = new TaskForm(t.title(), t.description(), themes.get(t.theme()).value(),
                parent == null ? null : parent.value(), p.id(t.lead()).value(),
                t.cooperating().stream().map(b -> p.id(b).value()).toList(),
                t.advising() == null ? null : p.id(t.advising()).value(), t.output(), t.dueDate(),
                t.recurrence() == null ? null : t.recurrence().name(), t.priority().name(), null);
        TaskDetails task = act(p.secretariat(), () -> tasks.create(program, form, p.secretariat()));
        created.add(new Created(task.id(), t));
        for (PlannedTask sub : t.subTasks()) {
            createTask(p, program, themes, sub, task.id(), created);
        }
    }

    /** Progress as the lead body reports it, occurrences of recurring tasks included, then the leader's directions. */
    private void report(Province p, List<Created> created, LoadDay day) {
        for (Created c : created) {
            PlannedTask t = c.plan();
            Actor reporter = p.reporterFor(t.lead());
            Visibility visibility = t.publicProgress() ? Visibility.PUBLIC : Visibility.INTERNAL;
            for (PlannedTask.PlannedReport r : t.reports()) {
                progress(reporter, c.id(), r, visibility);
            }
            if (t.recurrence() != null && day != null) {
                List<TaskDetails> occurrences = tasks.subTasks(c.id(), p.secretariat());
                for (int i = 0; i < occurrences.size(); i++) {
                    TaskDetails o = occurrences.get(i);
                    for (PlannedTask.PlannedReport r : DemoTasks.quarterlyReports(day, i + 1, o.dueDate())) {
                        progress(reporter, o.id(), r, visibility);
                    }
                }
            }
            for (String direction : t.directions()) {
                act(p.leader(), () -> tasks.addDirection(c.id(), direction, p.leader()));
            }
        }
    }

    private void progress(Actor reporter, TaskId task, PlannedTask.PlannedReport r, Visibility visibility) {
        act(reporter, () -> tasks.reportProgress(task, new ProgressForm(r.reportedOn(), r.percent(), r.text(),
                r.completed(), visibility.name()), reporter));
    }

    private static <T> T act(Actor actor, Supplier<T> step) {
        return Acting.as(actor.username(), step);
    }
}
