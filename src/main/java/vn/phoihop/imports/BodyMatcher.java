package vn.phoihop.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bodies by their full names, short names and aliases (organizations' own data), with the usual
 * abbreviations written out ('BTC Tỉnh ủy' = 'Ban Tổ chức Tỉnh ủy', 'UBND tỉnh' = 'Ủy ban nhân dân tỉnh') and
 * without regard to case, diacritics placement or spacing.
 */
final class BodyMatcher {

    /** A body and every name it goes by. */
    record Body(long id, String name, List<String> names) {
    }

    /** A body found in a text: which one, and the words that named it. */
    record Match(long id, String name, String written) {
    }

    /** A list of bodies as written: those recognised and the names nobody answers to. */
    record Listed(List<Match> found, List<String> unknown) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;\\n]|\\s+và\\s+|\\s+với\\s+|\\s+cùng\\s+)\\s*");
    private static final Pattern NOISE = Pattern.compile(
            "^(?:(?:cơ quan|đơn vị)\\s+)?(?:chủ trì|phối hợp(?:\\s+với)?|tham mưu|thực hiện|giao|các)\\s*[:：]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<String, Body> byKey = new LinkedHashMap<>();
    private final List<String> keysLongestFirst;

    BodyMatcher(List<Body> bodies) {
        for (Body b : bodies) {
            for (String n : b.names()) {
                String k = Folding.key(n);
                if (!k.isEmpty()) {
                    byKey.putIfAbsent(k, b);
                }
            }
        }
        keysLongestFirst = new ArrayList<>(byKey.keySet());
        keysLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The body a whole phrase names ('Sở Nội vụ', 'BTC Tỉnh ủy'), if any. */
    Optional<Match> whole(String phrase) {
        String cleaned = clean(phrase);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        Body b = byKey.get(Folding.key(cleaned));
        return b == null ? Optional.empty() : Optional.of(new Match(b.id(), b.name(), cleaned));
    }

    /** Every body a list such as 'Sở Nội vụ, Thanh tra tỉnh và BTC Tỉnh ủy' names, and the names not recognised. */
    Listed list(String text) {
        List<Match> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Listed(found, unknown);
        }
        // Split at commas, "và", "với"; then join neighbours back where together they name a body
        // ("Sở Thông tin" + "và" + "Truyền thông").
        String all = Folding.nfc(text);
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher sep = SEPARATORS.matcher(all);
        int last = 0;
        while (sep.find()) {
            parts.add(all.substring(last, sep.start()));
            separators.add(sep.group());
            last = sep.end();
        }
        parts.add(all.substring(last));
        int i = 0;
        while (i < parts.size()) {
            Optional<Match> m = Optional.empty();
            int next = i + 1;
            for (int j = Math.min(parts.size() - 1, i + 4); j >= i; j--) {
                StringBuilder joined = new StringBuilder(parts.get(i));
                for (int k = i + 1; k <= j; k++) {
                    joined.append(separators.get(k - 1)).append(parts.get(k));
                }
                m = whole(joined.toString());
                if (m.isPresent()) {
                    next = j + 1;
                    break;
                }
            }
            String p = clean(parts.get(i));
            i = next;
            if (m.isPresent()) {
                Match found1 = m.get();
                if (found.stream().noneMatch(f -> f.id() == found1.id())) {
                    found.add(found1);
                }
                continue;
            }
            if (p.isEmpty()) {
                continue;
            }
            // "Ban Tổ chức, Tuyên giáo Tỉnh ủy" does not split well: look inside.
            List<Match> inside = find(p);
            if (inside.isEmpty()) {
                unknown.add(p);
            } else {
                inside.stream().filter(x -> found.stream().noneMatch(f -> f.id() == x.id())).forEach(found::add);
            }
        }
        return new Listed(found, unknown);
    }

    /** Every body named anywhere in a text, in the order they appear, longest names first where they overlap. */
    List<Match> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = " " + Folding.key(text) + " ";
        boolean[] taken = new boolean[folded.length()];
        record At(int start, Match match) {
        }
        List<At> hits = new ArrayList<>();
        for (String k : keysLongestFirst) {
            Matcher m = Pattern.compile(" " + Pattern.quote(k) + " ").matcher(folded);
            int from = 0;
            while (m.find(from)) {
                int s = m.start() + 1;
                int e = m.end() - 1;
                boolean free = true;
                for (int i = s; i < e; i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = s; i < e; i++) {
                        taken[i] = true;
                    }
                    Body b = byKey.get(k);
                    hits.add(new At(s, new Match(b.id(), b.name(), k)));
                }
                from = m.end() - 1;
            }
        }
        hits.sort(Comparator.comparingInt(At::start));
        List<Match> result = new ArrayList<>();
        for (At a : hits) {
            if (result.stream().noneMatch(r -> r.id() == a.match().id())) {
                result.add(a.match());
            }
        }
        return result;
    }

    private static String clean(String phrase) {
        if (phrase == null) {
            return "";
        }
        String p = Folding.nfc(phrase).strip();
        p = NOISE.matcher(p).replaceFirst("");
        return p.replaceAll("^[\\s\\-–•+:(]+|[\\s.;:,)]+$", "").strip();
    }
}
