package vn.phoihop.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organizations.Organizations;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.PersonDetails;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Direction;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PositionId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.ReadOnlyTransactionMemo;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.Text;
import vn.phoihop.shared.ThemeId;

/**
 * Programs: create, sign, close, themes, directions; and the one place that decides who may see and edit a
 * program (API.md "Roles and scope").
 */
@Service
@Transactional(readOnly = true)
public class Programs {

    private final ProgramRepository programs;
    private final PartyRepository parties;
    private final ThemeRepository themes;
    private final ProgramDirectionRepository directions;
    private final Organizations organizations;
    private final ProgramInvolvement involvement;
    private final Regulations regulations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Programs(ProgramRepository programs, PartyRepository parties, ThemeRepository themes,
             ProgramDirectionRepository directions, Organizations organizations,
             @Lazy ProgramInvolvement involvement, Regulations regulations, ApplicationEventPublisher events,
             Clock clock) {
        this.programs = programs;
        this.parties = parties;
        this.themes = themes;
        this.directions = directions;
        this.organizations = organizations;
        this.involvement = involvement;
        this.regulations = regulations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProgramDetails create(ProgramForm form, Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SECRETARIAT)) {
            throw new Forbidden("programs.create.forbidden");
        }
        Long keeper = form.keeperOrganizationId() != null ? form.keeperOrganizationId()
                : actor.organizationId() == null ? null : actor.organizationId().value();
        if (!actor.isAdmin() && keeper != null && !actor.belongsTo(new OrganizationId(keeper))) {
            throw new Forbidden("programs.create.otherKeeper");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = Text.clean(form.title());
        if (title == null) {
            errors.add("title", "validation.required");
        } else if (title.length() > 500) {
            errors.add("title", "validation.tooLong", 500);
        }
        if (form.year() == null) {
            errors.add("year", "validation.required");
        } else if (form.year() < 2000 || form.year() > 2100) {
            errors.add("year", "programs.year.range");
        }
        if (keeper == null) {
            errors.add("keeperOrganizationId", "validation.required");
        } else if (!organizations.exists(new OrganizationId(keeper))) {
            errors.add("keeperOrganizationId", "organizations.unknown");
        }
        int year = form.year() == null ? LocalDate.now(clock).getYear() : form.year();
        LocalDate start = form.periodStart() != null ? form.periodStart() : LocalDate.of(year, 1, 1);
        LocalDate end = form.periodEnd() != null ? form.periodEnd() : LocalDate.of(year, 12, 31);
        if (end.isBefore(start)) {
            errors.add("periodEnd", "validation.endBeforeStart");
        }
        if (form.previousProgramId() != null && !programs.existsById(form.previousProgramId())) {
            errors.add("previousProgramId", "programs.unknown");
        }
        List<ProgramForm.PartyForm> given = form.parties() == null ? List.of() : form.parties();
        if (given.isEmpty()) {
            errors.add("parties", "programs.parties.required");
        }
        Set<Long> seen = new HashSet<>();
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(given.stream()
                .filter(p -> p != null && p.organizationId() != null)
                .map(p -> new OrganizationId(p.organizationId())).toList());
        for (int i = 0; i < given.size(); i++) {
            ProgramForm.PartyForm p = given.get(i);
            String field = "parties[" + i + "]";
            if (p == null || p.organizationId() == null) {
                errors.add(field + ".organizationId", "validation.required");
                continue;
            }
            if (!bodies.containsKey(new OrganizationId(p.organizationId()))) {
                errors.add(field + ".organizationId", "organizations.unknown");
            } else if (!seen.add(p.organizationId())) {
                errors.add(field + ".organizationId", "programs.parties.duplicate");
            }
            if (p.signatoryPositionId() != null) {
                Optional<PersonDetails.PositionDetails> position =
                        organizations.position(new PositionId(p.signatoryPositionId()));
                if (position.isEmpty() || position.get().organizationId().value() != p.organizationId()) {
                    errors.add(field + ".signatoryPositionId", "programs.signatory.notInBody");
                }
            }
        }
        errors.throwIfAny();
        Program program = programs.save(new Program(title, year, start, end, Text.clean(form.code()), keeper,
                Boolean.TRUE.equals(form.isPublic()), form.previousProgramId()));
        for (int i = 0; i < given.size(); i++) {
            ProgramForm.PartyForm p = given.get(i);
            parties.save(new Party(program.id(), p.organizationId(),
                    bodies.get(new OrganizationId(p.organizationId())).name(), p.signatoryPositionId(), i));
        }
        events.publishEvent(new ProgramChanged(new ProgramId(program.id())));
        return details(program);
    }

