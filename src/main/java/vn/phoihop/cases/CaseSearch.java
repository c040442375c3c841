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

import vn.phoihop.search.Searchable;
import vn.phoihop.search.SearchableSource;
import vn.phoihop.shared.OrganizationId;

/**
 * Cases in search (kind {@code CASE}): the subject and content only — never the citizen's name, address, identity
 * number or phone, whatever the kind. Readers are the handling body and the supervising bodies as of indexing (a
 * body that starts supervising by the "past N %" rule finds the case once it is indexed again).
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
        List<Searchable> all = tx.execute(s -> describe(cases.findAllByOrderByReceivedOnDescIdDesc()));
        return all.stream();
    }

    private List<Searchable> describe(List<CitizenCase> list) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, StatutoryDeadline>> dl = facade.deadlinesOf(list);
        Map<Long, List<OrganizationId>> sup = supervision.supervisorsOf(list, dl, today);
        return list.stream().map(c -> {
            List<OrganizationId> readers = new java.util.ArrayList<>();
            readers.add(new OrganizationId(c.handlingOrganizationId()));
            readers.addAll(sup.getOrDefault(c.id(), List.of()));
            return new Searchable(KIND, c.id(), c.subject(), c.content(), c.receivedOn().getYear(), null, readers,
                    "/cases/" + c.id());
        }).toList();
    }
}
