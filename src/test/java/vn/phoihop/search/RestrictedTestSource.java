package vn.phoihop.search;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A source of a kind that no module of the application owns, present in every test context (a component of the test
 * classpath, so no context of its own): what the cases and opinion-note modules will be to the search module. Its
 * items are whatever a test saves; saving and deleting publish the events in a transaction, as a module does.
 */
@Component
class RestrictedTestSource implements SearchableSource {

    static final String KIND = "TEST_RESTRICTED";

    private final Map<Long, Searchable> items = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    RestrictedTestSource(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Optional<Searchable> find(String kind, long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public Stream<Searchable> all() {
        return items.values().stream();
    }

    /** Keeps the item (its kind must be {@link #KIND}) and tells the index after the commit. */
    void save(Searchable item) {
        transaction.executeWithoutResult(t -> {
            items.put(item.id(), item);
            events.publishEvent(new SearchableChanged(KIND, item.id()));
        });
    }

    /** Forgets the item and tells the index after the commit. */
    void delete(long id) {
        transaction.executeWithoutResult(t -> {
            items.remove(id);
            events.publishEvent(new SearchableRemoved(KIND, id));
        });
    }
}
