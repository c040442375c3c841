package vn.phoihop.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.documents.Spreadsheet.Column;
import vn.phoihop.inforequests.InfoRequestDetails;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.reviews.ReviewDetails;
import vn.phoihop.reviews.ReviewFigures;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.tasks.TaskDetails;

/** The XLSX registers: a program's tasks, a review's figures, a body's overdue register. */
@Component
class Registers {

    /** An overdue task with the program it belongs to. */
    record OverdueTask(ProgramDetails program, TaskDetails task) {
    }

    private final Organizations organizations;
    private final ReviewDocument reviewDocument;
    private final ProgramDocument programDocument;
    private final Texts texts;

    Registers(Organizations organizations, ReviewDocument reviewDocument, ProgramDocument programDocument,
              Texts texts) {
        this.organizations = organizations;
        this.reviewDocument = reviewDocument;
        this.programDocument = programDocument;
        this.texts = texts;
    }

    byte[] tasks(ProgramDetails program, List<TaskDetails> list) {
        Map<Long, String> themes = new LinkedHashMap<>();
        program.themes().forEach(t -> themes.put(t.id().value(), t.title()));
        Map<OrganizationId, OrganizationSummary> bodies = bodiesOf(list);
        Spreadsheet sheet = new Spreadsheet().sheet(texts.get("documents.sheet.tasks"), List.of(
                Column.number(texts.get("documents.column.no")),
                Column.text(texts.get("documents.column.theme"), 28),
                Column.text(texts.get("documents.column.task"), 50),
                Column.text(texts.get("documents.column.leadBody"), 24),
                Column.text(texts.get("documents.column.cooperatingBodies"), 30),
                Column.text(texts.get("documents.column.advisingBody"), 20),
                Column.text(texts.get("documents.column.output"), 28),
                Column.date(texts.get("documents.column.dueDate")),
                Column.text(texts.get("documents.column.status"), 20),
                Column.number(texts.get("documents.column.percent")),
                Column.date(texts.get("documents.column.completedOn"))));
        int i = 1;
        for (TaskDetails t : list) {
            String title = t.occurrenceLabel() == null ? t.title() : t.title() + " (" + t.occurrenceLabel() + ")";
            Object due = t.dueDate() != null ? t.dueDate() : t.recurrence() != null ? programDocument.due(t) : null;
            sheet.row(i++, t.themeId() == null ? texts.get("documents.noTheme") : themes.get(t.themeId().value()),
                    title, ProgramDocument.name(bodies, t.leadOrganizationId()),
                    String.join(", ", t.cooperatingOrganizationIds().stream()
                            .map(o -> ProgramDocument.name(bodies, o)).toList()),
                    ProgramDocument.name(bodies, t.advisingOrganizationId()), t.output(), due,
                    texts.get("tasks.status." + t.status()), t.percent(), t.completedOn());
        }
        return sheet.toBytes();
    }

    byte[] figures(ReviewDetails review, ProgramDetails program) {
        ReviewFigures f = review.figures();
        Spreadsheet sheet = new Spreadsheet().sheet(texts.get("documents.sheet.summary"), List.of(
                Column.text(texts.get("documents.column.program"), 50),
                Column.date(texts.get("documents.column.periodStart")),
                Column.date(texts.get("documents.column.periodEnd")),
                Column.number(texts.get("documents.column.total")),
                Column.number(texts.get("tasks.status.DONE_ON_TIME")),
                Column.number(texts.get("tasks.status.DONE_LATE")),
                Column.number(texts.get("tasks.status.OVERDUE")),
                Column.number(texts.get("tasks.status.IN_PROGRESS")),
                Column.number(texts.get("tasks.status.NOT_STARTED")),
                Column.number(texts.get("tasks.status.CANCELLED")),
                Column.number(texts.get("documents.column.onTimeRate") + " (%)")));
        sheet.row(program.title(), review.periodStart(), review.periodEnd(), f.tasksTotal(), f.doneOnTime(),
                f.doneLate(), f.overdue(), f.inProgress(), f.notStarted(), f.cancelled(), f.onTimeRate());

        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(f.byOrganization().stream()
                .map(c -> new OrganizationId(c.organizationId())).toList());
        sheet.sheet(texts.get("documents.sheet.byOrganization"), countColumns("documents.column.leadBody"));
        for (ReviewFigures.OrganizationCounts c : f.byOrganization()) {
            OrganizationSummary b = bodies.get(new OrganizationId(c.organizationId()));
            sheet.row(b == null ? "" : b.name(), c.tasksTotal(), c.doneOnTime(), c.doneLate(), c.overdue(),
                    c.inProgress(), c.notStarted(), c.cancelled());
        }
        Map<Long, String> themes = new LinkedHashMap<>();
        program.themes().forEach(t -> themes.put(t.id().value(), t.title()));
        sheet.sheet(texts.get("documents.sheet.byTheme"), countColumns("documents.column.theme"));
        for (ReviewFigures.ThemeCounts c : f.byTheme()) {
            sheet.row(c.themeId() == null ? texts.get("documents.noTheme") : themes.getOrDefault(c.themeId(), ""),
                    c.tasksTotal(), c.doneOnTime(), c.doneLate(), c.overdue(), c.inProgress(), c.notStarted(),
                    c.cancelled());
        }
        Map<String, List<String[]>> sections = reviewDocument.sections(f);
        if (!sections.isEmpty()) {
            sheet.sheet(texts.get("documents.sheet.sections"), List.of(
                    Column.text(texts.get("documents.column.theme"), 30),
                    Column.text(texts.get("documents.column.item"), 30),
                    Column.number(texts.get("documents.column.count"))));
            sections.forEach((key, lines) -> {
                String title = texts.orElse("documents.review.table." + key, key).replaceFirst("^[^.]*\\{0}\\.\\s*", "");
                for (String[] line : lines) {
                    sheet.row(title, line[0], number(line[1]));
                }
            });
        }
        return sheet.toBytes();
    }

