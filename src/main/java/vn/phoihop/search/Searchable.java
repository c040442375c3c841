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
 * <p>Who may see a hit: when {@code programId} is set, whoever may see that program ({@code Programs.access}: ADMIN
 * all, otherwise programs kept by, signed by or involving the user's body); otherwise ADMIN and users of the bodies in
 * {@code organizationIds}. {@code organizationIds} also serves the body filter. Never put in {@code title} or
 * {@code text} what some who see the item must not read — a denouncer's identity above all: a case is indexed without
 * its citizens' names and addresses.
 *
 * @param kind            upper-case code of what it is ({@code PROGRAM}, {@code TASK}, {@code PROGRESS}, …)
 * @param id              the owning module's id, unique within the kind
 * @param title           plain text shown as the hit's title
 * @param text            plain text searched and quoted in the snippet; may be {@code null}
 * @param year            the year it belongs to (a program's year for everything in a program); may be {@code null}
 * @param programId       the program it belongs to, deciding who may see it; may be {@code null}
 * @param organizationIds bodies concerned: the body filter, and the readers when there is no program
 * @param url             the page that shows it, an absolute path ({@code /tasks/12})
 */
public record Searchable(String kind, long id, String title, String text, Integer year, ProgramId programId,
                         List<OrganizationId> organizationIds, String url) {

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
    }

    /** The key an index stores it under: kind and id. */
    public String key() {
        return kind + ":" + id;
    }
}
