package vn.phoihop.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.phoihop.meetings.MeetingKind;

/**
 * Reads the Vietnamese text of a meeting's minutes (biên bản), a newspaper report of a signing or review conference,
 * or an announcement of conclusions (thông báo kết luận) into a {@link MeetingDraft}. Rules, not a model: people
 * are found by a family name or 'đồng chí' with the positions written around them; their part (chair, directing,
 * speaker) by the verbs next to them; documents, the review rule and the directions by the forms officials write.
 */
final class MeetingTextReader {

    private static final Set<String> SURNAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Trịnh", "Mai", "Tô", "Hà",
            "Lương", "Cao", "Vương", "Trương", "Lâm", "Phùng", "Đoàn", "Kiều", "Thái", "Tạ", "Chu", "Giàng", "Lò",
            "Vi", "Nông", "Triệu", "Hứa", "Lưu", "Quách", "Khổng", "La", "Thân", "Lục", "Đàm", "Âu", "Tăng", "Châu",
            "Nghiêm", "Tống", "Diệp", "Cù", "Sùng", "Vàng", "Lầu", "Mùa", "Sầm", "Hầu", "Bế", "Lạc", "Đồng", "Khúc",
            "Doãn", "Lã", "Ninh", "Mạc", "Kim", "Thào", "Quản", "Tòng", "Lường");
    /** Words that start a position (chức vụ) rather than a name. */
    private static final Pattern POSITION_START = Pattern.compile(
            "(?:Ủy viên|Uỷ viên|Tỉnh ủy viên|Tỉnh uỷ viên|Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Trưởng|Phó Trưởng|"
                    + "Giám đốc|Phó Giám đốc|Chánh|Phó Chánh|Thứ trưởng|Bộ trưởng|Tổng Biên tập|Chủ nhiệm|"
                    + "Phó Chủ nhiệm|Thường trực|Đại biểu|Thành viên|Viện trưởng|Phó Viện trưởng|Cục trưởng|"
                    + "Phó Cục trưởng|Tổng Thư ký|Thư ký|Người phát ngôn|Chỉ huy trưởng|Tổng Giám đốc|Phó Tổng Giám đốc|"
                    + "Hiệu trưởng|Chuyên viên|Phó Trưởng đoàn|Trưởng đoàn|Nguyên)(?![\\p{L}])");
    private static final Set<String> NOT_NAME_WORDS = Set.of("Phó", "Bí", "Chủ", "Trưởng", "Giám", "Ủy", "Uỷ", "Chánh",
            "Thường", "Tỉnh", "Tổng", "Thứ", "Bộ", "Đại", "Thành", "Viện", "Cục", "Ban", "Sở", "Hội", "Tổ", "Thư",
            "Người", "Chỉ", "Hiệu", "Đảng", "Nhà", "Văn", "Thanh", "Công", "Huyện", "Thị", "Xã", "Phường",
            "Hiện", "Theo", "Tại", "Trong", "Cùng", "Đồng", "Với", "Sau", "Ngày", "Chiều", "Sáng", "Dự", "Các");
    private static final String NAME_WORD = "\\p{Lu}\\p{Ll}*";
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}])(" + NAME_WORD + ")((?:[ \\t]+" + NAME_WORD + "){1,4})(?![\\p{L}])");
    private static final Pattern HONORIFIC = Pattern.compile("(?:đồng chí|đ/c|ông|bà|Đồng chí|Đ/c|Đ/C|Ông|Bà|ĐỒNG CHÍ)\\s*:?\\s*$");
    /** Where the last position written after a name ends: the verb of the sentence, or another person. */
    private static final Pattern POSITION_END = Pattern.compile(
            "\\s+(?:chủ trì|đồng chủ trì|dự|tới dự|về dự|đến dự|tham dự|phát biểu|nhấn mạnh|đề nghị|yêu cầu|cho biết|"
                    + "khẳng định|kết luận|đánh giá|ghi nhận|chỉ đạo|đã|đang|sẽ|cùng|có|thay mặt|trình bày|báo cáo|"
                    + "quán triệt|lưu ý|biểu dương|nêu rõ|chia sẻ|thông qua|ký|điều hành|nhận định|mong muốn|tặng|"
                    + "là|được|cũng|tiếp thu|giải trình)(?![\\p{L}])"
                    + "|\\s+và\\s+(?=\\p{Ll})|\\s*[:()\\[\\]]|\\s+-\\s+(?=\\p{Ll})|\\s+(?:tại|trong)\\s+(?=\\p{Ll})");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\"“(\\d\\-–•])|\\n+");
    private static final Pattern SPEECH = Pattern.compile(
            "(?:phát biểu|nhấn mạnh|đề nghị|yêu cầu|khẳng định|kết luận|cho biết|lưu ý|đánh giá|ghi nhận|"
                    + "biểu dương|trình bày|quán triệt|nêu rõ|chia sẻ|nhận định|mong muốn|chỉ đạo|báo cáo|thông tin)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CHAIR = Pattern.compile("(?<!đồng )chủ trì(?![\\p{L}])|đồng chủ trì",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIRECTING = Pattern.compile(
            "(?:dự|tham dự)(?:\\s+và|,)?\\s+chỉ đạo|dự chỉ đạo|tới dự|về dự|đến dự", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?<![\\p{L}])(Nghị quyết|Kết luận|Chỉ thị|Quyết định|Đề án|Kế hoạch|Chương trình|Thông báo|Quy định|"
                    + "Quy chế|Hướng dẫn|Công văn|Thông tri|Nghị định|Thông tư|Báo cáo|Tờ trình)\\s+(?:số\\s*:?\\s*)?"
                    + "(\\d{1,4}(?:[\\-/][\\p{L}\\d]+(?:[\\-/.][\\p{L}\\d]+)*)?)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COUNTING = Pattern.compile("^\\s+(?:nội dung|vấn đề|nhiệm vụ|điểm|ý|nhóm|tháng|năm|"
            + "ngày|lần|giải pháp|chỉ tiêu|tiêu chí|mục tiêu|đơn vị|cơ quan|%)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REVIEW_RULE = Pattern.compile(
            "(?:ít nhất|tối thiểu|định kỳ|cứ)\\s+(\\d{1,2}|một|hai|ba|bốn|sáu|mười hai)\\s+tháng"
                    + "|(\\d{1,2}|ba|sáu|mười hai)\\s+tháng\\s+(?:một|1)\\s+lần",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIRECTION_TRIGGER = Pattern.compile(
            "(?<![\\p{L}])(?:đề nghị|yêu cầu|giao cho|giao)(?![\\p{L}])\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-–•+*]|\\d{1,2}[.)]|[a-zđ]\\))\\s+(.+)$");
    private static final Pattern TIME_OF_DAY_DATE = Pattern.compile(
            "(?<![\\p{L}])(?:sáng|chiều|trưa|tối|hôm nay|hôm qua|sáng nay|chiều nay|chiều qua|sáng qua|tối qua|"
                    + "ngày|vào ngày|hôm)\\s*(?:\\(?\\s*(?:thứ\\s+\\p{L}+|chủ nhật)\\s*,?\\s*)?\\(?\\s*(?:ngày\\s+)?"
                    + "(\\d{1,2})\\s*[/\\-.]\\s*(\\d{1,2})(?:\\s*[/\\-.]\\s*(\\d{4}))?(?![\\d/])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORDS_DATE = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AT_HOUR = Pattern.compile("(?:vào\\s+)?(?:hồi|lúc)\\s+\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE_DATE_LINE = Pattern.compile(
            "^\\s*[\\p{L} .]{2,40},\\s*ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROGRAM_YEAR = Pattern.compile(
            "chương trình(?: phối hợp)?[^.\\n]{0,160}?năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE = Pattern.compile(
            "(?<![\\p{L}])hội nghị\\s+(?:ký kết|sơ kết|tổng kết|giao ban|đánh giá|triển khai|liên tịch|rút kinh nghiệm|"
                    + "thông qua|bàn|trao đổi)[^.;:\\n]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE_END = Pattern.compile(
            "\\s+(?:do|dưới sự|với sự|diễn ra|được tổ chức|đã diễn ra|tại|vào|hôm|sáng|chiều|ngày)\\s+|\\s*,\\s*");
    private static final Pattern PARTIES = Pattern.compile(
            "phối hợp(?: công tác)?\\s+giữa\\s+(.+?)(?=\\s+(?:năm|giai đoạn)\\s+\\d{4}|[.;:\\n]|\\s+(?:được|đã|do|diễn ra|tại|"
                    + "nhằm|để)\\s|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARTIES_LINE = Pattern.compile("(?:các bên ký kết|đại diện các bên|bên ký kết)\\s*:\\s*(.+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORGANISERS = Pattern.compile(
            "(?:^|[,:]\\s*)((?:Ban|Sở|Đảng|Tỉnh|Ủy ban|UBND|Văn phòng|Thường trực)[^,.;:]*?)\\s+(?:đã\\s+)?(?:phối hợp\\s+)?"
                    + "tổ chức\\s+hội nghị");
    private static final Pattern BODY_START = Pattern.compile(
            "^(?:Ban|Sở|Ủy ban|Uỷ ban|UBND|HĐND|Đảng|Văn phòng|Thanh tra|Tỉnh ủy|Tỉnh uỷ|Hội|Mặt trận|Liên đoàn|Công an|"
                    + "Bộ|Cục|Đoàn|Trường|Viện|Báo|Đài|Các|các|Kho bạc|Ngân hàng|BCS|MTTQ|Hội đồng|Tòa án|Viện kiểm sát|"
                    + "Đảng ủy|Đảng đoàn|Ban cán sự)");

    private MeetingTextReader() {
    }

    /** A person found in the text: where the name and everything written about them sit. */
    private record Mention(String name, List<String> positions, int start, int end, boolean honorific) {
    }

    static MeetingDraft read(String raw, Integer givenYear) {
        String text = Folding.nfc(raw == null ? "" : raw).replaceAll("[ \\t]+", " ");
        Map<String, String> evidence = new LinkedHashMap<>();
        List<String> sentences = sentences(text);

        MeetingKind kind = kind(text, sentences, evidence);
        Integer programYear = programYear(text, kind, evidence);
        Integer fallbackYear = givenYear != null ? givenYear : programYear != null ? programYear : anyYear(text);
        LocalDate heldOn = heldOn(text, sentences, fallbackYear, evidence);
        if (programYear == null && heldOn != null) {
            programYear = heldOn.getYear();
        }
        String title = title(text, sentences, kind, evidence);

        MeetingDraft.Person chair = null;
        List<MeetingDraft.Person> directing = new ArrayList<>();
        List<MeetingDraft.Person> speakers = new ArrayList<>();
        for (String sentence : sentences) {
            List<Mention> people = mentions(sentence);
            String inherited = null;
            for (int i = 0; i < people.size(); i++) {
                Mention m = people.get(i);
                String head = sentence.substring(i == 0 ? 0 : people.get(i - 1).end(), m.start());
                String tail = sentence.substring(m.end(), i + 1 < people.size() ? people.get(i + 1).start()
                        : sentence.length());
                String role = role(head, tail, inherited);
                inherited = head.replaceAll("[\\s,;:]|và|đồng chí|ông|bà", "").isEmpty() && i > 0 ? inherited
                        : roleFromHead(head);
                MeetingDraft.Person p = new MeetingDraft.Person(m.name(), m.positions());
                if ("chair".equals(role) && chair == null) {
                    chair = p;
                    evidence.putIfAbsent("chair", sentence.strip());
                } else if ("directing".equals(role) && !contains(directing, p) && (chair == null
                        || !chair.fullName().equals(p.fullName()))) {
                    directing.add(p);
                    evidence.putIfAbsent("directing", sentence.strip());
                }
                if (SPEECH.matcher(tail).find() && !startsWithRoleOnly(tail) || speechHead(head)) {
                    if (!contains(speakers, p)) {
                        speakers.add(merge(p, chair, directing));
                        evidence.putIfAbsent("speakers", sentence.strip());
                    }
                }
            }
        }
        // The chair and the directing leader named again later without positions keep the positions written first.
        MeetingDraft.Person finalChair = chair;
        speakers.replaceAll(s -> merge(s, finalChair, directing));

        List<String> parties = parties(text, evidence);
        List<MeetingDraft.DocumentReference> documents = documents(text, sentences, evidence);
        Integer review = reviewInterval(sentences, evidence);
        List<String> directions = directions(text, evidence);
        return new MeetingDraft(heldOn, kind, programYear, title, chair, directing, speakers, parties, documents,
                review, directions, evidence);
    }

    // ---- sentences

    static List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                result.add(s.strip());
            }
        }
        return result;
    }

    // ---- kind, year, date, title

    private static MeetingKind kind(String text, List<String> sentences, Map<String, String> evidence) {
        String head = String.join(" ", sentences.subList(0, Math.min(4, sentences.size()))).toLowerCase(Locale.ROOT);
        String all = text.toLowerCase(Locale.ROOT);
        for (String scope : List.of(head, all)) {
            MeetingKind k = scope.contains("ký kết") ? MeetingKind.SIGNING
                    : scope.matches("(?s).*sơ kết\\s+(?:6|sáu)\\s+tháng.*") || scope.contains("sơ kết")
                    ? MeetingKind.SIX_MONTH_REVIEW
                    : scope.contains("tổng kết") ? MeetingKind.YEAR_END_REVIEW : null;
            if (k != null) {
                String word = switch (k) {
                    case SIGNING -> "ký kết";
                    case SIX_MONTH_REVIEW -> "sơ kết";
                    default -> "tổng kết";
                };
                sentences.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(word)).findFirst()
                        .ifPresent(s -> evidence.put("kind", s));
                return k;
            }
        }
        return MeetingKind.REGULAR;
    }

    private static Integer programYear(String text, MeetingKind kind, Map<String, String> evidence) {
        Matcher m = PROGRAM_YEAR.matcher(text);
        Integer chosen = null;
        String where = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < 1990 || y > 2100) {
                continue;
            }
            if (chosen == null || kind == MeetingKind.SIGNING && y > chosen) {
                chosen = y;
                where = m.group();
            }
        }
        if (chosen != null) {
            evidence.put("programYear", sentenceAround(text, where));
        }
        return chosen;
    }

    private static Integer anyYear(String text) {
        Matcher m = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(?!\\d)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private static LocalDate heldOn(String text, List<String> sentences, Integer year, Map<String, String> evidence) {
        // 1. "Sáng 15/3", "Chiều nay (1/3)", "Ngày 4-2-2016" — outside document references.
        for (String s : sentences) {
            Matcher m = TIME_OF_DAY_DATE.matcher(s);
            while (m.find()) {
                if (documentBefore(s, m.start())) {
                    continue;
                }
                LocalDate d = date(m.group(1), m.group(2), m.group(3), year);
                if (d != null) {
                    evidence.put("heldOn", s);
                    return d;
                }
            }
        }
        // 2. "Vào hồi 14 giờ, ngày 05 tháng 02 năm 2016" and other dates in words outside references and the header.
        for (boolean hourOnly : List.of(true, false)) {
            for (String s : sentences) {
                if (PLACE_DATE_LINE.matcher(s).matches() || hourOnly && !AT_HOUR.matcher(s).find()) {
                    continue;
                }
                Matcher m = WORDS_DATE.matcher(s);
                while (m.find()) {
                    if (documentBefore(s, m.start())) {
                        continue;
                    }
                    LocalDate d = date(m.group(1), m.group(2), m.group(3), year);
                    if (d != null) {
                        evidence.put("heldOn", s);
                        return d;
                    }
                }
            }
        }
        // 3. The date of the document itself ("Quảng Ninh, ngày 16 tháng 3 năm 2016").
        for (String s : sentences) {
            if (PLACE_DATE_LINE.matcher(s).matches()) {
                Matcher m = WORDS_DATE.matcher(s);
                if (m.find()) {
                    LocalDate d = date(m.group(1), m.group(2), m.group(3), year);
                    if (d != null) {
                        evidence.put("heldOn", s);
                        return d;
                    }
                }
            }
        }
        return null;
    }

    private static boolean documentBefore(String s, int at) {
        String before = s.substring(Math.max(0, at - 40), at);
        return DOCUMENT.matcher(before).find() || before.matches("(?s).*(?:ban hành|ký ban hành|ký)\\s*$");
    }

    private static LocalDate date(String day, String month, String rawYear, Integer year) {
        try {
            Integer y = rawYear != null ? Integer.valueOf(rawYear) : year;
            if (y == null) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String title(String text, List<String> sentences, MeetingKind kind, Map<String, String> evidence) {
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String t = m.group();
            Matcher end = TITLE_END.matcher(t);
            if (end.find()) {
                t = t.substring(0, end.start());
            }
            t = t.strip();
            if (t.split("\\s+").length >= 4) {
                evidence.put("title", sentenceAround(text, m.group()));
                return sentenceCase(t);
            }
        }
        for (String s : sentences.subList(0, Math.min(3, sentences.size()))) {
            if (s.length() <= 200 && !s.endsWith(".") && !PLACE_DATE_LINE.matcher(s).matches()
                    && !s.toUpperCase(Locale.ROOT).startsWith("CỘNG HÒA") && !s.toUpperCase(Locale.ROOT).startsWith("ĐẢNG CỘNG SẢN")
                    && !s.matches("(?i)^(số|độc lập|biên bản|thông báo)\\b.*") && s.split("\\s+").length >= 4) {
                evidence.put("title", s);
                return sentenceCase(s);
            }
        }
        return switch (kind) {
            case SIGNING -> "Hội nghị ký kết chương trình phối hợp";
            case SIX_MONTH_REVIEW -> "Hội nghị sơ kết 6 tháng chương trình phối hợp";
            case YEAR_END_REVIEW -> "Hội nghị tổng kết chương trình phối hợp";
            case REGULAR -> "Cuộc họp";
        };
    }

    /** A heading in capitals as a sentence, keeping the usual acronyms. */
    static String sentenceCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        String previous = "";
        for (String w : s.split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            boolean bodyStart = previous.matches("giữa|và|với") && lower.matches("ban|sở|ủy|uỷ|văn|thanh|hội|mặt|liên");
            previous = lower;
            if (bodyStart) {
                sb.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1)).append(' ');
                continue;
            }
            boolean acronym = w.matches("UBND|HĐND|MTTQ|BCS|BCSĐ|TU|TW|UBKT|\\d.*");
            String proper = switch (lower) {
                case "đảng" -> "Đảng";
                case "tỉnh" -> sb.toString().endsWith("UBND ") ? "tỉnh" : lower;
                default -> lower;
            };
            sb.append(acronym ? w : proper).append(' ');
        }
        String r = sb.toString().strip().replace("tỉnh ủy", "Tỉnh ủy").replace("tỉnh uỷ", "Tỉnh ủy");
        return Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }

    private static String sentenceAround(String text, String fragment) {
        for (String s : sentences(text)) {
            if (s.contains(fragment.strip())) {
                return s;
            }
        }
        return fragment.strip();
    }

    // ---- people

    static List<Mention> mentions(String sentence) {
        List<Mention> result = new ArrayList<>();
        Matcher m = NAME.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            String first = m.group(1);
            String[] rest = m.group(2).strip().split("\\s+");
            List<String> words = new ArrayList<>();
            words.add(first);
            for (String w : rest) {
                if (NOT_NAME_WORDS.contains(w) && words.size() >= 2) {
                    break;
                }
                words.add(w);
            }
            int nameStart = m.start(1);
            String before = sentence.substring(0, nameStart);
            boolean honorific = HONORIFIC.matcher(before).find();
            boolean surname = SURNAMES.contains(first);
            if (words.size() < 2 || !(honorific || surname) || NOT_NAME_WORDS.contains(first)) {
                from = m.start(1) + first.length();
                continue;
            }
            String name = String.join(" ", words);
            int nameEnd = sentence.indexOf(words.get(words.size() - 1), nameStart) + words.get(words.size() - 1).length();
            int[] end = {nameEnd};
            List<String> positions = positionsAfter(sentence, nameEnd, end);
            if (positions.isEmpty() && !honorific) {
                positions = positionsBefore(before);
            }
            if (!honorific && positions.isEmpty()) {
                from = nameEnd;
                continue;
            }
            int start = honorific ? before.replaceAll(HONORIFIC.pattern(), "").length() : nameStart;
            if (!honorific && !positions.isEmpty() && end[0] == nameEnd) {
                int p = before.lastIndexOf(positions.get(0));
                start = p >= 0 ? p : nameStart;
            }
            result.add(new Mention(name, positions, start, Math.max(end[0], nameEnd), honorific));
            from = Math.max(end[0], nameEnd);
        }
        return result;
    }

    private static List<String> positionsAfter(String s, int at, int[] end) {
        List<String> positions = new ArrayList<>();
        Matcher lead = Pattern.compile("^\\s*(?:,|–|—|-|\\(|:)\\s*").matcher(s.substring(at));
        if (!lead.find()) {
            return positions;
        }
        int i = at + lead.end();
        boolean parenthesis = lead.group().contains("(");
        while (i < s.length()) {
            String rest = s.substring(i);
            if (!POSITION_START.matcher(rest).lookingAt()) {
                break;
            }
            Matcher sep = Pattern.compile("[,;]").matcher(rest);
            int segEnd = sep.find() ? sep.start() : rest.length();
            String segment = rest.substring(0, segEnd);
            Matcher stop = POSITION_END.matcher(segment);
            boolean stopped = false;
            if (stop.find()) {
                segment = segment.substring(0, stop.start());
                stopped = true;
            }
            segment = segment.replaceAll("[\\s.]+$", "");
            if (segment.split("\\s+").length >= 2) {
                positions.add(segment);
            }
            end[0] = i + segment.length();
            if (stopped || segEnd >= rest.length()) {
                break;
            }
            i += segEnd + 1;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
        if (parenthesis) {
            int close = s.indexOf(')', end[0]);
            if (close >= 0 && close - end[0] < 3) {
                end[0] = close + 1;
            }
        }
        return positions;
    }

    private static List<String> positionsBefore(String before) {
        String[] parts = before.split("\\s*,\\s*");
        List<String> found = new ArrayList<>();
        for (int k = parts.length - 1; k >= 0; k--) {
            String part = parts[k].strip();
            if (k == parts.length - 1) {
                Matcher p = POSITION_START.matcher(part);
                int at = -1;
                while (p.find()) {
                    if (p.start() == 0 || part.charAt(p.start() - 1) == ' ') {
                        at = p.start();
                        break;
                    }
                }
                if (at < 0) {
                    break;
                }
                String pos = part.substring(at).strip();
                // "Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Nguyễn Văn A": everything after the last verb.
                found.add(0, pos);
                if (at > 0) {
                    break;
                }
            } else if (POSITION_START.matcher(part).lookingAt()) {
                found.add(0, part);
            } else {
                break;
            }
        }
        return found;
    }

    private static String roleFromHead(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (DIRECTING.matcher(h).find()) {
            return "directing";
        }
        if (CHAIR.matcher(h).find() && !h.contains("phát biểu")) {
            return "chair";
        }
        return null;
    }

    private static String role(String head, String tail, String inherited) {
        String t = tail.toLowerCase(Locale.ROOT);
        Matcher chair = CHAIR.matcher(t);
        Matcher directing = DIRECTING.matcher(t);
        int c = chair.find() ? chair.start() : Integer.MAX_VALUE;
        int d = directing.find() ? directing.start() : Integer.MAX_VALUE;
        if (c < d && c < 40) {
            return "chair";
        }
        if (d < c && d < 40) {
            return "directing";
        }
        String fromHead = roleFromHead(head);
        if (fromHead != null) {
            return fromHead;
        }
        String bare = head.replaceAll("[\\s,;:]|và|đồng chí|các|ông|bà", "");
        return bare.isEmpty() ? inherited : null;
    }

    private static boolean startsWithRoleOnly(String tail) {
        String t = tail.strip().toLowerCase(Locale.ROOT);
        return t.matches("^(?:,\\s*)?(?:chủ trì|dự và chỉ đạo|dự, chỉ đạo|tới dự|dự)\\s+hội nghị\\.?$");
    }

    private static boolean speechHead(String head) {
        String h = head.toLowerCase(Locale.ROOT).strip();
        return h.matches("(?s).*(?:phát biểu|kết luận|theo|trình bày)[^.]{0,40}$") && !h.contains("chủ trì hội nghị:");
    }

    private static boolean contains(List<MeetingDraft.Person> people, MeetingDraft.Person p) {
        return people.stream().anyMatch(x -> x.fullName().equals(p.fullName()));
    }

    private static MeetingDraft.Person merge(MeetingDraft.Person p, MeetingDraft.Person chair,
                                             List<MeetingDraft.Person> directing) {
        if (!p.positions().isEmpty()) {
            return p;
        }
        if (chair != null && chair.fullName().equals(p.fullName())) {
            return chair;
        }
        return directing.stream().filter(d -> d.fullName().equals(p.fullName())).findFirst().orElse(p);
    }

    // ---- parties, documents, review rule, directions

    private static List<String> parties(String text, Map<String, String> evidence) {
        Matcher m = PARTIES_LINE.matcher(text);
        String list = null;
        if (m.find()) {
            list = m.group(1);
        } else {
            m = PARTIES.matcher(text);
            if (m.find()) {
                list = m.group(1);
            } else {
                m = ORGANISERS.matcher(text);
                if (m.find()) {
                    list = m.group(1);
                }
            }
        }
        if (list == null) {
            return List.of();
        }
        evidence.put("parties", sentenceAround(text, m.group()));
        List<String> parts = new ArrayList<>();
        for (String piece : list.split("\\s*,\\s*|\\s+(?:và|với)\\s+")) {
            String p = piece.strip().replaceAll("[.;]+$", "");
            if (p.isEmpty()) {
                continue;
            }
            if (!parts.isEmpty() && !BODY_START.matcher(p).lookingAt()) {
                String last = parts.remove(parts.size() - 1);
                String joiner = list.contains(last + " và " + p) ? " và " : list.contains(last + " với " + p)
                        ? " với " : ", ";
                parts.add(last + joiner + p);
            } else {
                parts.add(p);
            }
        }
        return parts.stream().map(p -> p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1)).distinct().toList();
    }

    private static List<MeetingDraft.DocumentReference> documents(String text, List<String> sentences,
                                                                  Map<String, String> evidence) {
        Set<MeetingDraft.DocumentReference> found = new LinkedHashSet<>();
        for (String s : sentences) {
            Matcher m = DOCUMENT.matcher(s);
            while (m.find()) {
                String number = m.group(2).replaceAll("[.\\-/]+$", "");
                boolean symbol = number.matches(".*[\\-/].*");
                boolean numbered = s.substring(m.start(), m.end()).toLowerCase(Locale.ROOT).contains("số");
                if (!symbol && !numbered && COUNTING.matcher(s.substring(m.end())).lookingAt()) {
                    continue;
                }
                if (m.group(1).equalsIgnoreCase("chương trình") && !symbol && !numbered) {
                    continue;
                }
                String kind = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1)
                        .toLowerCase(Locale.ROOT);
                if (found.add(new MeetingDraft.DocumentReference(kind, number))) {
                    evidence.putIfAbsent("documents", s);
                }
            }
        }
        return List.copyOf(found);
    }

    private static Integer reviewInterval(List<String> sentences, Map<String, String> evidence) {
        for (String s : sentences) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (!lower.contains("sơ kết") && !lower.contains("đánh giá") && !lower.contains("kiểm điểm")) {
                continue;
            }
            Matcher m = REVIEW_RULE.matcher(s);
            if (m.find()) {
                String n = m.group(1) != null ? m.group(1) : m.group(2);
                int months = switch (n.toLowerCase(Locale.ROOT)) {
                    case "một" -> 1;
                    case "hai" -> 2;
                    case "ba" -> 3;
                    case "bốn" -> 4;
                    case "sáu" -> 6;
                    case "mười hai" -> 12;
                    default -> Integer.parseInt(n);
                };
                if (months >= 1 && months <= 12) {
                    evidence.put("reviewIntervalMonths", s);
                    return months;
                }
            }
        }
        return null;
    }

    private static List<String> directions(String text, Map<String, String> evidence) {
        List<String> result = new ArrayList<>();
        String[] lines = text.split("\n");
        boolean collecting = false;
        for (String rawLine : lines) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (collecting && item.matches()) {
                add(result, item.group(1));
                evidence.putIfAbsent("directions", line);
                continue;
            }
            collecting = false;
            for (String sentence : sentences(line)) {
                Matcher t = DIRECTION_TRIGGER.matcher(sentence);
                if (!t.find() || nounUse(sentence, t.start())) {
                    if (sentence.matches("(?is).*(?:kết luận|thống nhất|nhiệm vụ)[^.]*(?:như sau|sau đây)\\s*:\\s*$")) {
                        collecting = true;
                    }
                    continue;
                }
                String content = sentence.substring(t.end()).strip();
                if (content.isEmpty() || content.endsWith(":")) {
                    if (!content.isEmpty() && content.length() > 1) {
                        String lead = content.substring(0, content.length() - 1).strip();
                        if (lead.split("\\s+").length >= 3 && !lead.matches("(?i).*(?:như sau|sau|một số nội dung|"
                                + "các nội dung|những nội dung|một số nhiệm vụ|các nhiệm vụ)$")) {
                            collecting = true;
                            continue;
                        }
                    }
                    collecting = true;
                    continue;
                }
                evidence.putIfAbsent("directions", sentence);
                for (String part : content.split("\\s*;\\s*")) {
                    add(result, part);
                }
            }
        }
        return result;
    }

    /** 'các đề nghị của cơ sở', 'theo đề nghị của Sở': the word as a noun, not a request. */
    private static boolean nounUse(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
        String after = sentence.substring(at).toLowerCase(Locale.ROOT);
        return before.matches(".*(?:các|những|theo|kiến nghị,|tờ trình)\\s*$")
                || after.matches("^(?:đề nghị|yêu cầu)\\s+(?:của|đã|được)\\b.*");
    }

    private static void add(List<String> result, String raw) {
        String d = raw.strip().replaceAll("^[-–•+:,\\s]+", "").replaceAll("[;.\\s]+$", "");
        if (d.split("\\s+").length < 3) {
            return;
        }
        d = Character.toUpperCase(d.charAt(0)) + d.substring(1);
        if (!result.contains(d)) {
            result.add(d);
        }
    }
}
