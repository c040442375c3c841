package vn.phoihop.publicpages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ProgramStatus;
import vn.phoihop.programs.Programs;
import vn.phoihop.reviews.PublishedReview;
import vn.phoihop.reviews.Reviews;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.ThemeId;
import vn.phoihop.tasks.PublicReport;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.Tasks;

/**
 * Builds the public view of a program. A program is public when it is marked {@code isPublic} and is IN_FORCE or
 * CLOSED; any other program, and an id that does not exist, is the same {@code NotFound} (the same 404 page), so the
 * page tells nothing about programs it does not show.
 * <p>
 * What is left out on purpose: progress texts not marked PUBLIC, report authors, attachments, directions, anything
 * about people (signatories included), and every review section but the whitelisted ones — a cases section never
 * reaches the public page.
 */
@Service
class PublicPrograms {

    /** Review sections the public may see; everything else (cases above all) stays internal. */
    static final Set<String> PUBLIC_SECTIONS = Set.of("periodicReports", "infoRequests");
    private static final Set<ProgramStatus> SHOWN = Set.of(ProgramStatus.IN_FORCE, ProgramStatus.CLOSED);

    private final Programs programs;
    private final Tasks tasks;
    private final Reviews reviews;
    private final Organizations organizations;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicPrograms(Programs programs, Tasks tasks, Reviews reviews, Organizations organizations, Clock clock) {
        this.programs = programs;
        this.tasks = tasks;
        this.reviews = reviews;
        this.organizations = organizations;
        this.clock = clock;
    }

    PublicProgram get(long id) {
        ProgramDetails p;
        try {
            p = programs.describe(new ProgramId(id));
        } catch (NotFound e) {
            throw new NotFound("program", id);
        }
        if (!p.isPublic() || !SHOWN.contains(p.status())) {
            throw new NotFound("program", id);
        }
        LocalDate today = LocalDate.now(clock);
        List<TaskDetails> all = tasks.asOf(p.id(), today);
        Map<Long, List<PublicReport>> reportsByTask = new HashMap<>();
        for (PublicReport r : tasks.publicReports(p.id())) {
            reportsByTask.computeIfAbsent(r.taskId().value(), k -> new ArrayList<>()).add(r);
        }
        Set<OrganizationId> leads = new LinkedHashSet<>();
        all.forEach(t -> leads.add(t.leadOrganizationId()));
        Map<OrganizationId, OrganizationSummary> bodies = leads.isEmpty() ? Map.of() : organizations.byIds(leads);
        Map<ThemeId, String> themeTitles = new LinkedHashMap<>();
        p.themes().forEach(t -> themeTitles.put(t.id(), t.title()));
        Map<ThemeId, List<PublicProgram.TaskView>> byTheme = new LinkedHashMap<>();
        themeTitles.keySet().forEach(t -> byTheme.put(t, new ArrayList<>()));
        List<PublicProgram.TaskView> unthemed = new ArrayList<>();
        for (TaskDetails t : all) {
            List<PublicReport> reports = reportsByTask.getOrDefault(t.id().value(), List.of()).stream()
                    .filter(r -> !r.reportedOn().isAfter(today)).toList();
            LocalDate last = reports.stream().map(PublicReport::reportedOn).max(LocalDate::compareTo).orElse(null);
            List<PublicProgram.ReportView> texts = reports.stream().filter(r -> r.text() != null)
                    .map(r -> new PublicProgram.ReportView(r.id(), r.reportedOn(), r.percent(), r.text(), r.createdAt()))
                    .toList();
            OrganizationSummary lead = bodies.get(t.leadOrganizationId());
            PublicProgram.TaskView view = new PublicProgram.TaskView(t.id().value(), t.title(),
                    lead == null ? null : lead.name(), t.occurrenceLabel(), t.dueDate(), t.status(), t.percent(), last,
                    texts);
            if (t.themeId() != null && byTheme.containsKey(t.themeId())) {
                byTheme.get(t.themeId()).add(view);
            } else {
                unthemed.add(view);
            }
        }
        List<PublicProgram.ThemeView> themes = new ArrayList<>();
        byTheme.forEach((id2, list) -> themes.add(new PublicProgram.ThemeView(themeTitles.get(id2), list)));
        if (!unthemed.isEmpty()) {
            themes.add(new PublicProgram.ThemeView(null, unthemed));
        }
        List<PublicProgram.ReviewView> published = new ArrayList<>();
        for (PublishedReview r : reviews.published(p.id())) {
            Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
            r.figures().sections().forEach((name, figures) -> {
                if (PUBLIC_SECTIONS.contains(name)) {
                    Map<String, Object> numbers = new LinkedHashMap<>();
                    figures.forEach((k, v) -> {
                        if (v instanceof Number) {
                            numbers.put(k, v);
                        }
                    });
                    sections.put(name, numbers);
                }
            });
            var f = r.figures();
            published.add(new PublicProgram.ReviewView(r.id().value(), r.kind(), r.periodStart(), r.periodEnd(),
                    r.approvedOn(), f.tasksTotal(), f.doneOnTime(), f.doneLate(), f.overdue(), f.inProgress(),
                    f.notStarted(), f.cancelled(), f.onTimeRate(), sections));
        }
        return new PublicProgram(p.id().value(), p.title(), p.code(), p.year(), p.periodStart(), p.periodEnd(),
                p.status(), p.signedOn(), p.closedOn(), p.keeperName(),
                p.parties().stream().map(ProgramDetails.PartyDetails::organizationName).toList(), themes, published,
                today);
    }

    /** A strong validator from everything shown (and the language it is shown in): equal data, equal ETag. */
    String etag(PublicProgram program, String variant) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(variant.getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(program));
            return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest moment of the data shown: a public report's recording, a review's approval, signing or closing. */
    Instant lastModified(PublicProgram program) {
        Instant latest = program.signedOn() == null ? Instant.EPOCH
                : program.signedOn().atStartOfDay(clock.getZone()).toInstant();
        for (PublicProgram.ThemeView theme : program.themes()) {
            for (PublicProgram.TaskView t : theme.tasks()) {
                for (PublicProgram.ReportView r : t.reports()) {
                    if (r.createdAt() != null && r.createdAt().isAfter(latest)) {
                        latest = r.createdAt();
                    }
                }
            }
        }
        for (PublicProgram.ReviewView r : program.reviews()) {
            if (r.approvedOn() != null) {
                Instant at = r.approvedOn().atStartOfDay(clock.getZone()).toInstant();
                latest = at.isAfter(latest) ? at : latest;
            }
        }
        if (program.closedOn() != null) {
            Instant at = program.closedOn().atStartOfDay(clock.getZone()).toInstant();
            latest = at.isAfter(latest) ? at : latest;
        }
        return latest;
    }
}
