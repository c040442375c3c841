package vn.phoihop.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.phoihop.organizations.OrganizationKind;

/**
 * An official document ready to render with {@link Documents#docx} or {@link Documents#pdf}: the heading (issuers,
 * number and symbol, place and date), the document type and summary (trích yếu), the body, the signature blocks and
 * the recipients (Nơi nhận). Every text is Vietnamese as it will be printed.
 *
 * @param layout     State (Decree 30/2020/NĐ-CP) or Party (Guidance 36-HD/VPTW)
 * @param issuers    the issuing bodies, one for an ordinary document, all of them for a joint one
 * @param number     the official number as entered, e.g. {@code "5"} or {@code "05"}; null or blank leaves the
 *                   space empty for the office that allocates it (PhoiHop never allocates numbers)
 * @param symbol     the whole number and symbol when already known (e.g. a program's stored code), printed as it
 *                   is after "Số:"; null to compose it from {@code number}, {@code typeCode} and the issuers
 * @param typeCode   the abbreviation of the document type: BC, CTr, KH, QĐ, NQ, TB …
 * @param typeName   the document type as printed above the summary, e.g. "BÁO CÁO"
 * @param summary    the trích yếu
 * @param place      the place of the date line, e.g. "Quảng Ninh"
 * @param date       the date of the document
 * @param body       the content, in order
 * @param signatures one block per signing body (several side by side for a joint document)
 * @param recipients the lines under "Nơi nhận:"
 */
