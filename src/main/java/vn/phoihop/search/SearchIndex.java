package vn.phoihop.search;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * Where searchable items are kept and found. Two implementations pass the same contract test: Lucene with ICU
 * folding (embedded, one node) and PostgreSQL full-text search (shared by every node). Both fold case and
 * diacritics (đ → d), AND the query's words, rank title matches above text matches, and quote matches in escaped
 * snippets. Another engine (OpenSearch at national scale) plugs in as a bean of this type; see package-info.
 */
public interface SearchIndex {

    /** A short name for logs and the rebuild answer: {@code lucene}, {@code postgres}. */
    String engine();

    /** Adds or replaces (by kind and id) the items; visible to searches when this returns. */
    void put(Collection<Searchable> documents);

    void remove(String kind, long id);

    /**
     * Rebuilds: adds or replaces every given item, then removes the items indexed before the rebuild began that were
     * not given. Searches keep finding the old items until their new version is in; never an empty index.
     *
     * @return how many items were given
     */
    long rebuild(Stream<Searchable> documents);

    boolean isEmpty();

    /**
     * Programs of the items that match, before visibility: the ones whose access a request must check. Empty when
     * too many items match to list them quickly: the caller then takes every program the user may see.
     */
    Optional<Set<ProgramId>> programsMatching(Query query);

    /**
     * Whether {@link #find} takes a user's whole scope (every program they may see) as cheaply as a scope narrowed to
     * the programs of the matches: then a search does not ask {@link #programsMatching} first.
     */
    default boolean scopesCheaply() {
        return false;
    }

    /**
     * Matches within the scope, best first, with their number (exact up to the engine's cap, see
     * {@link SearchResults}).
     */
    SearchResults find(Query query, Scope scope, int offset, int limit);

    /**
     * What was asked: words (ANDed after folding), optional kinds, year and body (one of the item's
     * {@code organizationIds}).
     */
    record Query(String text, Set<String> kinds, Integer year, OrganizationId organizationId) {

        public Query {
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        }

        public static Query of(String text) {
            return new Query(text, Set.of(), null, null);
        }
    }

    /**
     * Which items the asking user may see: everything, or items of the given programs plus items without a program
     * that concern the given body; and, of those, only items whose {@link Readers} share one of {@code readers} (the
     * keys of the user, {@link Readers#keysOf}). {@code readers == null} (only {@link #all()}, for the system) skips
     * that check.
     */
    record Scope(boolean everything, Set<ProgramId> programs, OrganizationId body, Set<String> readers) {

        public Scope {
            programs = programs == null ? Set.of() : Set.copyOf(programs);
            readers = readers == null ? null : Set.copyOf(readers);
        }

        /** Everything, restricted items included: for the system and tests, never for a user. */
        public static Scope all() {
            return new Scope(true, Set.of(), null, null);
        }

        /** Every program and body (ADMIN), restricted items only when the keys open them. */
        public static Scope everything(Set<String> readers) {
            return new Scope(true, Set.of(), null, readers);
        }

        /** An unrestricted user's scope: for tests. */
        public static Scope of(Set<ProgramId> programs, OrganizationId body) {
            return new Scope(false, programs, body, Set.of(Readers.ANYONE_KEY));
        }

        public static Scope of(Set<ProgramId> programs, OrganizationId body, Set<String> readers) {
            return new Scope(false, programs, body, readers);
        }
    }
}
