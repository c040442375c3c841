package vn.phoihop.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.inforequests.InfoRequestDetails;
import vn.phoihop.inforequests.InfoRequestForm;
import vn.phoihop.inforequests.InfoRequests;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.search.SearchableChanged;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Role;

/**
 * Supervision actions: assigning a supervising body to a case (administrators, or the handling body's handlers and
 * leaders), standing supervision rules (administrators), and a supervising body's request for a report from the
 * handling body, sent as an information request about the case (due in 5 working days, art. 38).
 */
@Service
@Transactional(readOnly = true)
public class CaseSupervisors {

    private final Cases cases;
    private final CaseSupervisionRepository assignments;
    private final SupervisionRuleRepository rules;
    private final Supervision supervision;
    private final Organizations organizations;
    private final InfoRequests infoRequests;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseQuery query;

    CaseSupervisors(Cases cases, CaseSupervisionRepository assignments, SupervisionRuleRepository rules,
                    Supervision supervision, Organizations organizations, InfoRequests infoRequests,
                    org.springframework.context.ApplicationEventPublisher events, Clock clock, CaseQuery query) {
        this.query = query;
        this.cases = cases;
        this.assignments = assignments;
        this.rules = rules;
        this.supervision = supervision;
        this.organizations = organizations;
        this.infoRequests = infoRequests;
        this.events = events;
        this.clock = clock;
    }

    /** A standing rule as the API shows it. */
    public record RuleDetails(Long id, OrganizationId supervisingOrganizationId, String scope,
                              OrganizationId handlingOrganizationId, Integer percent) {
    }

    /** Assigns a supervising body to the case; 404 as for reading it, 403 unless ADMIN or the handling body's handler or leader. */
    @Transactional
    public CaseDetails assign(CaseId id, Long organizationId, Actor actor) {
        CitizenCase c = cases.visible(id, actor);
        OrganizationId handling = new OrganizationId(c.handlingOrganizationId());
        if (!actor.isAdmin() && !actor.actsFor(Role.CASE_HANDLER, handling) && !actor.actsFor(Role.LEADER, handling)) {
            throw new Forbidden("cases.supervise.forbidden");
        }
        if (organizationId == null) {
            throw InvalidInput.of("organizationId", "validation.required");
        }
        if (!organizations.exists(new OrganizationId(organizationId))) {
            throw InvalidInput.of("organizationId", "organizations.unknown");
        }
        if (organizationId.equals(c.handlingOrganizationId())) {
            throw InvalidInput.of("organizationId", "cases.supervise.self");
        }
        if (!assignments.existsByCaseIdAndSupervisingOrganizationId(c.id(), organizationId)) {
            assignments.saveAndFlush(new CaseSupervision(c.id(), organizationId, actor.username(), clock.instant()));
            events.publishEvent(new SearchableChanged(CaseSearch.KIND, c.id()));
        }
        return cases.get(id, actor);
    }

    public List<RuleDetails> rules(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SUPERVISOR) && !actor.has(Role.LEADER)) {
            throw new Forbidden("cases.rules.forbidden");
        }
        return rules.findAll().stream().filter(r -> actor.isAdmin()
                        || actor.belongsTo(new OrganizationId(r.supervisingOrganizationId())))
                .map(CaseSupervisors::view).toList();
    }

    /**
     * Adds a standing rule (ADMIN): {@code scope} ALL_DENUNCIATIONS, HANDLING_BODY (with
     * {@code handlingOrganizationId}) or PAST_PERCENT (with {@code percent} 1–100).
     */
    @Transactional
    public RuleDetails addRule(Long supervisingOrganizationId, String rawScope, Long handlingOrganizationId,
                               Integer percent, Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("cases.rules.forbidden");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (supervisingOrganizationId == null) {
            errors.add("supervisingOrganizationId", "validation.required");
        } else if (!organizations.exists(new OrganizationId(supervisingOrganizationId))) {
            errors.add("supervisingOrganizationId", "organizations.unknown");
        }
        SupervisionRule.Scope scope = Cases.oneOf(SupervisionRule.Scope.class, rawScope, "scope", errors, null);
        if (scope == SupervisionRule.Scope.HANDLING_BODY) {
            if (handlingOrganizationId == null) {
                errors.add("handlingOrganizationId", "validation.required");
            } else if (!organizations.exists(new OrganizationId(handlingOrganizationId))) {
                errors.add("handlingOrganizationId", "organizations.unknown");
            }
        }
        if (scope == SupervisionRule.Scope.PAST_PERCENT && (percent == null || percent < 1 || percent > 100)) {
            errors.add("percent", "cases.rules.percent");
        }
        errors.throwIfAny();
        SupervisionRule r = rules.saveAndFlush(new SupervisionRule(supervisingOrganizationId, scope,
                scope == SupervisionRule.Scope.HANDLING_BODY ? handlingOrganizationId : null,
                scope == SupervisionRule.Scope.PAST_PERCENT ? percent : null, actor.username(), clock.instant()));
        reindexSupervisedBy(new OrganizationId(supervisingOrganizationId));
        return view(r);
    }

    /**
     * A supervising body requests a report from the handling body about the case: an information request carrying
     * the case id, from the actor's body to the handling body, due in working days as information requests are.
     * 403 unless a SUPERVISOR or LEADER of a supervising body.
     */
    @Transactional
    public InfoRequestDetails requestReport(CaseId id, String subject, String content, LocalDate sentOn, Actor actor) {
        CitizenCase c = cases.visible(id, actor);
        OrganizationId body = actor.organizationId();
        boolean supervising = body != null && (actor.has(Role.SUPERVISOR) || actor.has(Role.LEADER))
                && supervision.supervisorsOf(c, cases.deadlineMap(c), cases.today()).contains(body);
        if (!supervising) {
            throw new Forbidden("cases.report.forbidden");
        }
        String s = subject == null || subject.isBlank() ? "Yêu cầu báo cáo về vụ việc số " + c.id() : subject;
        return infoRequests.sendAboutCase(new InfoRequestForm(null, c.id(), body.value(), c.handlingOrganizationId(),
                s, content, sentOn, null), actor);
    }

    /** The report requests about a case, for its page; 404 as for reading it. */
    public List<InfoRequestDetails> reportRequests(CaseId id, Actor actor) {
        CitizenCase c = cases.visible(id, actor);
        return supervision.requestsAbout(c.id());
    }

    /**
     * Re-indexes for search the cases a body supervises now, so that its users find those a new rule gives it. The
     * database selects them by the body's assignments and rules; their ids are read {@value Cases#CHUNK} at a time.
     */
    private void reindexSupervisedBy(OrganizationId body) {
        CaseQuery.Where w = new CaseQuery.Where();
        w.and(query.supervisedBy(body.value(), cases.today(), w));
        long after = 0;
        while (true) {
            List<Long> ids = query.idsAfter(w, after, Cases.CHUNK);
            ids.forEach(id -> events.publishEvent(new SearchableChanged(CaseSearch.KIND, id)));
            if (ids.size() < Cases.CHUNK) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private static RuleDetails view(SupervisionRule r) {
        return new RuleDetails(r.id(), new OrganizationId(r.supervisingOrganizationId()), r.scope().name(),
                OrganizationId.ofNullable(r.handlingOrganizationId()), r.percent());
    }
}
