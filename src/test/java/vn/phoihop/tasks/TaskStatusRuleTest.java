package vn.phoihop.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskStatusRuleTest {

    /**
     * due: original due date (or empty); change: "effectiveOn>newDue" (or empty); cancelled: date (or empty);
     * reports: "reportedOn:percent[:done]" separated by spaces; day: the day asked about.
     */
    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-03-31 | -                     | -          | -                                      | 2026-03-01 | NOT_STARTED  | nothing reported before the due date
            2026-03-31 | -                     | -          | 2026-02-10:30                          | 2026-03-01 | IN_PROGRESS  | a report before the due date
            2026-03-31 | -                     | -          | -                                      | 2026-03-31 | NOT_STARTED  | the due date itself is not late
            2026-03-31 | -                     | -          | -                                      | 2026-04-01 | OVERDUE      | the day after the due date without completion
            2026-03-31 | -                     | -          | 2026-02-10:30                          | 2026-04-01 | OVERDUE      | overdue outranks in progress
            2026-03-31 | -                     | -          | 2026-03-31:100:done                    | 2026-04-15 | DONE_ON_TIME | completed on the due date
            2026-03-31 | -                     | -          | 2026-04-02:100:done                    | 2026-04-15 | DONE_LATE    | completed after the due date
            2026-03-31 | -                     | -          | 2026-04-02:100:done                    | 2026-04-01 | OVERDUE      | as of a past date the later completion does not count yet
            2026-03-31 | -                     | -          | 2026-03-20:100:done                    | 2026-03-19 | NOT_STARTED  | as of a day before the only report
            -          | -                     | -          | -                                      | 2030-01-01 | NOT_STARTED  | no due date is never overdue
            -          | -                     | -          | 2029-01-01:100:done                    | 2030-01-01 | DONE_ON_TIME | no due date completes on time
            2026-03-31 | 2026-03-25>2026-04-30 | -          | -                                      | 2026-04-10 | NOT_STARTED  | an extension in force lifts overdue
            2026-03-31 | 2026-04-05>2026-04-30 | -          | -                                      | 2026-04-02 | OVERDUE      | an extension decided later is not in force on an earlier day
            2026-03-31 | 2026-03-25>2026-04-30 | -          | 2026-04-20:100:done                    | 2026-05-10 | DONE_ON_TIME | completed within the extended due date
            2026-03-31 | 2026-03-25>2026-03-10 | -          | 2026-03-20:100:done                    | 2026-05-10 | DONE_LATE    | a shortened due date makes a completion late
            2026-03-31 | -                     | 2026-03-15 | 2026-03-01:40                          | 2026-04-10 | CANCELLED    | cancelled outranks everything
            2026-03-31 | -                     | 2026-03-15 | 2026-03-01:100:done                    | 2026-04-10 | CANCELLED    | cancelled outranks done
            2026-03-31 | -                     | 2026-04-15 | -                                      | 2026-04-10 | OVERDUE      | a cancellation after the day does not count
            2026-03-31 | -                     | -          | 2026-03-01:100:done 2026-03-05:50      | 2026-04-10 | DONE_ON_TIME | the first completing report decides
            """)
    void computesStatus(String due, String change, String cancelled, String reports, String day, TaskStatus expected,
                        String description) {
        TaskStatusRule.Evaluation e = TaskStatusRule.evaluate(facts(due, change, cancelled, reports), LocalDate.parse(day));
        assertThat(e.status()).as(description).isEqualTo(expected);
    }

    @Test
    void percentIsTheLatestReportsAndCompletedOnTheFirstCompletingReport() {
        var facts = facts("2026-03-31", null, null, "2026-03-01:40 2026-03-10:100:done 2026-03-12:90");
        var e = TaskStatusRule.evaluate(facts, LocalDate.parse("2026-04-01"));
        assertThat(e.percent()).isEqualTo(90);
        assertThat(e.completedOn()).isEqualTo(LocalDate.parse("2026-03-10"));
        var earlier = TaskStatusRule.evaluate(facts, LocalDate.parse("2026-03-05"));
        assertThat(earlier.percent()).isEqualTo(40);
        assertThat(earlier.completedOn()).isNull();
    }

    @Test
    void dueDateInForceFollowsTheLatestChangeInForce() {
        var facts = facts("2026-03-31", "2026-03-01>2026-04-30", null, null);
        assertThat(TaskStatusRule.evaluate(facts, LocalDate.parse("2026-02-28")).dueDate())
                .isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(TaskStatusRule.evaluate(facts, LocalDate.parse("2026-03-01")).dueDate())
                .isEqualTo(LocalDate.parse("2026-04-30"));
    }

    @ParameterizedTest(name = "{0} + cancelled={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DONE_ON_TIME DONE_ON_TIME         | false | DONE_ON_TIME
            DONE_ON_TIME DONE_LATE            | false | DONE_LATE
            DONE_ON_TIME OVERDUE NOT_STARTED  | false | OVERDUE
            DONE_ON_TIME NOT_STARTED          | false | IN_PROGRESS
            NOT_STARTED NOT_STARTED           | false | NOT_STARTED
            DONE_ON_TIME CANCELLED            | false | DONE_ON_TIME
            DONE_ON_TIME NOT_STARTED          | true  | CANCELLED
            """)
    void aggregatesOccurrencesOfARecurringTask(String occurrences, boolean cancelled, TaskStatus expected) {
        List<TaskStatus> statuses = new ArrayList<>();
        for (String s : occurrences.split(" ")) {
            statuses.add(TaskStatus.valueOf(s));
        }
        assertThat(TaskStatusRule.aggregate(cancelled, statuses)).isEqualTo(expected);
    }

    @Test
    void quarterlyRecurrenceOverAYearGivesFourOccurrencesDueAtQuarterEnds() {
        var occ = Recurrence.QUARTERLY.occurrences(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertThat(occ).extracting(Recurrence.Occurrence::dueDate).containsExactly(LocalDate.parse("2026-03-31"),
                LocalDate.parse("2026-06-30"), LocalDate.parse("2026-09-30"), LocalDate.parse("2026-12-31"));
    }

    @Test
    void monthlyRecurrenceStartsInThePeriodAndEndsWithTheProgram() {
        var occ = Recurrence.MONTHLY.occurrences(LocalDate.parse("2026-03-15"), LocalDate.parse("2026-06-10"));
        assertThat(occ).extracting(Recurrence.Occurrence::dueDate).containsExactly(LocalDate.parse("2026-03-31"),
                LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-31"), LocalDate.parse("2026-06-10"));
    }

    private static TaskStatusRule.Facts facts(String due, String change, String cancelled, String reports) {
        List<TaskStatusRule.DeadlineStep> changes = new ArrayList<>();
        if (change != null) {
            String[] p = change.split(">");
            changes.add(new TaskStatusRule.DeadlineStep(LocalDate.parse(p[0]), 1, LocalDate.parse(p[1])));
        }
        List<TaskStatusRule.Report> rs = new ArrayList<>();
        if (reports != null) {
            long seq = 0;
            for (String r : reports.trim().split("\\s+")) {
                String[] p = r.split(":");
                rs.add(new TaskStatusRule.Report(LocalDate.parse(p[0]), ++seq, Integer.parseInt(p[1]),
                        p.length > 2 && p[2].equals("done")));
            }
        }
        return new TaskStatusRule.Facts(due == null ? null : LocalDate.parse(due), changes,
                cancelled == null ? null : LocalDate.parse(cancelled), rs);
    }
}
