package vn.phoihop.imports;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the recognisers compare it: NFC first (pasted text is often decomposed), the usual
 * abbreviations of bodies written out, then a key without diacritics, lower case, one space between words, so that
 * 'Uỷ ban' and 'Ủy ban', 'BTC Tỉnh ủy' and 'Ban Tổ chức Tỉnh ủy' compare equal.
 */
final class Folding {

    /** Abbreviations as bodies write them (case-sensitive, whole words) and what they stand for. */
    private static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        abbreviation("VPTU", "Văn phòng Tỉnh ủy");
        abbreviation("UBKT", "Ủy ban Kiểm tra");
        abbreviation("UBND", "Ủy ban nhân dân");
        abbreviation("HĐND", "Hội đồng nhân dân");
        abbreviation("BCSĐ", "Ban cán sự Đảng");
        abbreviation("BCS Đảng", "Ban cán sự Đảng");
        abbreviation("MTTQ", "Mặt trận Tổ quốc");
        abbreviation("BTC", "Ban Tổ chức");
        abbreviation("BTG", "Ban Tuyên giáo");
        abbreviation("BTGDV", "Ban Tuyên giáo và Dân vận");
        abbreviation("BDV", "Ban Dân vận");
        abbreviation("BNC", "Ban Nội chính");
        abbreviation("TT&TT", "Thông tin và Truyền thông");
        abbreviation("TTTT", "Thông tin và Truyền thông");
        abbreviation("LĐTB&XH", "Lao động - Thương binh và Xã hội");
        abbreviation("KH&ĐT", "Kế hoạch và Đầu tư");
        abbreviation("GD&ĐT", "Giáo dục và Đào tạo");
        abbreviation("TU", "Tỉnh ủy");
    }

    private static void abbreviation(String written, String meaning) {
        ABBREVIATIONS.put(Pattern.compile("(?<![\\p{L}\\p{N}&])" + Pattern.quote(written) + "(?![\\p{L}\\p{N}&])"),
                Matcher.quoteReplacement(meaning));
    }

    private Folding() {
    }

    /** NFC, with non-breaking and other odd spaces made plain; {@code null} stays {@code null}. */
    static String nfc(String raw) {
        if (raw == null) {
            return null;
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\u00A0', ' ').replace('\u2007', ' ')
                .replace('\u202F', ' ').replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The abbreviations written out. */
    static String expand(String text) {
        String s = nfc(text);
        for (Map.Entry<Pattern, String> e : ABBREVIATIONS.entrySet()) {
            s = e.getKey().matcher(s).replaceAll(e.getValue());
        }
        return s;
    }

    /** The comparison key: expanded, without diacritics, lower case, words separated by one space. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        return plain(expand(text)).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Without diacritics and in lower case, one character for one character (offsets are kept). */
    static String plain(String nfcText) {
        StringBuilder sb = new StringBuilder(nfcText.length());
        for (int i = 0; i < nfcText.length(); i++) {
            char c = nfcText.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                sb.append('d');
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            sb.append(Character.toLowerCase(d.charAt(0)));
        }
        return sb.toString();
    }
}
