package vn.phoihop.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Text;

/**
 * Search across every module's items, showing a user only what they may see: the same rule as the programs
 * ({@code Programs.access}), checked once per program per request.
 * <p>
 * Not transactional: each check runs in the programs' own read-only transaction, as a refused one (404) would mark a
 * shared transaction for rollback.
 */
@Service
public class Search {

    private static final Logger log = LoggerFactory.getLogger(Search.class);
    static final int MAX_QUERY = 200;

    private final SearchIndex index;
    private final Programs programs;
    private final List<SearchableSource> sources;

    Search(SearchIndex index, Programs programs, List<SearchableSource> sources) {
        this.index = index;
        this.programs = programs;
        this.sources = sources;
    }

    /** What was asked: {@code kind} may list several kinds separated by commas. */
    public record Request(String q, String kind, Integer year, Long organizationId, Integer page, Integer size) {
    }

    /** The result of a rebuild. */
    public record Rebuilt(String engine, long documents) {
    }

    public SearchResults search(Request request, Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String q = Text.clean(request.q());
        if (q == null) {
            errors.add("q", "validation.required");
        } else if (q.length() > MAX_QUERY) {
            errors.add("q", "validation.tooLong", MAX_QUERY);
        }
        Set<String> kinds = new LinkedHashSet<>();
        if (request.kind() != null) {
            for (String k : request.kind().split(",")) {
                String kind = k.strip().toUpperCase(Locale.ROOT);
                if (kind.isEmpty()) {
                    continue;
                }
                if (!kinds().contains(kind)) {
                    errors.add("kind", "validation.oneOf", String.join(", ", kinds()));
                    break;
                }
                kinds.add(kind);
            }
        }
        int page = request.page() == null ? 0 : request.page();
        int size = request.size() == null ? Page.DEFAULT_SIZE : request.size();
        if (page < 0) {
            errors.add("page", "validation.page");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            errors.add("size", "validation.size", Page.MAX_SIZE);
        }
        errors.throwIfAny();
        SearchIndex.Query query = new SearchIndex.Query(q, kinds, request.year(),
                OrganizationId.ofNullable(request.organizationId()));
        if (Folding.terms(q).isEmpty()) {
            return SearchResults.none();
        }
        return index.find(query, scope(query, actor), Math.multiplyExact(page, size), size);
    }

    /**
     * Everything for ADMIN; otherwise the matching items' programs the actor may see, each checked once — or, when
     * the engine cannot list them quickly (common words) or scopes cheaply, every program the actor may see.
     */
    private SearchIndex.Scope scope(SearchIndex.Query query, Actor actor) {
        Set<String> readers = Readers.keysOf(actor);
        if (actor.isAdmin()) {
            return SearchIndex.Scope.everything(readers);
        }
        Optional<Set<ProgramId>> matching = index.scopesCheaply() ? Optional.empty() : index.programsMatching(query);
        if (matching.isEmpty()) {
            return SearchIndex.Scope.of(programs.visibleTo(actor), actor.organizationId(), readers);
        }
        Map<ProgramId, Boolean> visible = new HashMap<>();
        for (ProgramId p : matching.get()) {
            visible.computeIfAbsent(p, id -> maySee(id, actor));
        }
        Set<ProgramId> programs = visible.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return SearchIndex.Scope.of(programs, actor.organizationId(), readers);
    }

    private boolean maySee(ProgramId program, Actor actor) {
        try {
            programs.access(program, actor);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** Every kind some module indexes, sorted. */
    public List<String> kinds() {
        Set<String> all = new TreeSet<>();
        sources.forEach(s -> all.addAll(s.kinds()));
        return new ArrayList<>(all);
    }

    /** Rebuilds the index from every module's items (ADMIN only). */
    public Rebuilt rebuild(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("search.rebuild.forbidden");
        }
        return rebuild();
    }

    /**
     * Rebuilds without a surrounding transaction: each module's facade reads in its own, so that a province's whole
     * history never sits in one persistence context.
     */
    Rebuilt rebuild() {
        long started = System.nanoTime();
        long n = index.rebuild(sources.stream().flatMap(SearchableSource::all));
        log.info("Search: rebuilt the {} index with {} items in {} ms", index.engine(), n,
                (System.nanoTime() - started) / 1_000_000);
        return new Rebuilt(index.engine(), n);
    }

    boolean isEmpty() {
        return index.isEmpty();
    }
}
