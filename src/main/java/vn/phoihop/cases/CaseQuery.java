package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Role;

/**
 * Which cases, asked of the database rather than filtered in memory: who sees a case ({@code Cases.maySee}), which
 * bodies supervise it ({@link Supervision#covers}), which deadline runs on a day and whether it has passed
 * ({@link CaseStatusRule}). Each condition here says in JPQL what those rules say in Java, so that a list reads only
 * the page it shows (a province holds some 100,000 cases over ten years); the tests check both agree.
 */
@Component
class CaseQuery {

    private final EntityManager em;
    private final SupervisionRuleRepository rules;

    CaseQuery(EntityManager em, SupervisionRuleRepository rules) {
        this.em = em;
        this.rules = rules;
    }

    /** A condition on the case alias {@code c} with its parameters, built a part at a time. */
    static final class Where {
        private final List<String> parts = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        /** A named parameter for the value, to write into a part. */
        String param(Object value) {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        }

        Where and(String jpql) {
            parts.add("(" + jpql + ")");
            return this;
        }

        String jpql() {
            return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }

    /**
     * Restricts to the cases the actor may see on the day ({@code Cases.maySee}): false when it sees none at all,
     * so that the caller asks nothing. Administrators: every case.
     */
    boolean visibleTo(Actor actor, LocalDate day, Where w) {
        if (actor == null || actor.isAdmin()) {
            return true;
        }
        OrganizationId body = actor.organizationId();
        if (body == null) {
            return false;
        }
        boolean handler = actor.has(Role.CASE_HANDLER) || actor.has(Role.LEADER);
        boolean supervisor = actor.has(Role.SUPERVISOR) || actor.has(Role.LEADER);
        List<String> either = new ArrayList<>();
        if (handler) {
            either.add("c.handlingOrganizationId = " + w.param(body.value()));
        }
        if (supervisor) {
            either.add(supervisedBy(body.value(), day, w));
        }
        if (either.isEmpty()) {
            return false;
        }
        w.and(String.join(" or ", either));
        return true;
    }

    /**
     * The cases the body supervises on the day: assigned to it, or covered by one of its standing rules
     * ({@link Supervision#covers}). A share rule covers every case a smaller share covers, so the smallest share of the
     * body's rules decides.
     */
    String supervisedBy(long body, LocalDate day, Where w) {
        List<String> either = new ArrayList<>();
        either.add("c.id in (select s.caseId from CaseSupervision s where s.supervisingOrganizationId = "
                + w.param(body) + ")");
        List<Long> handlingBodies = new ArrayList<>();
        Integer share = null;
        for (SupervisionRule r : rules.findAll()) {
            if (r.supervisingOrganizationId() != body) {
                continue;
            }
            switch (r.scope()) {
                case ALL_DENUNCIATIONS -> either.add("c.kind = " + w.param(CaseKind.DENUNCIATION));
                case HANDLING_BODY -> {
                    if (r.handlingOrganizationId() != null) {
                        handlingBodies.add(r.handlingOrganizationId());
                    }
                }
                case PAST_PERCENT -> {
                    int p = r.percent() == null ? 100 : r.percent();
                    share = share == null ? p : Math.min(share, p);
                }
            }
        }
        if (!handlingBodies.isEmpty()) {
            either.add("c.handlingOrganizationId in " + w.param(handlingBodies));
        }
        if (share != null) {
            either.add(pastShare(day, share, w));
        }
        return String.join(" or ", either);
    }

    /**
     * A deadline runs on the day ({@link CaseStatusRule#running}) and its date, {@code coalesce(d.dueDate,
     * d.internalTarget)}, meets {@code condition} (written on the alias {@code d} and the parameter {@code day}).
     */
    static String running(String day, String condition) {
        StringBuilder s = new StringBuilder("c.receivedOn <= ").append(day);
        for (String ended : List.of("refusedOn", "transferredOn", "withdrawnOn", "resolvedOn", "closedOn")) {
            s.append(" and (c.").append(ended).append(" is null or c.").append(ended).append(" > ").append(day)
                    .append(")");
        }
        return s.append(" and exists (select d.id from CaseDeadline d where d.caseId = c.id and d.code = case when")
                .append(" c.acceptedOn is not null and c.acceptedOn <= ").append(day)
                .append(" then 'resolveBy' else 'acceptBy' end and ").append(EFFECTIVE).append(" is not null and (")
                .append(condition).append("))").toString();
    }

    /** {@link StatutoryDeadline#effectiveDate()} in JPQL. */
    static final String EFFECTIVE = "coalesce(d.dueDate, d.internalTarget)";

    /** Past its running deadline on the day ({@link CaseStatusRule#overdue}). */
    static String overdue(LocalDate day, Where w) {
        String p = w.param(day);
        return running(p, EFFECTIVE + " < " + p);
    }

    /** Its running deadline on the day falls on or before {@code horizon} (overdue ones included). */
    static String dueBy(LocalDate day, LocalDate horizon, Where w) {
        return running(w.param(day), EFFECTIVE + " <= " + w.param(horizon));
    }

    /**
     * At least {@code percent} % of the way to its running deadline ({@link Supervision#pastShare}). Days between two
     * dates are counted between the two midnights: Hibernate counts {@code by day} between timestamps only.
     */
    static String pastShare(LocalDate day, int percent, Where w) {
        String p = w.param(day);
        String start = "cast(d.startDate as LocalDateTime)";
        String total = "((cast(" + EFFECTIVE + " as LocalDateTime) - " + start + ") by day)";
        String used = "((cast(" + p + " as LocalDateTime) - " + start + ") by day)";
        return running(p, total + " <= 0 or 100 * " + used + " >= " + percent + " * " + total);
    }

    /** How many cases meet the condition. */
    long count(Where w) {
        return w.bind(em.createQuery("select count(c) from CitizenCase c" + w.jpql(), Long.class)).getSingleResult();
    }

    /** The cases meeting the condition, newest first ({@code receivedOn}, then id), {@code max} from {@code first}. */
    List<CitizenCase> newestFirst(Where w, int first, int max) {
        return w.bind(em.createQuery("select c from CitizenCase c" + w.jpql()
                        + " order by c.receivedOn desc, c.id desc", CitizenCase.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The cases meeting the condition, in no particular order. */
    List<CitizenCase> all(Where w) {
        return w.bind(em.createQuery("select c from CitizenCase c" + w.jpql(), CitizenCase.class)).getResultList();
    }

    /** Up to {@code max} ids meeting the condition after {@code after}, ascending: to walk a large set in chunks. */
    List<Long> idsAfter(Where w, long after, int max) {
        String where = w.jpql().isEmpty() ? " where " : w.jpql() + " and ";
        return w.bind(em.createQuery("select c.id from CitizenCase c" + where + "c.id > :after order by c.id",
                Long.class)).setParameter("after", after).setMaxResults(max).getResultList();
    }
}
