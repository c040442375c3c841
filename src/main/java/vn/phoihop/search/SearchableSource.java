package vn.phoihop.search;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Implemented (as a bean) by each module whose items are searchable: the kinds it owns — the only ones the kind
 * filter accepts —, one item as it is now (asked after a {@link SearchableChanged}), and every current item, streamed
 * when the index is rebuilt.
 */
public interface SearchableSource {

    /** Kinds this source owns, e.g. {@code MEETING}, {@code CONCLUSION}. */
    Set<String> kinds();

    /** The item as it is now; empty when it no longer exists (or must no longer be found). */
    Optional<Searchable> find(String kind, long id);

    /** Every current item of those kinds, for a rebuild; read in the source's own transactions. */
    Stream<Searchable> all();
}