    /** Programs the actor may see, newest year first, optionally filtered. */
    public List<ProgramDetails> list(Integer year, ProgramStatus status, Actor actor) {
        List<Program> candidates;
        if (actor.isAdmin()) {
            candidates = year == null ? programs.findAllByOrderByYearDescIdDesc() : programs.findByYearOrderByIdDesc(year);
        } else {
            // only the programs the actor may see are read (a body sees a few of a province's hundreds)
            List<Long> ids = visibleTo(actor).stream().map(ProgramId::value).toList();
            candidates = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 500) {
                candidates.addAll(programs.findAllById(ids.subList(from, Math.min(ids.size(), from + 500))));
            }
            candidates.sort(Comparator.comparingInt(Program::year).reversed()
                    .thenComparing(Program::id, Comparator.reverseOrder()));
        }
        return detailsOf(candidates.stream()
                .filter(p -> year == null || p.year() == year)
                .filter(p -> status == null || p.status() == status)
                .toList());
    }

    /**
     * The ids of every program the actor may see, by the same rule as {@link #get} (keeper, party, or a body with work
     * in it), in three indexed reads and without loading the programs; null for ADMIN (every program).
     */
    public Set<ProgramId> visibleTo(Actor actor) {
        if (actor.isAdmin()) {
            return null;
        }
        OrganizationId body = actor.organizationId();
        if (body == null) {
            return Set.of();
        }
        Set<ProgramId> ids = new HashSet<>(involvement.programsInvolving(body));
        programs.keptBy(body.value()).forEach(id -> ids.add(new ProgramId(id)));
        parties.programsOf(body.value()).forEach(id -> ids.add(new ProgramId(id)));
        return ids;
    }

    public ProgramDetails get(ProgramId id, Actor actor) {
        return details(visible(id, actor));
    }

    /** 404 when the actor may not see the program; otherwise what they may do with it. */
    public ProgramAccess access(ProgramId id, Actor actor) {
        Program p = visible(id, actor);
        return new ProgramAccess(new ProgramId(p.id()), new OrganizationId(p.keeperOrganizationId()), p.status(),
                p.year(), p.periodStart(), p.periodEnd(), canEdit(p, actor));
    }

    @Transactional
    public ProgramDetails update(ProgramId id, long version, Map<String, Object> fields, Actor actor) {
        Program p = editable(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (String key : fields.keySet()) {
            if (!Set.of("version", "title", "code", "isPublic").contains(key)) {
                errors.add(key, "validation.notPatchable");
            }
        }
        String title = fields.containsKey("title") ? Text.clean(String.valueOf(fields.get("title"))) : p.title();
        if (fields.containsKey("title") && (fields.get("title") == null || title == null)) {
            errors.add("title", "validation.required");
        }
        errors.throwIfAny();
        if (p.version() != version) {
            throw new Conflict("problem.stale");
        }
        p.retitle(title);
        if (fields.containsKey("code")) {
            p.recode(fields.get("code") == null ? null : Text.clean(String.valueOf(fields.get("code"))));
        }
        if (fields.containsKey("isPublic")) {
            p.publish(Boolean.TRUE.equals(fields.get("isPublic")));
        }
        events.publishEvent(new ProgramChanged(id));
        return details(programs.saveAndFlush(p));
    }

    @Transactional
    public ProgramDetails sign(ProgramId id, LocalDate signedOn, Actor actor) {
        Program p = editable(id, actor);
        if (signedOn == null) {
            throw InvalidInput.of("signedOn", "validation.required");
        }
        p.sign(signedOn);
        List<Party> signing = parties.findByProgramIdOrderBySortOrderAscIdAsc(p.id());
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(
                signing.stream().map(s -> new OrganizationId(s.organizationId())).toList());
        for (Party party : signing) {
            String signatoryName = null;
            String signatoryTitle = null;
            if (party.signatoryPositionId() != null) {
                var position = organizations.position(new PositionId(party.signatoryPositionId()));
                if (position.isPresent()) {
                    signatoryName = position.get().personName();
                    signatoryTitle = position.get().title();
                }
            }
            party.recordAsSigned(bodies.get(new OrganizationId(party.organizationId())).name(), signatoryName,
                    signatoryTitle);
        }
        events.publishEvent(new ProgramChanged(id));
        return details(programs.saveAndFlush(p));
    }

    @Transactional
    public ProgramDetails close(ProgramId id, Actor actor) {
        Program p = editable(id, actor);
        p.close(LocalDate.now(clock));
        events.publishEvent(new ProgramChanged(id));
        return details(programs.saveAndFlush(p));
    }

    @Transactional
    public ProgramDetails.ThemeDetails addTheme(ProgramId id, String rawTitle, Actor actor) {
        Program p = editable(id, actor);
        if (p.status() == ProgramStatus.CLOSED) {
            throw new Conflict("programs.closed");
        }
        String title = Text.clean(rawTitle);
        if (title == null) {
            throw InvalidInput.of("title", "validation.required");
        }
        if (title.length() > 500) {
            throw InvalidInput.of("title", "validation.tooLong", 500);
        }
        int order = themes.findByProgramIdOrderBySortOrderAscIdAsc(p.id()).size();
        Theme theme = themes.save(new Theme(p.id(), title, order));
        events.publishEvent(new ProgramChanged(id));
        return new ProgramDetails.ThemeDetails(new ThemeId(theme.id()), theme.title());
    }

    /** True when the theme exists and belongs to the program. */
    public boolean hasTheme(ProgramId program, ThemeId theme) {
        return themes.findById(theme.value()).map(t -> t.programId().equals(program.value())).orElse(false);
    }

    @Transactional
    public Direction addDirection(ProgramId id, String rawText, Actor actor) {
        Program p = visible(id, actor);
        if (!actor.has(Role.LEADER) && !actor.isAdmin()) {
            throw new Forbidden("directions.leadersOnly");
        }
        String text = Text.clean(rawText);
        if (text == null) {
            throw InvalidInput.of("text", "validation.required");
        }
        ProgramDirection d = directions.save(new ProgramDirection(p.id(), actor.id().value(), actor.fullName(), text,
                clock.instant()));
        events.publishEvent(new ProgramChanged(id));
        return new Direction(d.id(), d.authorName(), d.content(), d.createdAt());
    }

    public List<Direction> directions(ProgramId id, Actor actor) {
        Program p = visible(id, actor);
        return directions.findByProgramIdOrderByCreatedAtAsc(p.id()).stream()
                .map(d -> new Direction(d.id(), d.authorName(), d.content(), d.createdAt())).toList();
    }

    /** The program's regulation (the defaults while none is saved); 404 when the actor may not see the program. */
    public RegulationDetails regulation(ProgramId id, Actor actor) {
        return regulations.of(visible(id, actor));
    }

    /**
     * Sets the program's regulation: only the keeper's secretariat or an administrator (403), every field
     * required and in range (400; a review interval over six months is refused), a stale {@code version} 409.
     */
    @Transactional
    public RegulationDetails updateRegulation(ProgramId id, RegulationForm form, Actor actor) {
        Program p = visible(id, actor);
        if (!canEdit(p, actor)) {
            throw new Forbidden("regulation.edit.forbidden");
        }
        return regulations.save(p, form, actor);
    }

    /**
     * The regulation other modules compute with (due dates of reports and requests), without a permission
     * check: callers have checked the actor's access to what they compute for.
     */
    public RegulationDetails regulationOf(ProgramId id) {
        return regulations.of(programs.findById(id.value()).orElseThrow(() -> new NotFound("program", id)));
    }

    /** {@link #regulationOf} for many programs in two queries; unknown ids are left out. No permission check. */
    public Map<ProgramId, RegulationDetails> regulationsOf(Collection<ProgramId> ids) {
        return regulations.of(programs.findAllById(ids.stream().map(ProgramId::value).distinct().toList()));
    }

    /**
     * A program's details without a permission check, for figures other modules compute for the system
     * (reviews, reminders); never shown to a user who has not passed {@link #access}.
     */
    public ProgramDetails describe(ProgramId id) {
        return details(programs.findById(id.value()).orElseThrow(() -> new NotFound("program", id)));
    }

    private Program visible(ProgramId id, Actor actor) {
        Program p = programs.findById(id.value()).orElseThrow(() -> new NotFound("program", id));
        if (!canSee(p, actor)) {
            throw new NotFound("program", id);
        }
        return p;
    }

    private Program editable(ProgramId id, Actor actor) {
        Program p = visible(id, actor);
        if (!canEdit(p, actor)) {
            throw new Forbidden("programs.edit.forbidden");
        }
        return p;
    }

    private static boolean canEdit(Program p, Actor actor) {
        return actor.isAdmin() || actor.actsFor(Role.SECRETARIAT, new OrganizationId(p.keeperOrganizationId()));
    }

    private boolean canSee(Program p, Actor actor) {
        if (actor.isAdmin()) {
            return true;
        }
        OrganizationId body = actor.organizationId();
        if (body == null) {
            return false;
        }
        if (body.value() == p.keeperOrganizationId()) {
            return true;
        }
        Map<String, Boolean> known = visibilityRead();
        String key = p.id() + ":" + body.value();
        Boolean seen = known == null ? null : known.get(key);
        if (seen != null) {
            return seen;
        }
        boolean result = parties.existsByProgramIdAndOrganizationId(p.id(), body.value())
                || involvement.involves(new ProgramId(p.id()), body);
        if (known != null) {
            known.put(key, result);
        }
        return result;
    }

    private static final Object VISIBILITY_READ = new Object();

    /**
     * What {@link #canSee} found for a program and a body in this read-only transaction: a page asks it once for each
     * part it shows (a task page: the task, its sub-tasks, progress, directions, history, permissions). Null outside a
     * read-only transaction (a write may add a party or a task that changes it).
     */
    private static Map<String, Boolean> visibilityRead() {
        return ReadOnlyTransactionMemo.of(VISIBILITY_READ);
    }

    private ProgramDetails details(Program p) {
        List<Party> ps = parties.findByProgramIdOrderBySortOrderAscIdAsc(p.id());
        List<OrganizationId> ids = new ArrayList<>(ps.stream().map(x -> new OrganizationId(x.organizationId())).toList());
        ids.add(new OrganizationId(p.keeperOrganizationId()));
        return details(p, ps, themes.findByProgramIdOrderBySortOrderAscIdAsc(p.id()), organizations.byIds(ids));
    }

    /** The details of many programs in three queries (parties, themes, bodies), in the order given. */
    private List<ProgramDetails> detailsOf(List<Program> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Program::id).toList();
        Comparator<Party> partyOrder = Comparator.comparingInt(Party::sortOrder).thenComparing(Party::id);
        Map<Long, List<Party>> partiesOf = parties.findByProgramIdIn(ids).stream().sorted(partyOrder)
                .collect(Collectors.groupingBy(Party::programId));
        Comparator<Theme> themeOrder = Comparator.comparingInt(Theme::sortOrder).thenComparing(Theme::id);
        Map<Long, List<Theme>> themesOf = themes.findByProgramIdIn(ids).stream().sorted(themeOrder)
                .collect(Collectors.groupingBy(Theme::programId));
        Set<OrganizationId> bodyIds = new HashSet<>();
        list.forEach(p -> bodyIds.add(new OrganizationId(p.keeperOrganizationId())));
        partiesOf.values().forEach(ps -> ps.forEach(x -> bodyIds.add(new OrganizationId(x.organizationId()))));
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(bodyIds);
        return list.stream().map(p -> details(p, partiesOf.getOrDefault(p.id(), List.of()),
                themesOf.getOrDefault(p.id(), List.of()), bodies)).toList();
    }

    private static ProgramDetails details(Program p, List<Party> ps, List<Theme> programThemes,
                                          Map<OrganizationId, OrganizationSummary> bodies) {
        boolean frozen = p.status() != ProgramStatus.DRAFT;
        List<ProgramDetails.PartyDetails> partyDetails = ps.stream().map(x -> {
            OrganizationSummary now = bodies.get(new OrganizationId(x.organizationId()));
            String name = frozen || now == null ? x.organizationName() : now.name();
            return new ProgramDetails.PartyDetails(x.id(), new OrganizationId(x.organizationId()), name,
                    PositionId.ofNullable(x.signatoryPositionId()), x.signatoryName(), x.signatoryTitle());
        }).toList();
        List<ProgramDetails.ThemeDetails> themeDetails = programThemes.stream()
                .map(t -> new ProgramDetails.ThemeDetails(new ThemeId(t.id()), t.title())).toList();
        OrganizationSummary keeper = bodies.get(new OrganizationId(p.keeperOrganizationId()));
        return new ProgramDetails(new ProgramId(p.id()), p.title(), p.year(), p.periodStart(), p.periodEnd(), p.code(),
                new OrganizationId(p.keeperOrganizationId()), keeper == null ? null : keeper.name(), p.status(),
                p.signedOn(), p.closedOn(), p.isPublic(), ProgramId.ofNullable(p.previousProgramId()), partyDetails,
                themeDetails, p.version());
    }

    /** Names of bodies for display, used by pages of this module. */
    Map<OrganizationId, String> names(List<OrganizationId> ids) {
        return organizations.byIds(ids).values().stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::label));
    }
}
