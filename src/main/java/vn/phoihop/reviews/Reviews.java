package vn.phoihop.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.organizations.Organizations;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.programs.ProgramAccess;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ProgramForm;
import vn.phoihop.programs.Programs;
import vn.phoihop.programs.RegulationForm;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.Text;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskForm;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.Tasks;

/**
 * Reviews of programs. Whoever may see the program sees its reviews (404 otherwise); the keeper's secretariat and
 * ADMIN create, edit and revise them; a LEADER (of a body that may see the program) or ADMIN approves. Figures are
 * stored as JSON at creation; while a draft they are recomputed whenever read; at approval they are stored again
 * and frozen with the narrative.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

    static final int MAX_TEXT = 100_000;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> PATCHABLE = Set.of("version", "results", "shortcomings", "lessons", "directions");

    private final ReviewRepository reviews;
    private final Programs programs;
    private final Tasks tasks;
    private final Organizations organizations;
    private final ObjectProvider<ReviewFigureContributor> contributors;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Reviews(ReviewRepository reviews, Programs programs, Tasks tasks, Organizations organizations,
            ObjectProvider<ReviewFigureContributor> contributors, MessageSource messages, Clock clock) {
        this.reviews = reviews;
        this.programs = programs;
        this.tasks = tasks;
        this.organizations = organizations;
        this.contributors = contributors;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public ReviewDetails create(ProgramId programId, ReviewForm form, Actor actor) {
        ProgramAccess access = programs.access(programId, actor);
        if (!access.canEdit()) {
            throw new Forbidden("reviews.edit.forbidden");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ReviewKind kind = null;
        if (form.kind() == null || form.kind().isBlank()) {
            errors.add("kind", "validation.required");
        } else {
            try {
                kind = ReviewKind.valueOf(form.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add("kind", "validation.oneOf", "SIX_MONTH, YEAR_END");
            }
        }
        LocalDate start = form.periodStart();
        LocalDate end = form.periodEnd();
        if (kind == ReviewKind.YEAR_END) {
            start = start == null ? access.periodStart() : start;
            end = end == null ? access.periodEnd() : end;
        }
        if (kind != null && start == null) {
            errors.add("periodStart", "validation.required");
        }
        if (kind != null && end == null) {
            errors.add("periodEnd", "validation.required");
        }
        LocalDate today = LocalDate.now(clock);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add("periodEnd", "validation.endBeforeStart");
            } else if (kind == ReviewKind.SIX_MONTH && end.isAfter(start.plusMonths(6).minusDays(1))) {
                errors.add("periodEnd", "reviews.periodEnd.sixMonths");
            }
        }
        if (end != null && end.isAfter(today)) {
            errors.add("periodEnd", "reviews.periodEnd.future");
        }
        errors.throwIfAny();
        List<TaskDetails> covered = tasks.asOfCreatedBy(programId, end);
        ReviewFigures figures = figures(programId, start, end, covered);
        Review review = new Review(programId.value(), kind, start, end, 1, null, write(figures), actor.fullName(),
                clock.instant());
        Narrative prefill = prefill(figures, covered);
        review.write(prefill.results, prefill.shortcomings, null, prefill.directions, clock.instant());
        return details(reviews.saveAndFlush(review), figures);
    }

    public ReviewList list(ProgramId programId, Actor actor) {
        programs.access(programId, actor);
        List<ReviewSummary> items = reviews.findByProgramIdOrderByPeriodEndDescIdDesc(programId.value()).stream()
                .map(Reviews::summary).toList();
        LocalDate due = nextReviewDue(programId);
        return new ReviewList(items, items.size(), due, LocalDate.now(clock).isAfter(due));
    }

    /**
     * The approved reviews of a program with their frozen figures, newest period first (for a period revised and
     * approved again, its latest approved version only), for the public accountability page: no narrative and no
     * names. No scope check: the caller decides whether the program is public.
     */
    public List<PublishedReview> published(ProgramId programId) {
        Map<String, Review> latest = new LinkedHashMap<>();
        for (Review r : reviews.findByProgramIdOrderByPeriodEndDescIdDesc(programId.value())) {
            if (r.status() != ReviewStatus.APPROVED) {
                continue;
            }
            latest.merge(r.kind() + "/" + r.periodStart() + "/" + r.periodEnd(), r,
                    (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        return latest.values().stream().map(r -> new PublishedReview(new ReviewId(r.id()), r.kind(), r.periodStart(),
                r.periodEnd(), r.approvedOn(), read(r.figuresJson()))).toList();
    }

    public ReviewDetails get(ReviewId id, Actor actor) {
        return details(visible(id, actor));
    }

    @Transactional
    public ReviewDetails update(ReviewId id, Long version, Map<String, Object> fields, Actor actor) {
        Review review = editable(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (String key : fields.keySet()) {
            if (!PATCHABLE.contains(key)) {
                errors.add(key, "validation.notPatchable");
            }
        }
        if (version == null) {
            errors.add("version", "validation.required");
        }
        String[] texts = {review.results(), review.shortcomings(), review.lessons(), review.directions()};
        String[] names = {"results", "shortcomings", "lessons", "directions"};
        for (int i = 0; i < names.length; i++) {
            if (fields.containsKey(names[i])) {
                Object raw = fields.get(names[i]);
                texts[i] = raw == null ? null : Text.clean(String.valueOf(raw));
                if (texts[i] != null && texts[i].length() > MAX_TEXT) {
                    errors.add(names[i], "validation.tooLong", MAX_TEXT);
                }
            }
        }
        errors.throwIfAny();
        if (review.status() == ReviewStatus.APPROVED) {
            throw new Conflict("reviews.approved");
        }
        if (review.version() != version) {
            throw new Conflict("problem.stale");
        }
        review.write(texts[0], texts[1], texts[2], texts[3], clock.instant());
        return details(reviews.saveAndFlush(review));
    }

    @Transactional
    public ReviewDetails approve(ReviewId id, Actor actor) {
        Review review = visible(id, actor);
        if (!canApprove(actor)) {
            throw new Forbidden("reviews.approve.forbidden");
        }
        if (review.status() == ReviewStatus.APPROVED) {
            throw new Conflict("reviews.approved");
        }
        ProgramId program = new ProgramId(review.programId());
        ReviewFigures figures = figures(program, review.periodStart(), review.periodEnd(),
                tasks.asOfCreatedBy(program, review.periodEnd()));
        review.approve(write(figures), LocalDate.now(clock), actor.fullName(), clock.instant());
        return details(reviews.saveAndFlush(review));
    }

    /** A new draft of an approved review: the narrative copied, the figures fresh, the old version kept. */
    @Transactional
    public ReviewDetails revise(ReviewId id, Actor actor) {
        Review old = editable(id, actor);
        if (old.status() != ReviewStatus.APPROVED) {
            throw new Conflict("reviews.revision.draft");
        }
        ProgramId program = new ProgramId(old.programId());
        int revision = chain(old).stream().mapToInt(Review::revision).max().orElse(old.revision()) + 1;
        ReviewFigures figures = figures(program, old.periodStart(), old.periodEnd(),
                tasks.asOfCreatedBy(program, old.periodEnd()));
        Review draft = new Review(old.programId(), old.kind(), old.periodStart(), old.periodEnd(), revision, old.id(),
                write(figures), actor.fullName(), clock.instant());
        draft.write(old.results(), old.shortcomings(), old.lessons(), old.directions(), clock.instant());
        return details(reviews.saveAndFlush(draft));
    }

    /**
     * Drafts next year's program from an approved year-end review: the same keeper, parties (a body that has a
     * successor replaced by its current successor), regulation and themes; the tasks unfinished today carried over
     * without a due date (their bodies replaced by successors too); recurring tasks and sub-tasks are not carried.
     */
    @Transactional
    public NextProgramDetails nextProgram(ReviewId id, Actor actor) {
        Review review = editable(id, actor);
        if (review.status() != ReviewStatus.APPROVED || review.kind() != ReviewKind.YEAR_END) {
            throw new Conflict("reviews.nextProgram.approvedYearEnd");
        }
        ProgramId oldId = new ProgramId(review.programId());
        ProgramDetails old = programs.get(oldId, actor);
        Map<OrganizationId, OrganizationId> successors = new LinkedHashMap<>();
        List<NextProgramDetails.Replacement> replaced = new ArrayList<>();
        List<ProgramForm.PartyForm> parties = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ProgramDetails.PartyDetails party : old.parties()) {
            OrganizationId now = successor(party.organizationId(), successors);
            if (!now.equals(party.organizationId())) {
                replaced.add(new NextProgramDetails.Replacement(party.organizationId(), now));
            }
            if (seen.add(now.value())) {
                boolean same = now.equals(party.organizationId());
                parties.add(new ProgramForm.PartyForm(now.value(),
                        same && party.signatoryPositionId() != null ? party.signatoryPositionId().value() : null));
            }
        }
        int year = old.year() + 1;
        String title = old.title().replace(String.valueOf(old.year()), String.valueOf(year));
        ProgramDetails next = programs.create(new ProgramForm(title, year,
                old.periodStart().plusYears(1), old.periodEnd().plusYears(1), null, old.keeperOrganizationId().value(),
                parties, old.isPublic(), oldId.value()), actor);
        var regulation = programs.regulation(oldId, actor);
        if (!regulation.isDefault()) {
            programs.updateRegulation(next.id(), new RegulationForm(
                    regulation.reportCadence().name(), regulation.reportDueDay(), regulation.infoRequestResponseDays(),
                    regulation.reviewIntervalMonths(), null), actor);
        }
        Map<Long, Long> themes = new LinkedHashMap<>();
        for (ProgramDetails.ThemeDetails theme : old.themes()) {
            themes.put(theme.id().value(), programs.addTheme(next.id(), theme.title(), actor).id().value());
        }
        List<NextProgramDetails.CarriedTask> carried = new ArrayList<>();
        for (TaskDetails t : tasks.asOf(oldId, LocalDate.now(clock))) {
            if (t.recurrence() != null || t.parentTaskId() != null || !TaskStatus.OPEN.contains(t.status())) {
                continue;
            }
            OrganizationId lead = successor(t.leadOrganizationId(), successors);
            List<Long> cooperating = t.cooperatingOrganizationIds().stream().map(o -> successor(o, successors))
                    .filter(o -> !o.equals(lead)).map(OrganizationId::value).distinct().toList();
            OrganizationId advising = t.advisingOrganizationId() == null ? null
                    : successor(t.advisingOrganizationId(), successors);
            TaskDetails created = tasks.create(next.id(), new TaskForm(t.title(), t.description(),
                    t.themeId() == null ? null : themes.get(t.themeId().value()), null, lead.value(), cooperating,
                    advising == null ? null : advising.value(), t.output(), null, null,
                    t.priority() == null ? null : t.priority().name(), null), actor);
            carried.add(new NextProgramDetails.CarriedTask(t.id(), created.id(), created.title()));
        }
        return new NextProgramDetails(programs.get(next.id(), actor), replaced, carried);
    }

    private OrganizationId successor(OrganizationId body, Map<OrganizationId, OrganizationId> known) {
        return known.computeIfAbsent(body, organizations::currentSuccessorOf);
    }

    /**
     * The six-month rule: the day the next review is due, the last approved review's period end (or the program's
     * signing day, or its period start) plus the regulation's review interval. No permission check.
     */
    public LocalDate nextReviewDue(ProgramId programId) {
        ProgramDetails program = programs.describe(programId);
        LocalDate base = reviews.findByProgramIdOrderByPeriodEndDescIdDesc(programId.value()).stream()
                .filter(r -> r.status() == ReviewStatus.APPROVED).map(Review::periodEnd)
                .max(Comparator.naturalOrder())
                .orElse(program.signedOn() != null ? program.signedOn() : program.periodStart());
        return base.plusMonths(programs.regulationOf(programId).reviewIntervalMonths());
    }

    /** {@link #nextReviewDue(ProgramId)} of many programs in a fixed number of queries (the program list). */
    public Map<ProgramId, LocalDate> nextReviewDue(List<ProgramDetails> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        List<ProgramId> ids = shown.stream().map(ProgramDetails::id).toList();
        Map<Long, LocalDate> lastApproved = new java.util.HashMap<>();
        reviews.findByProgramIdIn(ids.stream().map(ProgramId::value).toList()).stream()
                .filter(r -> r.status() == ReviewStatus.APPROVED)
                .forEach(r -> lastApproved.merge(r.programId(), r.periodEnd(), (a, b) -> a.isAfter(b) ? a : b));
        var regulations = programs.regulationsOf(ids);
        Map<ProgramId, LocalDate> due = new java.util.HashMap<>();
        for (ProgramDetails p : shown) {
            LocalDate base = lastApproved.getOrDefault(p.id().value(),
                    p.signedOn() != null ? p.signedOn() : p.periodStart());
            due.put(p.id(), base.plusMonths(regulations.get(p.id()).reviewIntervalMonths()));
        }
        return due;
    }

    public boolean canEdit(ProgramId program, Actor actor) {
        return programs.access(program, actor).canEdit();
    }

    public boolean canApprove(Actor actor) {
        return actor.isAdmin() || actor.has(Role.LEADER);
    }

    // --- figures and narrative ---

    private ReviewFigures figures(ProgramId program, LocalDate start, LocalDate end, List<TaskDetails> covered) {
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        contributors.orderedStream().forEach(c -> sections.put(c.section(), c.figures(program, start, end)));
        return ReviewFigures.of(covered).withSections(sections);
    }

    private record Narrative(String results, String shortcomings, String directions) {
    }

    private Narrative prefill(ReviewFigures f, List<TaskDetails> covered) {
        List<TaskDetails> counted = covered.stream().filter(ReviewFigures::counted).toList();
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(
                counted.stream().map(TaskDetails::leadOrganizationId).distinct().toList());
        String results = msg("reviews.prefill.results", f.tasksTotal(), f.doneOnTime(), f.doneLate(), f.overdue(),
                f.inProgress(), f.notStarted(), f.cancelled(), f.onTimeRate());
        List<String> shortcomings = new ArrayList<>();
        List<String> directions = new ArrayList<>();
        for (TaskDetails t : counted) {
            OrganizationSummary lead = bodies.get(t.leadOrganizationId());
            String leadName = lead == null ? "" : lead.name();
            if (t.status() == TaskStatus.OVERDUE) {
                shortcomings.add(msg("reviews.prefill.overdue", t.title(), leadName));
            } else if (t.status() == TaskStatus.DONE_LATE) {
                shortcomings.add(msg("reviews.prefill.doneLate", t.title(), leadName));
            }
            if (TaskStatus.OPEN.contains(t.status())) {
                directions.add(msg("reviews.prefill.unfinished", t.title(), leadName));
            }
        }
        String shortText = shortcomings.isEmpty() ? msg("reviews.prefill.noShortcomings")
                : msg("reviews.prefill.shortcomings") + "\n" + String.join("\n", shortcomings);
        String dirText = directions.isEmpty() ? null : msg("reviews.prefill.directions") + "\n" + String.join("\n", directions);
        return new Narrative(results, shortText, dirText);
    }

    private String msg(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return messages.getMessage(key, texts, VIETNAMESE);
    }

    private String write(ReviewFigures figures) {
        return json.writeValueAsString(figures);
    }

    private ReviewFigures read(String figuresJson) {
        return json.readValue(figuresJson, ReviewFigures.class);
    }

    // --- access and mapping ---

    private Review visible(ReviewId id, Actor actor) {
        Review review = reviews.findById(id.value()).orElseThrow(() -> new NotFound("review", id));
        try {
            programs.access(new ProgramId(review.programId()), actor);
        } catch (NotFound e) {
            throw new NotFound("review", id);
        }
        return review;
    }

    private Review editable(ReviewId id, Actor actor) {
        Review review = visible(id, actor);
        if (!programs.access(new ProgramId(review.programId()), actor).canEdit()) {
            throw new Forbidden("reviews.edit.forbidden");
        }
        return review;
    }

    /** Every version of the review: the reviews of its program linked to it through {@code revisionOf}. */
    private List<Review> chain(Review review) {
        List<Review> all = reviews.findByProgramIdOrderByPeriodEndDescIdDesc(review.programId());
        Map<Long, Review> byId = new LinkedHashMap<>();
        all.forEach(r -> byId.put(r.id(), r));
        Review root = review;
        while (root.revisionOf() != null && byId.containsKey(root.revisionOf())) {
            root = byId.get(root.revisionOf());
        }
        List<Review> result = new ArrayList<>();
        for (Review r : all) {
            Review top = r;
            while (top.revisionOf() != null && byId.containsKey(top.revisionOf())) {
                top = byId.get(top.revisionOf());
            }
            if (top.id().equals(root.id())) {
                result.add(r);
            }
        }
        result.sort(Comparator.comparingInt(Review::revision).thenComparing(Review::id));
        return result;
    }

    private ReviewDetails details(Review r) {
        ReviewFigures figures;
        if (r.status() == ReviewStatus.DRAFT) {
            ProgramId program = new ProgramId(r.programId());
            figures = figures(program, r.periodStart(), r.periodEnd(), tasks.asOfCreatedBy(program, r.periodEnd()));
        } else {
            figures = read(r.figuresJson());
        }
        return details(r, figures);
    }

    /** With figures just computed: a new review is not computed a second time to be shown. */
    private ReviewDetails details(Review r, ReviewFigures figures) {
        return new ReviewDetails(new ReviewId(r.id()), new ProgramId(r.programId()), r.kind(), r.periodStart(),
                r.periodEnd(), r.status(), r.revision(), r.revisionOf() == null ? null : new ReviewId(r.revisionOf()),
                r.results(), r.shortcomings(), r.lessons(), r.directions(), figures, r.approvedOn(), r.approvedBy(),
                r.createdBy(), r.createdAt(), r.version(), chain(r).stream().map(Reviews::summary).toList());
    }

    private static ReviewSummary summary(Review r) {
        return new ReviewSummary(new ReviewId(r.id()), new ProgramId(r.programId()), r.kind(), r.periodStart(),
                r.periodEnd(), r.status(), r.revision(), r.revisionOf() == null ? null : new ReviewId(r.revisionOf()),
                r.approvedOn(), r.approvedBy(), r.createdAt(), r.version());
    }
}