public record DocumentModel(Layout layout, List<Issuer> issuers, String number, String symbol, String typeCode,
                            String typeName, String summary, String place, LocalDate date, List<Block> body,
                            List<Signature> signatures, List<String> recipients) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public DocumentModel {
        issuers = List.copyOf(issuers);
        body = List.copyOf(body);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
        if (issuers.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one issuer");
        }
    }

    /** The heading layout, decided by the kind of the (first) issuing body. */
    public enum Layout {
        /** Decree 30/2020/NĐ-CP: national heading and motto, "Số: 05/BC-UBND". */
        STATE,
        /** Guidance 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BC/BTCTU". */
        PARTY;

        public static Layout of(OrganizationKind kind) {
            return kind != null && kind.isParty() ? PARTY : STATE;
        }
    }

    /**
     * An issuing body as its heading shows it.
     *
     * @param superior     the body it belongs to (cơ quan chủ quản), or null
     * @param name         its name
     * @param abbreviation its part of the symbol, e.g. "UBND", "BTCTU"
     */
    public record Issuer(String superior, String name, String abbreviation) {

        /**
         * The symbol abbreviation of a body's short name: a word with two or more capitals is kept (UBND, BTC,
         * TTr); another capitalised word gives its initial, and so do the lower-case words right after it (Tỉnh ủy
         * gives TU, Sở Nội vụ gives SNV); a lower-case word after a kept word is a qualifier and dropped (tỉnh in
         * UBND tỉnh). Accents are dropped except in Đ.
         */
        public static String abbreviate(String shortName) {
            if (shortName == null || shortName.isBlank()) {
                return "";
            }
            String[] words = shortName.strip().split("[\\s,.;:()/-]+");
            StringBuilder out = new StringBuilder();
            boolean afterInitial = false;
            for (String w : words) {
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                long capitals = w.chars().filter(Character::isUpperCase).count();
                if (capitals >= 2) {
                    out.append(plain(w));
                    afterInitial = false;
                } else if (Character.isUpperCase(w.charAt(0)) || afterInitial) {
                    out.append(plain(w.substring(0, 1)).toUpperCase(VI));
                    afterInitial = true;
                }
            }
            return out.toString();
        }

        private static String plain(String s) {
            String d = Normalizer.normalize(s.replace('đ', '\u0001').replace('Đ', '\u0002'), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return Normalizer.normalize(d.replace('\u0001', 'đ').replace('\u0002', 'Đ'), Normalizer.Form.NFC);
        }
    }

    /** A part of the body. */
    public sealed interface Block permits Section, Text, Note, Table {
    }

    /** A section title such as "I. KẾT QUẢ ĐẠT ĐƯỢC" (bold). */
    public record Section(String title) implements Block {
    }

    /** A paragraph of the body, justified with a first-line indent; line breaks start new paragraphs. */
    public record Text(String text) implements Block {
    }

    /** A centred italic line, e.g. the period a report covers. */
    public record Note(String text) implements Block {
    }

    /**
     * A table with a header row; {@code widths} are relative column widths (empty: equal). Numbers are given as
     * text, already formatted.
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows, List<Integer> widths)
            implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = widths == null ? List.of() : List.copyOf(widths);
        }

        public float[] relativeWidths() {
            float[] w = new float[headers.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = i < widths.size() ? widths.get(i) : 1;
            }
            return w;
        }
    }

    /**
     * A signature block: the authority line (e.g. "TM. ỦY BAN NHÂN DÂN", "ĐẠI DIỆN BAN TỔ CHỨC TỈNH ỦY"; may be
     * null), the position and the signer's name (blank when not known: signed by hand).
     */
    public record Signature(String authority, String position, String name) {
    }

    /** The same document with another body, signatures and recipients. */
    public DocumentModel with(List<Block> body, List<Signature> signatures, List<String> recipients) {
        return new DocumentModel(layout, issuers, number, symbol, typeCode, typeName, summary, place, date, body,
                signatures, recipients);
    }

    /** The same document with another number (null or blank: left for the office to fill in). */
    public DocumentModel withNumber(String newNumber) {
        return new DocumentModel(layout, issuers, newNumber, null, typeCode, typeName, summary, place, date, body,
                signatures, recipients);
    }

    /** The abbreviations of the issuers joined by hyphens: "UBND", or "BCSĐ-BTCTU" for a joint document. */
    public String issuerSymbol() {
        return issuers.stream().map(Issuer::abbreviation).filter(a -> a != null && !a.isBlank())
                .collect(Collectors.joining("-"));
    }

    /**
     * The number line: "Số: 05/BC-UBND" for State bodies (a colon, a leading zero below 10, the type then the
     * issuers after a slash), "Số 05-BC/BTCTU" for Party bodies (no colon, a hyphen before the type, a slash before
     * the issuers). Without a number the space is left blank: "Số:     /BC-UBND", "Số     -BC/BTCTU".
     */
    public String numberLine() {
        String prefix = layout == Layout.STATE ? "Số: " : "Số ";
        if (symbol != null && !symbol.isBlank()) {
            return prefix + symbol.strip();
        }
        String n = number == null || number.isBlank() ? "    " : paddedNumber(number.strip());
        String issuer = issuerSymbol();
        if (layout == Layout.STATE) {
            return prefix + n + "/" + typeCode + (issuer.isEmpty() ? "" : "-" + issuer);
        }
        return prefix + n + "-" + typeCode + (issuer.isEmpty() ? "" : "/" + issuer);
    }

    /** A number below 10 takes a leading zero ("5" → "05"); others are printed as entered. */
    static String paddedNumber(String n) {
        return n.matches("[0-9]") ? "0" + n : n;
    }

    /** The date line of this document, e.g. Quảng Ninh, ngày 05 tháng 02 năm 2026. */
    public String dateLine() {
        return dateLine(place, date);
    }

    /**
     * The place-and-date line. Decree 30/2020 (appendix I, II.5): a day below 10 and the months 1 and 2 take a
     * leading zero; the months 3 to 9 do not ("ngày 05 tháng 3 năm 2026").
     */
    public static String dateLine(String place, LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        String day = d < 10 ? "0" + d : String.valueOf(d);
        String month = m <= 2 ? "0" + m : String.valueOf(m);
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** Upper case the Vietnamese way, for headings and names in the heading. */
    public static String upper(String s) {
        return s == null ? null : s.toUpperCase(VI);
    }
}
