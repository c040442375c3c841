package vn.phoihop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.phoihop.tasks.Recurrence;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.TaskStatusRule;

/** The demo plans give every status on whichever day they are loaded, with no report dated in the future. */
class DemoTasksTest {

    @Test
    void showsEveryStatusOnEveryLoadDayOfTheYear() {
        for (int year : List.of(2026, 2027, 2028)) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertThat(statusesOn(new LoadDay(d))).as("loaded on %s", d)
                        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(TaskStatus.class));
            }
        }
    }

    @Test
    void neverDatesAReportAfterTheLoadDayAndCompletesOnlyAtOneHundredPercent() {
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
            LoadDay day = new LoadDay(d);
            for (PlannedTask t : flatten(DemoTasks.thisYear(day))) {
                for (PlannedTask.PlannedReport r : reportsOf(day, t)) {
                    assertThat(r.reportedOn()).as(t.title()).isBeforeOrEqualTo(d);
                    assertThat(!r.completed() || r.percent() == 100).as(t.title()).isTrue();
                }
            }
        }
    }

    @Test
    void keepsDueDatesInsideTheLoadYearExceptPastOnesOnTheFirstOfJanuary() {
        for (LocalDate d = LocalDate.of(2027, 1, 2); d.getYear() == 2027; d = d.plusDays(1)) {
            LoadDay day = new LoadDay(d);
            for (PlannedTask t : flatten(DemoTasks.thisYear(day))) {
                if (t.dueDate() != null) {
                    assertThat(t.dueDate().getYear()).as("%s loaded on %s", t.title(), d).isEqualTo(2027);
                }
            }
        }
    }

    @Test
    void hasAboutFortyTasksOverTheEightThemesWithOneQuarterlyTaskAndSubTasks() {
        List<PlannedTask> plans = DemoTasks.thisYear(new LoadDay(LocalDate.of(2027, 6, 1)));
        assertThat(flatten(plans)).hasSizeBetween(38, 48);
        assertThat(plans.stream().map(PlannedTask::theme).distinct()).hasSize(Theme.values().length);
        assertThat(plans.stream().filter(t -> t.recurrence() == Recurrence.QUARTERLY)).hasSize(1);
        assertThat(plans.stream().filter(t -> !t.subTasks().isEmpty())).isNotEmpty();
        assertThat(plans.stream().filter(t -> !t.directions().isEmpty())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(plans.stream().filter(PlannedTask::publicProgress)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void finishesLastYearsTasksMostlyOnTimeAndSomeLate() {
        LocalDate signedOn = LocalDate.of(2025, 1, 20);
        List<TaskStatus> statuses = DemoTasks.lastYear(2025, signedOn).stream()
                .map(t -> TaskStatusRule.evaluate(facts(t, null), LocalDate.of(2026, 1, 5)).status()).toList();
        assertThat(statuses).hasSize(10).allMatch(TaskStatus::isDone);
        assertThat(statuses.stream().filter(s -> s == TaskStatus.DONE_LATE)).hasSize(2);
    }

    @Test
    void letsTheTwoOldBoardsLeadLastYearsTasksWhenSignedBeforeTheMerger() {
        assertThat(DemoTasks.lastYear(2025, LocalDate.of(2025, 1, 20)).stream().map(PlannedTask::lead))
                .contains(Body.BTG, Body.BDV).doesNotContain(Body.BTGDV);
        assertThat(DemoTasks.lastYear(2026, LocalDate.of(2026, 1, 20)).stream().map(PlannedTask::lead))
                .contains(Body.BTGDV).doesNotContain(Body.BTG, Body.BDV);
    }

    private static Set<TaskStatus> statusesOn(LoadDay day) {
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        for (PlannedTask t : flatten(DemoTasks.thisYear(day))) {
            if (t.recurrence() != null) {
                List<Recurrence.Occurrence> occurrences = t.recurrence().occurrences(day.yearStart(), day.yearEnd());
                for (Recurrence.Occurrence o : occurrences) {
                    var reports = DemoTasks.quarterlyReports(day, o.index(), o.dueDate()).stream()
                            .map(r -> new TaskStatusRule.Report(r.reportedOn(), 0, r.percent(), r.completed())).toList();
                    statuses.add(TaskStatusRule.evaluate(new TaskStatusRule.Facts(o.dueDate(), List.of(), null,
                            reports), day.today()).status());
                }
            } else {
                statuses.add(TaskStatusRule.evaluate(facts(t, day), day.today()).status());
            }
        }
        return statuses;
    }

    /** What the Tasks facade records: cancellation and deadline change take effect on the load day. */
    private static TaskStatusRule.Facts facts(PlannedTask t, LoadDay day) {
        List<TaskStatusRule.Report> reports = new ArrayList<>();
        for (int i = 0; i < t.reports().size(); i++) {
            PlannedTask.PlannedReport r = t.reports().get(i);
            reports.add(new TaskStatusRule.Report(r.reportedOn(), i, r.percent(), r.completed()));
        }
        List<TaskStatusRule.DeadlineStep> moves = t.move() == null ? List.of()
                : List.of(new TaskStatusRule.DeadlineStep(day.today(), 1, t.move().dueDate()));
        return new TaskStatusRule.Facts(t.dueDate(), moves, t.cancelReason() == null ? null : day.today(), reports);
    }

    private static List<PlannedTask.PlannedReport> reportsOf(LoadDay day, PlannedTask t) {
        if (t.recurrence() == null) {
            return t.reports();
        }
        return t.recurrence().occurrences(day.yearStart(), day.yearEnd()).stream()
                .flatMap(o -> DemoTasks.quarterlyReports(day, o.index(), o.dueDate()).stream()).toList();
    }

    private static List<PlannedTask> flatten(List<PlannedTask> plans) {
        List<PlannedTask> all = new ArrayList<>();
        for (PlannedTask t : plans) {
            all.add(t);
            all.addAll(flatten(t.subTasks()));
        }
        return all;
    }
}
