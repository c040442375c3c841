package vn.phoihop.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The snippet of a hit, the same for every engine: a passage of the item's text (its title when it has none) around
 * the most matched words, HTML-escaped, with {@code <mark>} around each word whose folded form is a query word. The
 * only HTML a page inserts unescaped, so everything of the item's own goes through {@link #escape}.
 */
final class Snippets {

    static final int LENGTH = 240;
    private static final int BEFORE = 60;
    private static final int MAX_SOURCE = 100_000;
    private static final int MAX_ANCHORS = 200;

    private record Word(int start, int end, String folded, boolean marked) {
    }

    private Snippets() {
    }

    /**
     * From the text when a word matched there; otherwise from the title followed by the text's beginning, so that the
     * marks show why the item was found.
     */
    static String of(String title, String text, Collection<String> terms) {
        Set<String> wanted = new HashSet<>(terms);
        String t = title == null ? "" : title;
        if (text == null || text.isBlank()) {
            return passage(t, wanted);
        }
        String body = text.length() > MAX_SOURCE ? text.substring(0, MAX_SOURCE) : text;
        List<Word> words = words(body, wanted);
        if (words.stream().anyMatch(Word::marked) || t.isBlank()) {
            return passage(body, words);
        }
        return passage(t + " — " + body, wanted);
    }

    private static String passage(String source, Set<String> wanted) {
        String s = source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE) : source;
        return passage(s, words(s, wanted));
    }

    private static List<Word> words(String source, Set<String> wanted) {
        List<Word> words = new ArrayList<>();
        Matcher m = Folding.WORD.matcher(source);
        while (m.find()) {
            String folded = Folding.fold(m.group());
            words.add(new Word(m.start(), m.end(), folded, wanted.contains(folded)));
        }
        return words;
    }

    private static String passage(String source, List<Word> words) {
        int[] window = window(source, words);
        StringBuilder out = new StringBuilder(LENGTH + 64);
        if (window[0] > 0) {
            out.append("… ");
        }
        int at = window[0];
        for (Word w : words) {
            if (w.start < window[0] || w.end > window[1]) {
                continue;
            }
            if (w.marked) {
                out.append(escape(source.substring(at, w.start))).append("<mark>")
                        .append(escape(source.substring(w.start, w.end))).append("</mark>");
                at = w.end;
            }
        }
        out.append(escape(source.substring(at, window[1])));
        if (window[1] < source.length()) {
            out.append(" …");
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Start and end of the passage with the most distinct matched words, cut at word boundaries. */
    private static int[] window(String source, List<Word> words) {
        if (source.length() <= LENGTH) {
            return new int[] {0, source.length()};
        }
        int bestStart = 0;
        int bestScore = -1;
        int anchors = 0;
        for (int i = 0; i < words.size() && anchors < MAX_ANCHORS; i++) {
            if (!words.get(i).marked) {
                continue;
            }
            anchors++;
            int start = startNear(words, words.get(i).start - BEFORE);
            Set<String> seen = new HashSet<>();
            for (int j = i; j < words.size() && words.get(j).end <= start + LENGTH; j++) {
                if (words.get(j).marked) {
                    seen.add(words.get(j).folded);
                }
            }
            if (seen.size() > bestScore) {
                bestScore = seen.size();
                bestStart = start;
            }
        }
        int end = bestStart;
        for (Word w : words) {
            if (w.start >= bestStart && w.end <= bestStart + LENGTH) {
                end = w.end;
            }
        }
        if (end == bestStart) {
            end = Math.min(source.length(), bestStart + LENGTH);
        }
        return new int[] {bestStart, end};
    }

    /** The start of the first word at or after the position (0 when the position is before the first word). */
    private static int startNear(List<Word> words, int position) {
        if (position <= 0) {
            return 0;
        }
        for (Word w : words) {
            if (w.start >= position) {
                return w.start;
            }
        }
        return 0;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
