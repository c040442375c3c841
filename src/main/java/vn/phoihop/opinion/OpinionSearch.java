package vn.phoihop.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.programs.Programs;
import vn.phoihop.search.Searchable;
import vn.phoihop.search.SearchableSource;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * Opinion notes in search (kind {@code OPINION_NOTE}): the topic as title; the content, source and locality as text;
 * visible to whoever may see the note's program.
 */
@Component
class OpinionSearch implements SearchableSource {

    private final Opinions opinions;
    private final Programs programs;
    private final TransactionTemplate transaction;

    OpinionSearch(Opinions opinions, Programs programs, PlatformTransactionManager transactions) {
        this.opinions = opinions;
        this.programs = programs;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
    }

    @Override
    public Set<String> kinds() {
        return Set.of(Opinions.KIND);
    }

    @Override
    public Optional<Searchable> find(String kind, long id) {
        return transaction.execute(s -> opinions.find(id).map(this::describe));
    }

    @Override
    public Stream<Searchable> all() {
        List<Searchable> all = transaction.execute(s -> {
            List<Searchable> items = new ArrayList<>();
            try (Stream<OpinionNote> notes = opinions.streamAll()) {
                notes.forEach(n -> items.add(describe(n)));
            }
            return items;
        });
        return all.stream();
    }

    private Searchable describe(OpinionNote n) {
        ProgramId program = new ProgramId(n.programId());
        StringBuilder text = new StringBuilder();
        if (n.content() != null) {
            text.append(n.content()).append('\n');
        }
        text.append(n.source());
        if (n.locality() != null) {
            text.append('\n').append(n.locality());
        }
        return new Searchable(Opinions.KIND, n.id(), n.topic(), text.toString(), programs.describe(program).year(),
                program, n.organizationId() == null ? List.of() : List.of(new OrganizationId(n.organizationId())),
                "/opinion-notes/" + n.id());
    }
}