    byte[] overdue(List<InfoRequestDetails> requests, List<OverdueTask> overdueTasks) {
        Spreadsheet sheet = new Spreadsheet().sheet(texts.get("documents.sheet.overdueRequests"), List.of(
                Column.number(texts.get("documents.column.no")),
                Column.text(texts.get("documents.column.subject"), 50),
                Column.text(texts.get("documents.column.from"), 28),
                Column.text(texts.get("documents.column.to"), 28),
                Column.date(texts.get("documents.column.sentOn")),
                Column.date(texts.get("documents.column.answerDue")),
                Column.date(texts.get("documents.column.answeredOn")),
                Column.text(texts.get("documents.column.status"), 22),
                Column.number(texts.get("documents.column.daysLate"))));
        int i = 1;
        for (InfoRequestDetails r : requests) {
            sheet.row(i++, r.subject(), r.fromOrganizationName(), r.toOrganizationName(), r.sentOn(), r.dueDate(),
                    r.answeredOn(), texts.get("inforequests.status." + r.status()), r.daysLate());
        }
        Map<OrganizationId, OrganizationSummary> bodies = bodiesOf(overdueTasks.stream().map(OverdueTask::task)
                .toList());
        sheet.sheet(texts.get("documents.sheet.overdueTasks"), List.of(
                Column.number(texts.get("documents.column.no")),
                Column.text(texts.get("documents.column.program"), 40),
                Column.text(texts.get("documents.column.task"), 50),
                Column.text(texts.get("documents.column.leadBody"), 24),
                Column.text(texts.get("documents.column.cooperatingBodies"), 30),
                Column.date(texts.get("documents.column.dueDate")),
                Column.number(texts.get("documents.column.percent"))));
        i = 1;
        for (OverdueTask o : overdueTasks) {
            TaskDetails t = o.task();
            String title = t.occurrenceLabel() == null ? t.title() : t.title() + " (" + t.occurrenceLabel() + ")";
            sheet.row(i++, o.program().title(), title, ProgramDocument.name(bodies, t.leadOrganizationId()),
                    String.join(", ", t.cooperatingOrganizationIds().stream()
                            .map(id -> ProgramDocument.name(bodies, id)).toList()), t.dueDate(), t.percent());
        }
        return sheet.toBytes();
    }

    private List<Column> countColumns(String firstKey) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(texts.get(firstKey), 40));
        columns.add(Column.number(texts.get("documents.column.total")));
        ReviewDocument.STATUSES.forEach(s -> columns.add(Column.number(texts.get("tasks.status." + s))));
        return columns;
    }

    private Map<OrganizationId, OrganizationSummary> bodiesOf(List<TaskDetails> list) {
        List<OrganizationId> ids = new ArrayList<>();
        for (TaskDetails t : list) {
            ids.add(t.leadOrganizationId());
            ids.addAll(t.cooperatingOrganizationIds());
            if (t.advisingOrganizationId() != null) {
                ids.add(t.advisingOrganizationId());
            }
        }
        return organizations.byIds(ids);
    }

    private static Object number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
