package vn.phoihop.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case and diacritic folding as both engines do it (ICU folding in Lucene, {@code search_fold} = unaccent and
 * {@code đ → d} in PostgreSQL), for the parts done in Java: which words a query has and which words a snippet marks.
 */
final class Folding {

    /** A word: letters, digits and combining marks (so that NFD text stays one word). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** "Phối hợp", "PHỐI HỢP", NFD "phối hợp" and "phoi hop" all fold to "phoi hop"; "Đ" and "đ" to "d". */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT);
    }

    /** The folded words of a query, first occurrence order, without repeats. */
    static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query != null) {
            Matcher m = WORD.matcher(Normalizer.normalize(query, Normalizer.Form.NFC));
            while (m.find()) {
                String t = fold(m.group());
                if (!t.isEmpty()) {
                    terms.add(t);
                }
            }
        }
        return new ArrayList<>(terms);
    }
}
