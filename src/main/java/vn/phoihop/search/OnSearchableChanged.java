package vn.phoihop.search;

import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-indexes an item another module reports changed or removed, after that module's commit.
 * <p>
 * After the commit, on another thread, recorded in the event publication registry (retried when it fails): a
 * Modulith application-module listener without its transaction, as each facade reads in its own — a 404 for a
 * vanished item must not doom the removal that follows.
 */
@Component
class OnSearchableChanged {

    private final SearchIndex index;
    private final IndexLocks locks;
    private final List<SearchableSource> sources;

    OnSearchableChanged(SearchIndex index, IndexLocks locks, List<SearchableSource> sources) {
        this.index = index;
        this.locks = locks;
        this.sources = sources;
    }

    @Async
    @TransactionalEventListener
    void on(SearchableChanged event) {
        SearchableSource source = sources.stream().filter(s -> s.kinds().contains(event.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no SearchableSource owns the kind " + event.kind()));
        locks.with(event.kind() + ":" + event.id(), () -> {
            Optional<Searchable> now = source.find(event.kind(), event.id());
            if (now.isPresent()) {
                index.put(List.of(now.get()));
            } else {
                index.remove(event.kind(), event.id());
            }
            return null;
        });
    }

    @Async
    @TransactionalEventListener
    void on(SearchableRemoved event) {
        locks.with(event.kind() + ":" + event.id(), () -> {
            index.remove(event.kind(), event.id());
            return null;
        });
    }
}
