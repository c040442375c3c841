package vn.phoihop.search;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * One searchable item as its owning module describes it: the indexing contract. The search module never reads other
 * modules' tables: a module implements {@link SearchableSource} (which describes its items) and publishes
 * {@link SearchableChanged} / {@link SearchableRemoved} when one changes.
 *
 * <h2>Who finds it</h2>
 * <ol>
 * <li>When {@code programId} is set: whoever may see that program ({@code Programs.access}: ADMIN all, otherwise
 * users of the bodies that keep it, sign it or have a task in it), checked at every search — so a body removed from
 * a program stops finding its items at once, without re-indexing.</li>
 * <li>Otherwise: ADMIN and the users of the bodies in {@code organizationIds} (none listed: ADMIN only).</li>
 * <li>And, when {@code readers} is not {@link Readers#ANYONE}, only those among them who hold one of its roles (in
 * any body, or in the body it names for that role) or are one of its users ({@link Readers}: it narrows, never
 * widens, and does not imply ADMIN).</li>
 * </ol>
 * {@code organizationIds} also serves the body filter ({@code organizationId=} of the API).
 *
 * <h2>Keeping protected data out</h2>
 * Everything in {@code title} and {@code text} can be found and is quoted in the snippet to everyone who passes the
 * rule above. Never put there what some of them must not read: a denouncer's or any citizen's name, address,
 * identity number, phone or e-mail; a confidential attachment's content. The cases module builds a case's item from
 * its subject and handling steps only; where one field is protected for some readers, index two items (or leave the
 * field out) rather than one item readable by the wider group. A source's {@code find} returns empty for an item that
 * must no longer be found (withdrawn, sealed): the index then drops it.
 *
 * @param kind            upper-case code of what it is ({@code PROGRAM}, {@code TASK}, {@code PROGRESS}, …), owned by
 *                        exactly one {@link SearchableSource}; its label is the message key {@code search.kind.<KIND>}
 * @param id              the owning module's id, unique within the kind
 * @param title           plain text shown as the hit's title (escaped when shown)
 * @param text            plain text searched and quoted in the snippet; may be {@code null}
 * @param year            the year it belongs to (a program's year for everything in a program); may be {@code null}
 * @param programId       the program it belongs to, deciding who may see it; may be {@code null}
 * @param organizationIds bodies concerned: the body filter, and the readers when there is no program
 * @param url             the page that shows it, an absolute path ({@code /tasks/12})
 * @param readers         a further restriction to roles or users; {@link Readers#ANYONE} (or {@code null}) for none
 */
public record Searchable(String kind, long id, String title, String text, Integer year, ProgramId programId,
                         List<OrganizationId> organizationIds, String url, Readers readers) {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,39}");

    public Searchable {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be an upper-case code: " + kind);
        }
        if (url == null || !url.startsWith("/")) {
            throw new IllegalArgumentException("url must be an absolute path: " + url);
        }
        title = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFC).strip();
        text = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        organizationIds = organizationIds == null ? List.of()
                : organizationIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        readers = readers == null ? Readers.ANYONE : readers;
    }

    /** An item found by whoever passes the rule of its program or bodies. */
    public Searchable(String kind, long id, String title, String text, Integer year, ProgramId programId,
                      List<OrganizationId> organizationIds, String url) {
        this(kind, id, title, text, year, programId, organizationIds, url, Readers.ANYONE);
    }

    /** The key an index stores it under: kind and id. */
    public String key() {
        return kind + ":" + id;
    }
}
