package vn.phoihop.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.search.Readers;
import vn.phoihop.search.Searchable;
import vn.phoihop.search.SearchableSource;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Role;

/**
 * Cases in search (kind {@code CASE}): the subject and content only — never the citizen's name, address, identity
 * number or phone, whatever the kind. Readers are those {@code Cases} lets read the case, as of indexing: ADMIN, the
 * handling body's CASE_HANDLER and LEADER users and the supervising bodies' SUPERVISOR and LEADER users (a body that
 * starts supervising by the "past N %" rule finds the case once it is indexed again).
 */
@Component
class CaseSearch implements SearchableSource {

    static final String KIND = "CASE";

    private final CaseRepository cases;
    private final Cases facade;
    private final Supervision supervision;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseSearch(CaseRepository cases, Cases facade, Supervision supervision, TransactionTemplate tx, Clock clock) {
        this.cases = cases;
        this.facade = facade;
        this.supervision = supervision;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Optional<Searchable> find(String kind, long id) {
        return tx.execute(s -> cases.findById(id).map(c -> describe(List.of(c)).get(0)));
    }

    @Override
    public Stream<Searchable> all() {
        // A province's ten years hold some 100,000 cases: read and described 500 at a time, each in a transaction of
        // its own, as the index consumes them (one transaction holding them all took most of a 512 MB heap).
        List<Long> ids = tx.execute(s -> cases.idsNewestFirst());
        int chunk = 500;
        return java.util.stream.IntStream.range(0, (ids.size() + chunk - 1) / chunk).boxed().flatMap(i -> {
            List<Long> some = ids.subList(i * chunk, Math.min(ids.size(), (i + 1) * chunk));
            List<Searchable> described = tx.execute(s -> {
                Map<Long, CitizenCase> byId = new java.util.HashMap<>();
                cases.findAllById(some).forEach(c -> byId.put(c.id(), c));
                return describe(some.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
            });
            return described.stream();
        });
    }

    /**
     * Mirrors {@code Cases.maySee}: ADMIN, the handling body's CASE_HANDLER and LEADER users, the supervising bodies'
     * SUPERVISOR and LEADER users — never a FOCAL_POINT or another role of those bodies.
     */
    static Readers readers(OrganizationId handling, List<OrganizationId> supervising) {
        Readers r = Readers.rolesIn(handling, Role.CASE_HANDLER, Role.LEADER).or(Readers.roles(Role.ADMIN));
        for (OrganizationId s : supervising) {
            r = r.or(Readers.rolesIn(s, Role.SUPERVISOR, Role.LEADER));
        }
        return r;
    }

    private List<Searchable> describe(List<CitizenCase> list) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, StatutoryDeadline>> dl = facade.deadlinesOf(list);
        Map<Long, List<OrganizationId>> sup = supervision.supervisorsOf(list, dl, today);
        return list.stream().map(c -> {
            OrganizationId handling = new OrganizationId(c.handlingOrganizationId());
            List<OrganizationId> supervising = sup.getOrDefault(c.id(), List.of());
            List<OrganizationId> bodies = new java.util.ArrayList<>();
            bodies.add(handling);
            bodies.addAll(supervising);
            return new Searchable(KIND, c.id(), c.subject(), c.content(), c.receivedOn().getYear(), null, bodies,
                    "/cases/" + c.id(), readers(handling, supervising));
        }).toList();
    }
}
