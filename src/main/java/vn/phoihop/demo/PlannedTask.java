package vn.phoihop.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.phoihop.tasks.Priority;
import vn.phoihop.tasks.Recurrence;

/**
 * A task to load, with the reports, deadline change and cancellation that give it its status on the load day.
 * A cancellation and a deadline change take effect on the load day, as the Tasks facade records them.
 */
record PlannedTask(Theme theme, String title, String description, Body lead, List<Body> cooperating, Body advising,
                   String output, Priority priority, LocalDate dueDate, Recurrence recurrence,
                   List<PlannedReport> reports, boolean publicProgress, DeadlineMove move, String cancelReason,
                   List<String> directions, List<PlannedTask> subTasks) {

    record PlannedReport(LocalDate reportedOn, int percent, String text, boolean completed) {
    }

    record DeadlineMove(LocalDate dueDate, String reason) {
    }

    static Builder task(LoadDay day, Theme theme, String title) {
        return new Builder(day, theme, title);
    }

    /** Valid defaults; the outcome methods say in words which status the task shows on the load day. */
    static final class Builder {

        private static final String UNDER_WAY = "Đã ban hành kế hoạch triển khai, phân công cán bộ theo dõi; "
                + "đang phối hợp thực hiện các nội dung.";

        private final LoadDay day;
        private final Theme theme;
        private final String title;
        private String description;
        private Body lead;
        private List<Body> cooperating = List.of();
        private Body advising;
        private String output;
        private Priority priority = Priority.NORMAL;
        private LocalDate dueDate;
        private Recurrence recurrence;
        private boolean publicReports;
        private final List<PlannedReport> reports = new ArrayList<>();
        private DeadlineMove move;
        private String cancelReason;
        private final List<String> directions = new ArrayList<>();
        private final List<PlannedTask> subTasks = new ArrayList<>();

        private Builder(LoadDay day, Theme theme, String title) {
            this.day = day;
            this.theme = theme;
            this.title = title;
        }

        Builder lead(Body body) {
            this.lead = body;
            return this;
        }

        Builder with(Body... bodies) {
            this.cooperating = List.of(bodies);
            return this;
        }

        Builder advisedBy(Body body) {
            this.advising = body;
            return this;
        }

        Builder output(String text) {
            this.output = text;
            return this;
        }

        Builder description(String text) {
            this.description = text;
            return this;
        }

        Builder high() {
            this.priority = Priority.HIGH;
            return this;
        }

        /** Its progress reports are shown on the public accountability page. */
        Builder inPublic() {
            this.publicReports = true;
            return this;
        }

        Builder quarterly() {
            this.recurrence = Recurrence.QUARTERLY;
            return this;
        }

        Builder direction(String text) {
            directions.add(text);
            return this;
        }

        Builder subTask(Builder sub) {
            subTasks.add(sub.build());
            return this;
        }

        Builder due(LocalDate date) {
            this.dueDate = date;
            return this;
        }

        Builder report(LocalDate on, int percent, String text) {
            reports.add(new PlannedReport(on, percent, text, false));
            return this;
        }

        Builder complete(LocalDate on, String text) {
            reports.add(new PlannedReport(on, 100, text, true));
            return this;
        }

        // --- outcomes on the load day

        Builder notStarted(int daysAhead) {
            return due(day.ahead(daysAhead));
        }

        Builder inProgress(int daysAhead, int reportedDaysAgo, int percent, String text) {
            return due(day.ahead(daysAhead)).report(day.recent(reportedDaysAgo), percent, text);
        }

        /** Thường xuyên: no due date, so never overdue. */
        Builder ongoing(int reportedDaysAgo, int percent, String text) {
            return report(day.recent(reportedDaysAgo), percent, text);
        }

        Builder doneOnTime(int daysAgo, int daysEarly, String text) {
            LocalDate due = day.ago(daysAgo);
            LocalDate done = day.before(due, daysEarly);
            return due(due).report(day.before(done, 20), 50, UNDER_WAY).complete(done, text);
        }

        Builder doneEarly(int daysAhead, int reportedDaysAgo, String text) {
            return due(day.ahead(daysAhead)).complete(day.recent(reportedDaysAgo), text);
        }

        Builder doneLate(int daysAgo, int daysLate, String text) {
            LocalDate due = day.ago(daysAgo);
            return due(due).report(day.before(due, 10), 70, UNDER_WAY).complete(day.after(due, daysLate), text);
        }

        /** Past its due date and not completed; with a partial report before the due date when percent > 0. */
        Builder overdue(int daysAgo, int percent, String text) {
            LocalDate due = day.ago(daysAgo);
            due(due);
            return percent > 0 ? report(day.before(due, 15), percent, text) : this;
        }

        Builder cancelled(LocalDate due, String reason) {
            this.cancelReason = reason;
            return due(due);
        }

        /** Was due some days ago; the secretariat moves the deadline with a reason, and work goes on. */
        Builder deadlineMoved(int oldDaysAgo, int newDaysAhead, String reason, int reportedDaysAgo, int percent,
                              String text) {
            LocalDate old = day.ago(oldDaysAgo);
            this.move = new DeadlineMove(day.ahead(newDaysAhead), reason);
            return due(old).report(day.recent(reportedDaysAgo), percent, text);
        }

        PlannedTask build() {
            return new PlannedTask(theme, title, description, lead, cooperating, advising, output, priority, dueDate,
                    recurrence, List.copyOf(reports), publicReports, move, cancelReason, List.copyOf(directions),
                    List.copyOf(subTasks));
        }
    }
}
