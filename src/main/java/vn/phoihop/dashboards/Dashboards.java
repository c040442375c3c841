package vn.phoihop.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.calendar.Calendar;
import vn.phoihop.inforequests.InfoRequestStatus;
import vn.phoihop.inforequests.InfoRequests;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.periodicreports.PeriodicReportStatus;
import vn.phoihop.periodicreports.PeriodicReports;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ProgramStatus;
import vn.phoihop.programs.Programs;
import vn.phoihop.reviews.ReviewFigures;
import vn.phoihop.reviews.Reviews;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Direction;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.Tasks;

/**
 * The dashboards. Every figure comes from the tasks as {@link Tasks#asOfCreatedBy} evaluates them for today (the task
 * status rule) counted by {@link ReviewFigures}, exactly as a review for a period ending today counts them; only
 * programs the actor may see are read.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    /** A program's review counts as due on the leader dashboard this many days ahead of its due date. */
    static final int REVIEW_SOON_DAYS = 30;
    static final int RECENT_DIRECTIONS = 10;

    private final Programs programs;
    private final Tasks tasks;
    private final Reviews reviews;
    private final Organizations organizations;
    private final PeriodicReports periodicReports;
    private final InfoRequests infoRequests;
    private final Calendar calendar;
    private final DashboardsProperties properties;
    private final Clock clock;

    Dashboards(Programs programs, Tasks tasks, Reviews reviews, Organizations organizations,
               PeriodicReports periodicReports, InfoRequests infoRequests, Calendar calendar,
               DashboardsProperties properties, Clock clock) {
        this.programs = programs;
        this.tasks = tasks;
        this.reviews = reviews;
        this.organizations = organizations;
        this.periodicReports = periodicReports;
        this.infoRequests = infoRequests;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The leader dashboard of a year (default: this year) over the programs the actor may see. */
    public LeaderDashboard leader(Integer year, Actor actor) {
        LocalDate today = today();
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw InvalidInput.of("year", "dashboards.year.range");
        }
        List<ProgramDetails> shown = programs.list(y, null, actor);
        List<ProgramId> ids = shown.stream().map(ProgramDetails::id).toList();
        List<TaskDetails> all = tasks.asOfCreatedBy(ids, today);

        Map<ProgramId, ReviewFigures> each = ReviewFigures.ofEachProgram(all);
        ReviewFigures total = ReviewFigures.of(all);
        ReviewFigures none = ReviewFigures.of(List.of());
        List<LeaderDashboard.ProgramRow> rows = new ArrayList<>();
        List<LeaderDashboard.ReviewDue> due = new ArrayList<>();
        Map<ProgramId, LocalDate> nextReviews = reviews.nextReviewDue(shown.stream()
                .filter(p -> p.status() == ProgramStatus.IN_FORCE).toList());
        for (ProgramDetails p : shown) {
            LocalDate next = nextReviews.get(p.id());
            boolean overdue = next != null && today.isAfter(next);
            rows.add(new LeaderDashboard.ProgramRow(p.id(), p.title(), p.code(), p.status(), p.keeperName(),
                    StatusCounts.of(each.getOrDefault(p.id(), none)), next, overdue));
            if (next != null && !next.isAfter(today.plusDays(REVIEW_SOON_DAYS))) {
                due.add(new LeaderDashboard.ReviewDue(p.id(), p.title(), next, overdue));
            }
        }
        due.sort(Comparator.comparing(LeaderDashboard.ReviewDue::nextReviewDue));
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(total.byOrganization().stream()
                .filter(o -> o.overdue() > 0).map(o -> new OrganizationId(o.organizationId())).toList());
        List<LeaderDashboard.BodyOverdue> overdueByBody = total.byOrganization().stream()
                .filter(o -> o.overdue() > 0)
                .map(o -> new LeaderDashboard.BodyOverdue(new OrganizationId(o.organizationId()),
                        label(bodies.get(new OrganizationId(o.organizationId()))), o.overdue()))
                .sorted(Comparator.comparingInt(LeaderDashboard.BodyOverdue::overdue).reversed()
                        .thenComparing(LeaderDashboard.BodyOverdue::name))
                .toList();
        List<LeaderDashboard.MonthCompletions> months = ReviewFigures.completedByMonth(all, y).stream()
                .map(m -> new LeaderDashboard.MonthCompletions(m.month(), m.doneOnTime(), m.doneLate())).toList();
        return new LeaderDashboard(y, today, shown.size(), StatusCounts.of(total), rows, overdueByBody, months, due);
    }

    /** A program's dashboard; 404 when the actor may not see the program. */
    public ProgramDashboard program(ProgramId id, Actor actor) {
        ProgramDetails p = programs.get(id, actor);
        LocalDate today = today();
        ReviewFigures f = ReviewFigures.of(tasks.asOfCreatedBy(List.of(id), today));
        Map<Long, String> themes = new HashMap<>();
        p.themes().forEach(t -> themes.put(t.id().value(), t.title()));
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(f.byOrganization().stream()
                .map(o -> new OrganizationId(o.organizationId())).toList());
        List<ProgramDashboard.Group> byTheme = f.byTheme().stream()
                .map(t -> new ProgramDashboard.Group(t.themeId(), t.themeId() == null ? null : themes.get(t.themeId()),
                        t.tasksTotal(), t.doneOnTime(), t.doneLate(), t.overdue(), t.inProgress(), t.notStarted(),
                        t.cancelled()))
                .toList();
        List<ProgramDashboard.Group> byBody = f.byOrganization().stream()
                .map(o -> new ProgramDashboard.Group(o.organizationId(),
                        label(bodies.get(new OrganizationId(o.organizationId()))), o.tasksTotal(), o.doneOnTime(),
                        o.doneLate(), o.overdue(), o.inProgress(), o.notStarted(), o.cancelled()))
                .sorted(Comparator.comparing(ProgramDashboard.Group::name, Comparator.nullsLast(String::compareTo)))
                .toList();
        return new ProgramDashboard(p.id(), p.title(), today, StatusCounts.of(f), byTheme, byBody);
    }

    /** The dashboard of the actor's body; empty lists for a user without a body. */
    public BodyDashboard body(Actor actor) {
        LocalDate today = today();
        int n = properties.dueSoonWorkingDays();
        LocalDate until = calendar.addWorkingDays(today, n);
        OrganizationId body = actor.organizationId();
        if (body == null) {
            return new BodyDashboard(null, null, today, n, until, List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }
        String bodyName = organizations.find(body).map(Dashboards::label).orElse(null);
        List<ProgramDetails> inForce = programs.list(null, ProgramStatus.IN_FORCE, actor);
        Map<ProgramId, ProgramDetails> byId = new HashMap<>();
        inForce.forEach(p -> byId.put(p.id(), p));
        List<TaskDetails> mine = tasks.asOfCreatedBy(byId.keySet(), today).stream()
                .filter(ReviewFigures::counted).filter(t -> t.involves(body)).toList();
        Comparator<TaskDetails> byDue = Comparator.comparing(TaskDetails::dueDate,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(t -> t.id().value());
        List<BodyDashboard.TaskRow> dueSoon = mine.stream()
                .filter(t -> (t.status() == TaskStatus.NOT_STARTED || t.status() == TaskStatus.IN_PROGRESS)
                        && t.dueDate() != null && !t.dueDate().isBefore(today) && !t.dueDate().isAfter(until))
                .sorted(byDue).map(t -> row(t, body, byId)).toList();
        List<BodyDashboard.TaskRow> overdue = mine.stream().filter(t -> t.status() == TaskStatus.OVERDUE)
                .sorted(byDue).map(t -> row(t, body, byId)).toList();

        List<BodyDashboard.ReportDue> reports = new ArrayList<>();
        for (ProgramDetails p : inForce) {
            if (p.parties().stream().noneMatch(x -> x.organizationId().equals(body))) {
                continue;
            }
            periodicReports.slots(p.id(), null, actor).stream()
                    .filter(s -> s.organizationId().equals(body))
                    .filter(s -> s.status() == PeriodicReportStatus.MISSING
                            || s.status() == PeriodicReportStatus.NOT_DUE && !s.periodStart().isAfter(today))
                    .forEach(s -> reports.add(new BodyDashboard.ReportDue(p.id(), p.title(), s.periodStart(),
                            s.periodEnd(), s.dueDate(), s.status().name())));
        }
        reports.sort(Comparator.comparing(BodyDashboard.ReportDue::dueDate));

        List<BodyDashboard.RequestDue> requests = infoRequests.list(body,
                        EnumSet.of(InfoRequestStatus.OPEN, InfoRequestStatus.OVERDUE), null, actor).stream()
                .filter(r -> body.equals(r.toOrganizationId()))
                .sorted(Comparator.comparing(r -> r.dueDate()))
                .map(r -> new BodyDashboard.RequestDue(r.id().value(), r.programId(), r.subject(),
                        r.fromOrganizationName(), r.dueDate(), r.status().name()))
                .toList();

        List<BodyDashboard.DirectionRow> directions = new ArrayList<>();
        for (ProgramDetails p : inForce) {
            for (Direction d : programs.directions(p.id(), actor)) {
                directions.add(new BodyDashboard.DirectionRow(p.id(), p.title(), null, null, d.author(), d.text(),
                        d.createdAt()));
            }
        }
        Map<TaskId, TaskDetails> mineById = new HashMap<>();
        mine.forEach(t -> mineById.put(t.id(), t));
        tasks.directionsOf(mineById.keySet()).forEach((taskId, list) -> {
            TaskDetails t = mineById.get(taskId);
            ProgramDetails p = byId.get(t.programId());
            list.forEach(d -> directions.add(new BodyDashboard.DirectionRow(p.id(), p.title(), taskId, t.title(),
                    d.author(), d.text(), d.createdAt())));
        });
        directions.sort(Comparator.comparing(BodyDashboard.DirectionRow::createdAt).reversed());
        return new BodyDashboard(body, bodyName, today, n, until, dueSoon, overdue, reports, requests,
                directions.stream().limit(RECENT_DIRECTIONS).toList());
    }

    private static BodyDashboard.TaskRow row(TaskDetails t, OrganizationId body, Map<ProgramId, ProgramDetails> programs) {
        String role = body.equals(t.leadOrganizationId()) ? "LEAD"
                : t.cooperatingOrganizationIds().contains(body) ? "COOPERATING" : "ADVISING";
        return new BodyDashboard.TaskRow(t.id(), t.programId(), programs.get(t.programId()).title(), t.title(), role,
                t.dueDate(), t.status(), t.percent());
    }

    private static String label(OrganizationSummary o) {
        return o == null ? null : o.label();
    }
}
