package vn.phoihop.search;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The SPI through which a module makes its items searchable: implement it as a bean in your module (which then
 * depends on {@code search}; the search module never depends on yours and never reads your tables).
 *
 * <h2>Plugging in a module (cases, opinion notes, …)</h2>
 * <ol>
 * <li>Pick upper-case kinds owned by this source only ({@code CASE}, {@code OPINION_NOTE}); add the labels
 * {@code search.kind.<KIND>} to your module's message bundles (Vietnamese and English). The kind filter of the API
 * and page accepts exactly the kinds of the registered sources.</li>
 * <li>Describe an item as a {@link Searchable}: plain-text {@code title} and {@code text} (what may be found and
 * quoted), {@code year}, {@code url} of its page, and who finds it — {@code programId} (whoever may see the program),
 * else {@code organizationIds} (ADMIN and those bodies' users), narrowed by {@link Readers} when only some roles,
 * some roles of some bodies, or some users may: a case is {@code programId = null, organizationIds = [handling,
 * supervising…], readers = Readers.rolesIn(handling, CASE_HANDLER, LEADER).or(Readers.rolesIn(supervising,
 * SUPERVISOR, LEADER)).or(Readers.roles(ADMIN))}; an item carrying what only the handling body's case handlers may
 * read, {@code Readers.rolesIn(handling, CASE_HANDLER)}.</li>
 * <li>Keep protected data out of {@code title} and {@code text}: the denouncer's (any citizen's) name, address,
 * identity number, phone, e-mail; whatever the page hides from some of the item's readers. The index cannot hide a
 * word it holds from a reader it lets find the item.</li>
 * <li>In the transaction that creates, changes or withdraws an item, publish {@link SearchableChanged} (the index
 * then asks {@link #find} after the commit, on another thread) or {@link SearchableRemoved}. A change of who may
 * see an item (reassigned handling body, a user added) is a change: publish it too.</li>
 * </ol>
 * The index is updated within a second of the commit; Spring Modulith's event publication registry retries a failed
 * update. {@code java -jar … search-rebuild} reindexes everything from {@link #all}.
 */
public interface SearchableSource {

    /** Kinds this source owns, e.g. {@code MEETING}, {@code CONCLUSION}; no other source may own them. */
    Set<String> kinds();

    /**
     * The item as it is now, read by the source's own rules without a user (the caller is the indexer); empty when it
     * no longer exists or must no longer be found (withdrawn, sealed), which removes it from the index.
     */
    Optional<Searchable> find(String kind, long id);

    /**
     * Every current item of those kinds, for a rebuild; read in the source's own transactions (lazily, a batch at a
     * time: a province's whole history must not sit in one persistence context).
     */
    Stream<Searchable> all();
}
