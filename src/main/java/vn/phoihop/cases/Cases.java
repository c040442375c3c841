package vn.phoihop.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditTrail;
import vn.phoihop.calendar.Calendar;
import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.search.SearchableChanged;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.RuleViolation;
import vn.phoihop.shared.TaskId;
import vn.phoihop.shared.Text;
import vn.phoihop.tasks.Tasks;

/**
 * Cases of citizens and their handling. Who sees a case: the handling body's CASE_HANDLER and LEADER users, the
 * SUPERVISOR and LEADER users of a body supervising it (by assignment or by rule), administrators; others get 404.
 * Who handles it: the handling body's CASE_HANDLER users and administrators. A denouncer's identity is shown only to
 * the CASE_HANDLER users of the handling body, and each such view is recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Cases {

    static final int MAX_SUBJECT = 500;
    static final int MAX_CONTENT = 20000;
    static final int MAX_REASON = 2000;
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,20}");

    private final CaseRepository cases;
    private final CaseDeadlineRepository deadlines;
    private final CaseExtensionRepository extensions;
    private final CaseDocumentRepository documents;
    private final CaseNoteRepository notes;
    private final Supervision supervision;
    private final DeadlineRules rules;
    private final Organizations organizations;
    private final Tasks tasks;
    private final Calendar calendar;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseQuery query;
    private final EntityManager entities;

    Cases(CaseRepository cases, CaseDeadlineRepository deadlines, CaseExtensionRepository extensions,
          CaseDocumentRepository documents, CaseNoteRepository notes, Supervision supervision, DeadlineRules rules,
          Organizations organizations, Tasks tasks, Calendar calendar, AuditTrail audit,
          ApplicationEventPublisher events, Clock clock, CaseQuery query, EntityManager entities) {
        this.query = query;
        this.entities = entities;
        this.cases = cases;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.documents = documents;
        this.notes = notes;
        this.supervision = supervision;
        this.rules = rules;
        this.organizations = organizations;
        this.tasks = tasks;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Registers a received case: 403 unless a CASE_HANDLER of the handling body (or an administrator); 400 for a
     * missing or invalid field (paths as sent, e.g. {@code citizen.fullName}). Computes {@code acceptBy}.
     */
    @Transactional
    public CaseDetails create(CaseForm form, Actor actor) {
        if (!actor.isAdmin()) {
            if (!actor.has(Role.CASE_HANDLER)) {
                throw new Forbidden("cases.create.forbidden");
            }
            if (form.handlingOrganizationId() != null
                    && !actor.belongsTo(new OrganizationId(form.handlingOrganizationId()))) {
                throw new Forbidden("cases.create.otherBody");
            }
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        CaseKind kind = oneOf(CaseKind.class, form.kind(), "kind", errors, null);
        CaseInstance instance = oneOf(CaseInstance.class, form.instance(), "instance", errors, CaseInstance.FIRST);
        if (kind != null && kind != CaseKind.COMPLAINT && instance == CaseInstance.SECOND) {
            errors.add("instance", "cases.instance.onlyComplaints");
        }
        Channel channel = oneOf(Channel.class, form.channel(), "channel", errors, Channel.DIRECT);
        Complexity complexity = oneOf(Complexity.class, form.complexity(), "complexity", errors, Complexity.NORMAL);
        day(errors, "receivedOn", form.receivedOn(), null);
        body(errors, "handlingOrganizationId", form.handlingOrganizationId(), true);
        body(errors, "competentOrganizationId", form.competentOrganizationId(), false);
        String subject = text(errors, "subject", form.subject(), MAX_SUBJECT, true);
        String content = text(errors, "content", form.content(), MAX_CONTENT, true);
        CitizenCase.Citizen citizen = citizen(errors, form.citizen());
        Set<Long> taskIds = taskIds(errors, form.taskIds(), actor);
        errors.throwIfAny();
        CitizenCase c = new CitizenCase(kind, instance, form.receivedOn(), channel, citizen, subject, content,
                form.competentOrganizationId(), form.handlingOrganizationId(), Boolean.TRUE.equals(form.remoteArea()),
                Boolean.TRUE.equals(form.severalPlaces()), complexity, actor.username(), clock.instant());
        c.taskIds(taskIds);
        c = cases.saveAndFlush(c);
        recompute(c);
        events.publishEvent(new SearchableChanged(CaseSearch.KIND, c.id()));
        return details(c, actor, true);
    }

    /** One case; 404 when the actor may not see it. A handler's view of a denouncer's identity is audited. */
    @Transactional
    public CaseDetails get(CaseId id, Actor actor) {
        return details(visible(id, actor), actor, true);
    }

    /**
     * One page of the cases the actor may see that meet the filter, newest first ({@code page} from 0, {@code size} 1
     * to {@link Page#MAX_SIZE}, default {@link Page#DEFAULT_SIZE}; otherwise 400), with the number of all those cases.
     * The database selects, counts and cuts the page; deadlines, supervisors and report requests are read for the
     * cases of the page only. A denunciation's identity is never part of a list.
     */
    public Page<CaseDetails> list(CaseFilter filter, Integer page, Integer size, Actor actor) {
        Page.Request asked = Page.Request.of(page, size);
        int p = asked.page();
        int s = asked.size();
        LocalDate today = today();
        CaseQuery.Where w = new CaseQuery.Where();
        if (!selected(filter, actor, today, w)) {
            return new Page<>(List.of(), 0);
        }
        long total = query.count(w);
        long first = (long) p * s;
        List<CitizenCase> shown = first >= total ? List.of() : query.newestFirst(w, (int) first, s);
        return new Page<>(describeAll(shown, actor, today), total);
    }

    /**
     * Every case the actor may see that meets the filter, newest first, for an export: read and described
     * {@value #CHUNK} at a time, so that the rows of the database are never all held as entities at once.
     */
    public List<CaseDetails> listAll(CaseFilter filter, Actor actor) {
        LocalDate today = today();
        CaseQuery.Where w = new CaseQuery.Where();
        if (!selected(filter, actor, today, w)) {
            return List.of();
        }
        List<CaseDetails> result = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<CitizenCase> some = query.newestFirst(w, first, CHUNK);
            result.addAll(describeAll(some, actor, today));
            entities.clear();
            if (some.size() < CHUNK) {
                return result;
            }
        }
    }

    static final int CHUNK = 500;

    /** The filter and who may see, as a condition for the database; false when the actor sees no case at all. */
    private boolean selected(CaseFilter filter, Actor actor, LocalDate today, CaseQuery.Where w) {
        if (!query.visibleTo(actor, today, w)) {
            return false;
        }
        if (filter.kind() != null) {
            w.and("c.kind = " + w.param(filter.kind()));
        }
        if (filter.stage() != null) {
            w.and("c.stage = " + w.param(filter.stage()));
        }
        if (filter.handlingOrganizationId() != null) {
            w.and("c.handlingOrganizationId = " + w.param(filter.handlingOrganizationId()));
        }
        if (filter.overdue() != null) {
            String overdue = CaseQuery.overdue(today, w);
            w.and(filter.overdue() ? overdue : "not (" + overdue + ")");
        }
        return true;
    }

    /** Describes these cases for a list, reading their deadlines, supervisors, report requests and bodies at once. */
    private List<CaseDetails> describeAll(List<CitizenCase> list, Actor actor, LocalDate today) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, StatutoryDeadline>> dl = deadlinesOf(list);
        Map<Long, List<OrganizationId>> sup = supervision.supervisorsOf(list, dl, today);
        Map<Long, List<Escalations.ReportRequest>> reports = supervision.reportRequests(
                list.stream().map(CitizenCase::id).toList());
        Map<OrganizationId, OrganizationSummary> bodies = bodiesOf(list);
        List<CaseDetails> result = new ArrayList<>(list.size());
        for (CitizenCase c : list) {
            result.add(describe(c, dl.get(c.id()), sup.get(c.id()), reports.getOrDefault(c.id(), List.of()), actor,
                    false, today, bodies));
        }
        return result;
    }

    /**
     * The cases the actor may see that count in the figures of the period ({@link CaseStatistics#count}): received,
     * accepted, resolved or withdrawn in it, or overdue at its end; of one handling body when given.
     */
    List<CitizenCase> countedIn(LocalDate from, LocalDate to, Long organizationId, Actor actor) {
        CaseQuery.Where w = new CaseQuery.Where();
        if (!query.visibleTo(actor, today(), w)) {
            return List.of();
        }
        if (organizationId != null) {
            w.and("c.handlingOrganizationId = " + w.param(organizationId));
        }
        String f = w.param(from);
        String t = w.param(to);
        StringBuilder in = new StringBuilder();
        for (String day : List.of("receivedOn", "acceptedOn", "resolvedOn", "withdrawnOn")) {
            in.append("c.").append(day).append(" between ").append(f).append(" and ").append(t).append(" or ");
        }
        w.and(in + CaseQuery.overdue(to, w));
        return query.all(w);
    }

    /** The filters of the case list; null means any. */
    public record CaseFilter(CaseKind kind, CaseStage stage, Long handlingOrganizationId, Boolean overdue) {
        public static final CaseFilter ANY = new CaseFilter(null, null, null, null);
    }

    /** Accepts (thụ lý) the case on a day: computes {@code resolveBy} (and {@code notifyBy} for denunciations). */
    @Transactional
    public CaseDetails accept(CaseId id, LocalDate acceptedOn, Actor actor) {
        CitizenCase c = handled(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        day(errors, "acceptedOn", acceptedOn, c.lastStageDay());
        errors.throwIfAny();
        c.accept(acceptedOn);
        recompute(c);
        return saved(c, actor);
    }

    @Transactional
    public CaseDetails refuse(CaseId id, LocalDate refusedOn, String reason, Actor actor) {
        CitizenCase c = handled(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        day(errors, "refusedOn", refusedOn, c.lastStageDay());
        String r = text(errors, "reason", reason, MAX_REASON, true);
        errors.throwIfAny();
        c.refuse(refusedOn, r);
        return saved(c, actor);
    }

    @Transactional
    public CaseDetails transfer(CaseId id, LocalDate transferredOn, Long toOrganizationId, Actor actor) {
        CitizenCase c = handled(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        day(errors, "transferredOn", transferredOn, c.lastStageDay());
        body(errors, "organizationId", toOrganizationId, true);
        if (toOrganizationId != null && toOrganizationId.equals(c.handlingOrganizationId())) {
            errors.add("organizationId", "cases.transfer.same");
        }
        errors.throwIfAny();
        c.transfer(transferredOn, toOrganizationId);
        if (c.competentOrganizationId() == null) {
            c.competentOrganizationId(toOrganizationId);
        }
        return saved(c, actor);
    }

    @Transactional
    public CaseDetails startVerifying(CaseId id, LocalDate startedOn, Actor actor) {
        CitizenCase c = handled(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        day(errors, "startedOn", startedOn, c.lastStageDay());
        errors.throwIfAny();
        c.startVerifying(startedOn);
        return saved(c, actor);
    }

    @Transactional
    public CaseDetails resolve(CaseId id, LocalDate resolvedOn, String decisionNumber, String summary, Actor actor) {
        CitizenCase c = handled(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        day(errors, "resolvedOn", resolvedOn, c.lastStageDay());
        String number = text(errors, "decisionNumber", decisionNumber, 100, true);
        String s = text(errors, "summary", summary, MAX_CONTENT, true);
        errors.throwIfAny();
        c.resolve(resolvedOn, number, s);
        return saved(c, actor);
    }

    @Transactional
    public CaseDetails close(CaseId id, LocalDate closedOn, Actor actor) {
        CitizenCase c = handled(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate on = closedOn == null ? today() : closedOn;
        day(errors, "closedOn", on, c.lastStageDay());
        errors.throwIfAny();
        c.close(on);
        return saved(c, actor);
    }

    /** A complainant withdraws in writing (complaints only: other kinds 422); the case closes as withdrawn. */
    @Transactional
    public CaseDetails withdraw(CaseId id, LocalDate withdrawnOn, String reason, Actor actor) {
        CitizenCase c = handled(id, actor);
        if (c.kind() != CaseKind.COMPLAINT) {
            throw new RuleViolation("cases.withdraw.onlyComplaints");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        day(errors, "withdrawnOn", withdrawnOn, c.lastStageDay());
        String r = text(errors, "reason", reason, MAX_REASON, false);
        errors.throwIfAny();
        c.withdraw(withdrawnOn, r);
        return saved(c, actor);
    }

    /**
     * Extends the resolution limit of a denunciation (art. 30): one extension for a complex case, two for a very
     * complex one, each at most 30 days, decided in writing with a reason. The days are added to the deadline in
     * force, rolled forward. One more than the law allows, or any for a complaint or petition: 422.
     */
    @Transactional
    public CaseDetails.Extension extend(CaseId id, LocalDate decidedOn, Integer days, String reason, Actor actor) {
        CitizenCase c = handled(id, actor);
        if (!c.stage().isOpen() || c.acceptedOn() == null) {
            throw new Conflict("cases.extension.notAccepted");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        day(errors, "decidedOn", decidedOn, c.acceptedOn());
        String r = text(errors, "reason", reason, MAX_REASON, true);
        DeadlineRule rule = rules.find(c.kind(), c.instance(), "resolveBy").orElse(null);
        int max = rule == null ? 0 : rule.extensionMaxDays();
        if (days == null) {
            errors.add("days", "validation.required");
        } else if (days < 1) {
            errors.add("days", "cases.extension.days.positive");
        }
        errors.throwIfAny();
        int allowed = rule == null ? 0 : rule.extensionsAllowed(c.complexity());
        int used = extensions.findByCaseIdOrderByIdAsc(c.id()).size();
        if (c.kind() != CaseKind.DENUNCIATION || allowed == 0) {
            throw new RuleViolation("cases.extension.notAllowed");
        }
        if (used >= allowed) {
            throw new RuleViolation("cases.extension.tooMany", allowed);
        }
        if (days > max) {
            throw new RuleViolation("cases.extension.tooLong", max);
        }
        CaseDeadline resolveBy = deadlines.findByCaseId(c.id()).stream().filter(d -> d.code().equals("resolveBy"))
                .findFirst().orElseThrow(() -> new Conflict("cases.extension.notAccepted"));
        WorkingDayCalendar cal = calendar.current();
        LocalDate previous = resolveBy.dueDate();
        LocalDate next = cal.addDays(previous, days);
        resolveBy.extend(days, next, cal.version());
        deadlines.save(resolveBy);
        CaseExtension e = extensions.saveAndFlush(new CaseExtension(c.id(), decidedOn, days, r, previous, next,
                cal.version(), actor.username(), clock.instant()));
        return e.view();
    }

    /**
     * Changes fields of a case ({@code version} required; stale: 409). Patchable: subject, content, channel,
     * competentOrganizationId, remoteArea, severalPlaces, complexity, taskIds, citizen (handlers only); stages,
     * dates and deadlines have their own actions (400). Changing the circumstances recomputes the deadlines.
     */
    @Transactional
    public CaseDetails update(CaseId id, long version, Map<String, Object> fields, Actor actor) {
        CitizenCase c = handled(id, actor);
        if (c.version() != version) {
            throw new Conflict("problem.stale");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        boolean recompute = false;
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            Object v = f.getValue();
            switch (f.getKey()) {
                case "version" -> { }
                case "subject" -> c.subject(text(errors, "subject", string(v), MAX_SUBJECT, true));
                case "content" -> c.content(text(errors, "content", string(v), MAX_CONTENT, true));
                case "channel" -> c.channel(oneOf(Channel.class, string(v), "channel", errors, Channel.DIRECT));
                case "competentOrganizationId" -> {
                    Long body = v == null ? null : vn.phoihop.shared.PatchValues.id(v, "competentOrganizationId", errors);
                    body(errors, "competentOrganizationId", body, false);
                    c.competentOrganizationId(body);
                }
                case "remoteArea" -> {
                    c.remoteArea(Boolean.TRUE.equals(v));
                    recompute = true;
                }
                case "severalPlaces" -> {
                    c.severalPlaces(Boolean.TRUE.equals(v));
                    recompute = true;
                }
                case "complexity" -> {
                    c.complexity(oneOf(Complexity.class, string(v), "complexity", errors, Complexity.NORMAL));
                    recompute = true;
                }
                case "taskIds" -> c.taskIds(taskIds(errors,
                        vn.phoihop.shared.PatchValues.ids(v, "taskIds", errors), actor));
                case "citizen" -> {
                    if (!maySeeIdentity(c, actor) || c.citizenErasedOn() != null) {
                        throw new Forbidden("cases.citizen.forbidden");
                    }
                    CaseForm.CitizenForm form = v instanceof Map<?, ?> m ? new CaseForm.CitizenForm(
                            string(m.get("fullName")), string(m.get("address")), string(m.get("idNumber")),
                            string(m.get("phone"))) : null;
                    CitizenCase.Citizen citizen = citizen(errors, form);
                    if (citizen != null) {
                        c.citizen(citizen);
                    }
                }
                default -> errors.add(f.getKey(), "cases.patch.notPatchable");
            }
        }
        errors.throwIfAny();
        if (recompute) {
            recompute(c);
        }
        return saved(c, actor);
    }

    /** Adds a supervision note: the SUPERVISOR users of a supervising body, or administrators; others 403. */
    @Transactional
    public CaseDetails.Note addNote(CaseId id, String rawText, Actor actor) {
        CitizenCase c = visible(id, actor);
        LocalDate today = today();
        boolean supervisor = actor.has(Role.SUPERVISOR) && actor.organizationId() != null
                && supervision.supervisorsOf(c, deadlineMap(c), today).contains(actor.organizationId());
        if (!actor.isAdmin() && !supervisor) {
            throw new Forbidden("cases.note.forbidden");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String text = text(errors, "text", rawText, 5000, true);
        errors.throwIfAny();
        CaseNote n = notes.saveAndFlush(new CaseNote(c.id(), actor.organizationId() == null ? null
                : actor.organizationId().value(), actor.fullName(), text, clock.instant()));
        return n.view(name(actor.organizationId()));
    }

    /** The deadline rules in force (any signed-in user with a case role, or ADMIN). */
    public List<DeadlineRule> deadlineRules(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.CASE_HANDLER) && !actor.has(Role.SUPERVISOR)
                && !actor.has(Role.LEADER)) {
            throw new Forbidden("cases.rules.forbidden");
        }
        return rules.all();
    }

    /**
     * Changes a rule's limits, unit, internal target and legal basis (ADMIN); deadlines already computed keep the
     * rule values they were computed with until their case's circumstances change.
     */
    @Transactional
    public DeadlineRule updateDeadlineRule(String code, Map<String, Object> fields, Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("cases.rule.forbidden");
        }
        DeadlineRule r = rules.byCode(code).orElseThrow(() -> new NotFound("deadline-rule", code));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer limit = days(fields, "limitDays", r.limitDays(), errors);
        DayUnit unit = fields.containsKey("unit")
                ? oneOf(DayUnit.class, string(fields.get("unit")), "unit", errors, r.unit()) : r.unit();
        Integer remote = days(fields, "remoteDays", r.remoteDays(), errors);
        Integer complex = days(fields, "complexDays", r.complexDays(), errors);
        Integer remoteComplex = days(fields, "remoteComplexDays", r.remoteComplexDays(), errors);
        Integer several = days(fields, "severalPlacesDays", r.severalPlacesDays(), errors);
        Integer target = days(fields, "internalTargetDays", r.internalTargetDays(), errors);
        if (target != null && limit != null && target > limit) {
            errors.add("internalTargetDays", "cases.rule.targetAfterLimit");
        }
        String basis = fields.containsKey("legalBasis")
                ? text(errors, "legalBasis", string(fields.get("legalBasis")), 500, true) : r.legalBasis();
        errors.throwIfAny();
        DeadlineRule changed = new DeadlineRule(r.code(), r.deadlineCode(), r.kind(), r.instance(), r.startsFrom(),
                limit, unit, remote, complex, remoteComplex, several, target, r.extensionsComplex(),
                r.extensionsVeryComplex(), r.extensionMaxDays(), basis, r.computed());
        rules.update(changed);
        audit.recordEvent("RULE_CHANGED", actor.username(), "case-deadline-rule", null, r.code() + ": " + changed);
        return changed;
    }

    private static Integer days(Map<String, Object> fields, String field, Integer current,
                                InvalidInput.Collector errors) {
        if (!fields.containsKey(field)) {
            return current;
        }
        Object v = fields.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.intValue() >= 0 && n.intValue() <= 365) {
            return n.intValue();
        }
        errors.add(field, "cases.rule.days");
        return current;
    }

    /** Whether the actor handles the case (the page shows the stage actions only then); 404 as {@link #get}. */
    public boolean mayHandle(CaseId id, Actor actor) {
        return mayHandle(visible(id, actor), actor);
    }

    /** Whether the actor may write supervision notes on the case. */
    public boolean mayAnnotate(CaseId id, Actor actor) {
        CitizenCase c = visible(id, actor);
        return actor.isAdmin() || actor.has(Role.SUPERVISOR) && actor.organizationId() != null
                && supervision.supervisorsOf(c, deadlineMap(c), today()).contains(actor.organizationId());
    }

    // ---- package-private for the other parts of the module

    CitizenCase visible(CaseId id, Actor actor) {
        CitizenCase c = cases.findById(id.value()).orElseThrow(() -> new NotFound("case", id));
        if (!maySee(c, actor)) {
            throw new NotFound("case", id);
        }
        return c;
    }

    CitizenCase handled(CaseId id, Actor actor) {
        CitizenCase c = visible(id, actor);
        if (!mayHandle(c, actor)) {
            throw new Forbidden("cases.handle.forbidden");
        }
        return c;
    }

    boolean maySee(CitizenCase c, Actor actor) {
        if (actor.isAdmin()) {
            return true;
        }
        OrganizationId body = actor.organizationId();
        if (body == null) {
            return false;
        }
        if (body.value() == c.handlingOrganizationId() && (actor.has(Role.CASE_HANDLER) || actor.has(Role.LEADER))) {
            return true;
        }
        return (actor.has(Role.SUPERVISOR) || actor.has(Role.LEADER))
                && supervision.supervisorsOf(c, deadlineMap(c), today()).contains(body);
    }

    static boolean mayHandle(CitizenCase c, Actor actor) {
        return actor.isAdmin() || actor.actsFor(Role.CASE_HANDLER, new OrganizationId(c.handlingOrganizationId()));
    }

    /** A denouncer's identity: only the handling body's CASE_HANDLER users. Other kinds: whoever sees the case. */
    static boolean maySeeIdentity(CitizenCase c, Actor actor) {
        if (c.kind() != CaseKind.DENUNCIATION) {
            return true;
        }
        return actor.actsFor(Role.CASE_HANDLER, new OrganizationId(c.handlingOrganizationId()));
    }

    Map<Long, Map<String, StatutoryDeadline>> deadlinesOf(List<CitizenCase> list) {
        Map<Long, Map<String, StatutoryDeadline>> result = new HashMap<>();
        list.forEach(c -> result.put(c.id(), new LinkedHashMap<>()));
        List<Long> ids = list.stream().map(CitizenCase::id).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            for (CaseDeadline d : deadlines.findByCaseIdIn(ids.subList(i, Math.min(ids.size(), i + 500)))) {
                result.get(d.caseId()).put(d.code(), d.view());
            }
        }
        return result;
    }

    Map<String, StatutoryDeadline> deadlineMap(CitizenCase c) {
        return deadlinesOf(List.of(c)).get(c.id());
    }

    /**
     * (Re)computes every stored deadline of the case from the rules with one calendar snapshot: {@code acceptBy}
     * from receipt; once accepted {@code resolveBy}, {@code notifyBy} and {@code secondComplaintBy} (from the end of
     * the resolution limit). Extensions already decided are added again, in order, rolled forward.
     */
    void recompute(CitizenCase c) {
        WorkingDayCalendar cal = calendar.current();
        Map<String, CaseDeadline> existing = new HashMap<>();
        deadlines.findByCaseId(c.id()).forEach(d -> existing.put(d.code(), d));
        // Extensions are decided only once a case is accepted.
        List<Integer> extended = c.acceptedOn() == null ? List.of()
                : extensions.findByCaseIdOrderByIdAsc(c.id()).stream().map(CaseExtension::days).toList();
        Map<String, StatutoryDeadline> computed = StatutoryDeadline.forCase(rules.all(), c.kind(), c.instance(),
                c.receivedOn(), c.acceptedOn(), c.remoteArea(), c.complexity(), c.severalPlaces(), extended, cal);
        for (StatutoryDeadline d : computed.values()) {
            CaseDeadline row = existing.get(d.code());
            if (row == null) {
                deadlines.save(new CaseDeadline(c.id(), d));
            } else {
                row.set(d);
                deadlines.save(row);
            }
        }
        deadlines.flush();
    }

    private CaseDetails saved(CitizenCase c, Actor actor) {
        c = cases.saveAndFlush(c);
        events.publishEvent(new SearchableChanged(CaseSearch.KIND, c.id()));
        return details(c, actor, true);
    }

    private CaseDetails details(CitizenCase c, Actor actor, boolean full) {
        LocalDate today = today();
        Map<String, StatutoryDeadline> dl = deadlineMap(c);
        List<OrganizationId> sup = supervision.supervisorsOf(c, dl, today);
        CaseDetails d = describe(c, dl, sup, supervision.reportRequests(List.of(c.id())).getOrDefault(c.id(), List.of()), actor, full, today);
        if (full && c.kind() == CaseKind.DENUNCIATION && !d.citizen().isMasked() && !d.citizen().isErased()) {
            audit.recordEvent("REVEAL_IDENTITY", actor.username(), "case", c.id(), "citizen identity of a denunciation");
        }
        return d;
    }

    CaseDetails describe(CitizenCase c, Map<String, StatutoryDeadline> dl, List<OrganizationId> supervisors,
                         List<Escalations.ReportRequest> reportRequests, Actor actor, boolean full, LocalDate today) {
        return describe(c, dl, supervisors, reportRequests, actor, full, today, null);
    }

    /** The bodies a list of cases names (handling and competent), in one query. */
    Map<OrganizationId, OrganizationSummary> bodiesOf(List<CitizenCase> list) {
        Set<OrganizationId> ids = new HashSet<>();
        for (CitizenCase c : list) {
            ids.add(new OrganizationId(c.handlingOrganizationId()));
            if (c.competentOrganizationId() != null) {
                ids.add(new OrganizationId(c.competentOrganizationId()));
            }
        }
        return ids.isEmpty() ? Map.of() : organizations.byIds(ids);
    }

    private CaseDetails describe(CitizenCase c, Map<String, StatutoryDeadline> dl, List<OrganizationId> supervisors,
                                 List<Escalations.ReportRequest> reportRequests, Actor actor, boolean full,
                                 LocalDate today, Map<OrganizationId, OrganizationSummary> bodiesCache) {
        Map<OrganizationId, OrganizationSummary> bodies = bodiesCache != null ? bodiesCache : bodiesOf(List.of(c));
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        List<StatutoryDeadline> ordered = dl.values().stream()
                .sorted(Comparator.comparing(StatutoryDeadline::startDate).thenComparing(StatutoryDeadline::code))
                .toList();
        ordered.forEach(d -> dates.put(d.code(), d.effectiveDate()));
        boolean overdue = CaseStatusRule.overdue(c, dl, today);
        Escalation escalation = escalation(c, dl, supervisors, reportRequests, today);
        return new CaseDetails(new CaseId(c.id()), c.kind(), c.instance(), c.receivedOn(), c.channel(),
                citizenView(c, actor, full), c.subject(), c.content(),
                OrganizationId.ofNullable(c.competentOrganizationId()), name(bodies, c.competentOrganizationId()),
                new OrganizationId(c.handlingOrganizationId()), name(bodies, c.handlingOrganizationId()),
                c.remoteArea(), c.severalPlaces(), c.complexity(), c.stage(), c.acceptedOn(), c.refusedOn(),
                c.refusalReason(), c.transferredOn(), OrganizationId.ofNullable(c.transferredToId()), c.verifyingOn(),
                c.resolvedOn(), c.decisionNumber(), c.resolutionSummary(), CaseStatusRule.onTime(c, dl), c.closedOn(),
                c.withdrawnOn(), c.withdrawalReason(), dates, ordered,
                full ? extensions.findByCaseIdOrderByIdAsc(c.id()).stream().map(CaseExtension::view).toList() : List.of(),
                c.taskIds().stream().sorted().toList(), supervisors == null ? List.of() : supervisors, escalation,
                overdue, full ? documents.describe(c.id()) : List.of(), full ? notesOf(c) : List.of(), c.version());
    }

    Escalation escalation(CitizenCase c, Map<String, StatutoryDeadline> dl, List<OrganizationId> supervisors,
                          List<Escalations.ReportRequest> reportRequests, LocalDate today) {
        return Escalations.of(c, dl, supervisors, reportRequests, today,
                rules.byCode("DENUNCIATION_REQUEST_REPORT").orElse(null), rules.byCode("DENUNCIATION_REPORT").orElse(null),
                calendar::current);
    }

    private List<CaseDetails.Note> notesOf(CitizenCase c) {
        List<CaseNote> list = notes.findByCaseIdOrderByIdAsc(c.id());
        Set<OrganizationId> ids = new HashSet<>();
        list.forEach(n -> {
            if (n.organizationId() != null) {
                ids.add(new OrganizationId(n.organizationId()));
            }
        });
        Map<OrganizationId, OrganizationSummary> bodies = ids.isEmpty() ? Map.of() : organizations.byIds(ids);
        return list.stream().map(n -> n.view(name(bodies, n.organizationId()))).toList();
    }

    /**
     * The citizen as this caller may see it: erased after retention; masked for a denunciation unless the caller
     * handles it, and in every list (a list never reveals a denouncer, so no reveal goes unaudited).
     */
    static CitizenView citizenView(CitizenCase c, Actor actor, boolean full) {
        if (c.citizenErasedOn() != null) {
            return CitizenView.ERASED;
        }
        if (!maySeeIdentity(c, actor) || c.kind() == CaseKind.DENUNCIATION && !full) {
            return CitizenView.MASKED;
        }
        CitizenCase.Citizen z = c.citizen();
        return new CitizenView(z.fullName(), z.address(), z.idNumber(), z.phone(), null, null);
    }

    private String name(OrganizationId id) {
        return id == null ? null : organizations.find(id).map(OrganizationSummary::name).orElse(null);
    }

    private static String name(Map<OrganizationId, OrganizationSummary> bodies, Long id) {
        OrganizationSummary s = id == null ? null : bodies.get(new OrganizationId(id));
        return s == null ? null : s.name();
    }

    // ---- validation helpers

    static <E extends Enum<E>> E oneOf(Class<E> type, String raw, String field, InvalidInput.Collector errors,
                                       E fallback) {
        String s = Text.clean(raw);
        if (s == null) {
            if (fallback == null) {
                errors.add(field, "validation.required");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E v : type.getEnumConstants()) {
                names.add(v.name());
            }
            errors.add(field, "validation.oneOf", String.join(", ", names));
            return fallback;
        }
    }

    private void day(InvalidInput.Collector errors, String field, LocalDate day, LocalDate notBefore) {
        if (day == null) {
            errors.add(field, "validation.required");
        } else if (day.isAfter(today())) {
            errors.add(field, "cases.date.future");
        } else if (day.getYear() < 2000) {
            errors.add(field, "cases.date.tooEarly");
        } else if (notBefore != null && day.isBefore(notBefore)) {
            errors.add(field, "cases.date.beforeStage");
        }
    }

    private void body(InvalidInput.Collector errors, String field, Long id, boolean required) {
        if (id == null) {
            if (required) {
                errors.add(field, "validation.required");
            }
        } else if (!organizations.exists(new OrganizationId(id))) {
            errors.add(field, "organizations.unknown");
        }
    }

    static String text(InvalidInput.Collector errors, String field, String raw, int max, boolean required) {
        String s = Text.clean(raw);
        if (s == null) {
            if (required) {
                errors.add(field, "validation.required");
            }
        } else if (s.length() > max) {
            errors.add(field, "validation.tooLong", max);
        }
        return s;
    }

    static CitizenCase.Citizen citizen(InvalidInput.Collector errors, CaseForm.CitizenForm form) {
        if (form == null) {
            errors.add("citizen", "validation.required");
            return null;
        }
        String fullName = text(errors, "citizen.fullName", form.fullName(), 200, true);
        String address = text(errors, "citizen.address", form.address(), 500, true);
        String idNumber = text(errors, "citizen.idNumber", form.idNumber(), 20, false);
        if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
            errors.add("citizen.idNumber", "cases.citizen.idNumber.invalid");
        }
        String phone = text(errors, "citizen.phone", form.phone(), 20, false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add("citizen.phone", "cases.citizen.phone.invalid");
        }
        return new CitizenCase.Citizen(fullName, address, idNumber, phone);
    }

    private Set<Long> taskIds(InvalidInput.Collector errors, List<Long> ids, Actor actor) {
        Set<Long> result = new LinkedHashSet<>();
        if (ids == null) {
            return result;
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            try {
                if (id == null) {
                    throw new NotFound("task", "null");
                }
                tasks.get(new TaskId(id), actor);
                result.add(id);
            } catch (NotFound e) {
                errors.add("taskIds[" + i + "]", "cases.task.unknown");
            }
        }
        return result;
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
