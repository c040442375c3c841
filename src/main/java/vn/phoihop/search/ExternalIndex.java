package vn.phoihop.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.ListableBeanFactory;

import vn.phoihop.shared.ProgramId;

/**
 * With {@code phoihop.search.engine=external}: the index another module provides as a {@link SearchIndex} bean,
 * found when first used. Decided at run time, so that a jar processed ahead of time (where bean conditions are fixed
 * by the build) still honours the setting.
 */
final class ExternalIndex implements SearchIndex {

    private final ListableBeanFactory beans;
    private final String own;
    private volatile SearchIndex target;

    ExternalIndex(ListableBeanFactory beans, String own) {
        this.beans = beans;
        this.own = own;
    }

    private SearchIndex target() {
        SearchIndex index = target;
        if (index == null) {
            Map<String, SearchIndex> others = new HashMap<>(beans.getBeansOfType(SearchIndex.class));
            others.remove(own);
            if (others.size() != 1) {
                throw new IllegalStateException("phoihop.search.engine=external needs exactly one other SearchIndex "
                        + "bean; found " + others.keySet());
            }
            index = others.values().iterator().next();
            target = index;
        }
        return index;
    }

    @Override
    public String engine() {
        return target().engine();
    }

    @Override
    public void put(Collection<Searchable> documents) {
        target().put(documents);
    }

    @Override
    public void remove(String kind, long id) {
        target().remove(kind, id);
    }

    @Override
    public long rebuild(Stream<Searchable> documents) {
        return target().rebuild(documents);
    }

    @Override
    public boolean isEmpty() {
        return target().isEmpty();
    }

    @Override
    public Optional<Set<ProgramId>> programsMatching(Query query) {
        return target().programsMatching(query);
    }

    @Override
    public SearchResults find(Query query, Scope scope, int offset, int limit) {
        return target().find(query, scope, offset, limit);
    }
}
