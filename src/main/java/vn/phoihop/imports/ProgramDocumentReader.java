package vn.phoihop.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a program document (its paragraphs and table rows, in order) into a {@link ProgramDraft}: sections under
 * Roman numerals, numbers, letters and dashes ('I.', '1.', 'a)', '-'), or Word's own numbering, make a tree; the items
 * at its leaves that name a body or a deadline are tasks and their parents the themes; a table with columns for the
 * content, the lead body, the co-operating bodies and the deadline gives one task a row.
 */
final class ProgramDocumentReader {

    /** A paragraph (with Word's numbering format and level where it has one) or a table row. */
    record Block(String text, String numberFormat, List<String> cells) {

        static Block paragraph(String text, String numberFormat) {
            return new Block(text, numberFormat, null);
        }

        static Block row(List<String> cells) {
            return new Block(String.join(" | ", cells), null, cells);
        }

        boolean isRow() {
            return cells != null;
        }
    }

    private static final Pattern ROMAN = Pattern.compile("^\\s*([IVXL]{1,5})\\s*[.\\-–/)]\\s*(.+)$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,2})(?:\\.\\d{1,2})?\\s*[.)]\\s*(.+)$");
    private static final Pattern LETTER = Pattern.compile("^\\s*([a-zđ])\\s*[).]\\s+(.+)$");
    private static final Pattern DASH = Pattern.compile("^\\s*[-–—•+*]\\s*(.+)$");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^(?:-\\s*)?(cơ quan chủ trì|đơn vị chủ trì|chủ trì|cơ quan phối hợp|đơn vị phối hợp|phối hợp|"
                    + "cơ quan tham mưu|tham mưu|thời gian thực hiện|thời gian hoàn thành|thời gian|thời hạn|"
                    + "tiến độ|sản phẩm|kết quả|hình thức)\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEAD_INLINE = Pattern.compile(
            "(?:^|[(;,.:]\\s*|giao\\s+)([^();,.:]{3,120}?)\\s+(?:làm\\s+)?chủ trì",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COOPERATING_INLINE = Pattern.compile(
            "phối hợp(?:\\s+với)?\\s+((?:(?!thực hiện|tổ chức|triển khai|tham mưu|hoàn thành|trong|trước|thời)"
                    + "[^;().:])+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ADVISING_INLINE = Pattern.compile("([^();,.:]{3,80}?)\\s+tham mưu",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]*(?:chủ trì|phối hợp|thời gian|hoàn thành)"
            + "[^()]*)\\)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CODE = Pattern.compile("^\\s*Số\\s*:?\\s*(\\S+)", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);

    private ProgramDocumentReader() {
    }

    private static final class Node {
        final int level;
        final String text;
        final int source;
        final List<Node> children = new ArrayList<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        Node parent;

        Node(int level, String text, int source) {
            this.level = level;
            this.text = text;
            this.source = source;
        }
    }

    static ProgramDraft read(List<Block> blocks, BodyMatcher bodies, int defaultYear) {
        List<String> source = blocks.stream().map(b -> Folding.nfc(b.text()).strip()).toList();
        Map<String, String> evidence = new LinkedHashMap<>();
        String title = null;
        String code = null;
        int start = 0;
        for (int i = 0; i < Math.min(25, source.size()); i++) {
            String s = source.get(i);
            Matcher c = CODE.matcher(s);
            if (code == null && c.find() && s.length() < 60) {
                code = c.group(1).replaceAll("[.,;]+$", "");
                evidence.put("code", s);
            }
            String k = Folding.key(s);
            if (title == null && k.equals("chuong trinh") && i + 1 < source.size()) {
                title = "Chương trình " + lowerFirst(MeetingTextReader.sentenceCase(source.get(i + 1)));
                evidence.put("title", s + " " + source.get(i + 1));
                start = i + 2;
            } else if (title == null && k.startsWith("chuong trinh phoi hop") && s.length() < 300) {
                title = MeetingTextReader.sentenceCase(s);
                evidence.put("title", s);
                start = i + 1;
            }
        }
        if (title == null) {
            title = source.stream().filter(s -> !s.isBlank()).findFirst().orElse("Chương trình phối hợp");
        }
        Integer year = null;
        Matcher y = YEAR.matcher(title);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
        } else {
            for (String s : source.subList(0, Math.min(10, source.size()))) {
                Matcher any = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)").matcher(s);
                if (any.find()) {
                    year = Integer.parseInt(any.group(1));
                    break;
                }
            }
        }
        int workingYear = year != null ? year : defaultYear;

        List<ProgramDraft.Party> parties = new ArrayList<>();
        List<String> unknownParties = new ArrayList<>();
        Matcher between = Pattern.compile("giữa\\s+(.+?)(?:\\s+(?:năm|giai đoạn)\\s+\\d{4}.*)?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(title);
        if (between.find()) {
            BodyMatcher.Listed listed = bodies.list(between.group(1));
            listed.found().forEach(m -> parties.add(new ProgramDraft.Party(m.id(), m.name(), m.written())));
            unknownParties.addAll(listed.unknown());
            evidence.put("parties", evidence.get("title"));
        }

        Node root = new Node(0, "", -1);
        Node current = root;
        List<ProgramDraft.ThemeDraft> tableThemes = new ArrayList<>();
        Table table = null;
        for (int i = start; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = source.get(i);
            if (b.isRow()) {
                if (table == null) {
                    table = Table.header(b.cells());
                    if (table != null) {
                        continue;
                    }
                } else {
                    table.row(b.cells(), i, bodies, workingYear, tableThemes);
                }
                continue;
            }
            table = null;
            if (text.isEmpty()) {
                continue;
            }
            Matcher attr = ATTRIBUTE.matcher(text);
            if (attr.matches() && current != root) {
                current.attributes.merge(attribute(attr.group(1)), attr.group(2).strip(), (a, c) -> a + "; " + c);
                continue;
            }
            int level;
            String body;
            Matcher m;
            if (b.numberFormat() != null) {
                level = switch (b.numberFormat()) {
                    case "upperRoman" -> 1;
                    case "decimal" -> 2;
                    case "lowerLetter", "upperLetter" -> 3;
                    default -> 4;
                };
                body = text;
            } else if ((m = ROMAN.matcher(text)).matches()) {
                level = 1;
                body = m.group(2);
            } else if ((m = NUMBER.matcher(text)).matches()) {
                level = 2;
                body = m.group(2);
            } else if ((m = LETTER.matcher(text)).matches()) {
                level = 3;
                body = m.group(2);
            } else if ((m = DASH.matcher(text)).matches()) {
                level = 4;
                body = m.group(1);
            } else {
                if (current != root) {
                    current.notes.add(text);
                }
                continue;
            }
            while (current != root && current.level >= level) {
                current = current.parent;
            }
            Node n = new Node(level, body.strip(), i);
            n.parent = current;
            current.children.add(n);
            current = n;
        }

        List<ProgramDraft.ThemeDraft> themes = new ArrayList<>();
        collect(root, themes, bodies, workingYear, source);
        themes.addAll(tableThemes);
        themes.removeIf(t -> t.tasks().isEmpty());
        return new ProgramDraft(title, year, code, parties, unknownParties, themes, source, evidence);
    }

    /** Walks the tree: leaves with a body or a deadline are tasks, grouped under their parent as the theme. */
    private static void collect(Node node, List<ProgramDraft.ThemeDraft> themes, BodyMatcher bodies, int year,
                                List<String> source) {
        List<ProgramDraft.TaskDraft> tasksHere = new ArrayList<>();
        for (Node child : node.children) {
            if (isTask(child, bodies, year)) {
                tasksHere.add(task(child, bodies, year, source));
            } else {
                collect(child, themes, bodies, year, source);
            }
        }
        if (!tasksHere.isEmpty()) {
            String title = node == null || node.level == 0 ? "Nhiệm vụ chung" : themeTitle(node);
            themes.add(new ProgramDraft.ThemeDraft(title, node.source, tasksHere));
        }
    }

    private static boolean isTask(Node n, BodyMatcher bodies, int year) {
        if (n.children.stream().anyMatch(c -> isTask(c, bodies, year) || hasTaskBelow(c, bodies, year))) {
            return false;
        }
        if (n.level == 1 && n.children.isEmpty() && n.attributes.isEmpty()) {
            return false;
        }
        String all = n.text + " " + String.join(" ", n.attributes.values()) + " " + String.join(" ", n.notes);
        return !n.attributes.isEmpty() || all.toLowerCase(Locale.ROOT).contains("chủ trì")
                || !bodies.find(all).isEmpty() && DeadlinePhrases.parse(all, year).isPresent();
    }

    private static boolean hasTaskBelow(Node n, BodyMatcher bodies, int year) {
        return n.children.stream().anyMatch(c -> isTask(c, bodies, year) || hasTaskBelow(c, bodies, year));
    }

    private static ProgramDraft.TaskDraft task(Node n, BodyMatcher bodies, int year, List<String> source) {
        Map<String, String> evidence = new LinkedHashMap<>();
        String sentence = source.get(n.source);
        String text = n.text;
        String attributesText = String.join("; ", n.attributes.values());
        // Attributes in parentheses after the title: "(Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ; quý II)".
        String inline = "";
        Matcher paren = PARENTHESIS.matcher(text);
        if (paren.find()) {
            inline = paren.group(1);
            text = (text.substring(0, paren.start()) + " " + text.substring(paren.end())).strip();
        }
        String title = cutTitle(text);
        String rest = inline + " " + text.substring(Math.min(title.length(), text.length()));

        List<String> unknown = new ArrayList<>();
        Long lead = null;
        String leadName = null;
        String leadWritten = n.attributes.get("lead");
        if (leadWritten == null) {
            Matcher l = LEAD_INLINE.matcher(rest + " " + text);
            if (l.find()) {
                leadWritten = l.group(1);
            }
        }
        if (leadWritten != null) {
            BodyMatcher.Listed listed = bodies.list(leadWritten);
            if (!listed.found().isEmpty()) {
                lead = listed.found().get(0).id();
                leadName = listed.found().get(0).name();
                evidence.put("lead", evidenceOf(n, "lead", sentence));
            } else {
                unknown.addAll(listed.unknown());
            }
        }
        List<Long> cooperating = new ArrayList<>();
        List<String> cooperatingNames = new ArrayList<>();
        String coopWritten = n.attributes.get("cooperating");
        if (coopWritten == null) {
            Matcher c = COOPERATING_INLINE.matcher(rest);
            if (c.find()) {
                coopWritten = c.group(1);
            }
        }
        if (coopWritten != null) {
            BodyMatcher.Listed listed = bodies.list(coopWritten.replaceAll("(?i)các cơ quan liên quan|"
                    + "các đơn vị liên quan|các sở, ngành liên quan|các địa phương", ""));
            for (BodyMatcher.Match m : listed.found()) {
                if ((lead == null || m.id() != lead) && !cooperating.contains(m.id())) {
                    cooperating.add(m.id());
                    cooperatingNames.add(m.name());
                }
            }
            unknown.addAll(listed.unknown().stream().filter(u -> u.split("\\s+").length >= 2).toList());
            evidence.put("cooperating", evidenceOf(n, "cooperating", sentence));
        }
        Long advising = null;
        String advisingName = null;
        String advWritten = n.attributes.get("advising");
        if (advWritten == null) {
            Matcher a = ADVISING_INLINE.matcher(rest);
            if (a.find() && !a.group(1).toLowerCase(Locale.ROOT).contains("chủ trì")) {
                advWritten = a.group(1);
            }
        }
        if (advWritten != null) {
            Optional<BodyMatcher.Match> m = bodies.list(advWritten).found().stream().findFirst();
            if (m.isPresent() && (lead == null || m.get().id() != lead)) {
                advising = m.get().id();
                advisingName = m.get().name();
                evidence.put("advising", evidenceOf(n, "advising", sentence));
            }
        }
        String deadlineText = n.attributes.getOrDefault("deadline", inline + " " + rest + " " + String.join(" ", n.notes));
        Optional<DeadlinePhrases.Deadline> deadline = DeadlinePhrases.parse(deadlineText, year);
        if (deadline.isEmpty() && !n.attributes.containsKey("deadline")) {
            deadline = DeadlinePhrases.parse(n.text, year);
        }
        LocalDate due = deadline.map(DeadlinePhrases.Deadline::dueDate).orElse(null);
        String recurrence = deadline.map(DeadlinePhrases.Deadline::recurrence).map(Enum::name).orElse(null);
        deadline.ifPresent(d -> evidence.put("deadline", evidenceOf(n, "deadline", sentence)));
        evidence.put("title", sentence);
        String description = n.notes.isEmpty() ? null : String.join("\n", n.notes);
        if (n.parent != null && n.parent.level > 0 && n.parent.parent != null && n.parent.parent.level > 0) {
            description = description == null ? n.parent.text : n.parent.text + "\n" + description;
        }
        return new ProgramDraft.TaskDraft(title, description, lead, leadName, cooperating, cooperatingNames, advising,
                advisingName, n.attributes.get("output"), due, recurrence,
                deadline.map(DeadlinePhrases.Deadline::phrase).orElse(null), unknown, n.source, evidence);
    }

    private static String evidenceOf(Node n, String attribute, String sentence) {
        String a = n.attributes.get(attribute);
        return a == null ? sentence : a;
    }

    /** The task's title: the item's words up to where its attributes start. */
    private static String cutTitle(String text) {
        Matcher m = Pattern.compile("[.;]\\s*(?:cơ quan |đơn vị )?(?:chủ trì|giao|thời gian|thời hạn|phối hợp)|"
                + "\\s*[-–]\\s*(?:cơ quan |đơn vị )?(?:chủ trì|thời gian|thời hạn)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        String t = m.find() ? text.substring(0, m.start()) : text;
        return t.replaceAll("[.;:,\\s]+$", "").strip();
    }

    private static String themeTitle(Node n) {
        String t = n.text.replaceAll("[.:;\\s]+$", "");
        return MeetingTextReader.sentenceCase(t);
    }

    private static String attribute(String label) {
        String k = Folding.key(label);
        if (k.contains("chu tri")) {
            return "lead";
        }
        if (k.contains("phoi hop")) {
            return "cooperating";
        }
        if (k.contains("tham muu")) {
            return "advising";
        }
        if (k.contains("san pham") || k.contains("ket qua") || k.contains("hinh thuc")) {
            return "output";
        }
        return "deadline";
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        String firstWord = s.split("\\s+")[0];
        if (firstWord.matches("Đảng|Ban|Sở|Ủy|UBND|Tỉnh")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A table of tasks: which column holds what, and the theme rows between task rows. */
    private static final class Table {
        int content = -1;
        int lead = -1;
        int cooperating = -1;
        int deadline = -1;
        int output = -1;
        int number = -1;
        ProgramDraft.ThemeDraft theme;

        static Table header(List<String> cells) {
            Table t = new Table();
            for (int c = 0; c < cells.size(); c++) {
                String k = Folding.key(cells.get(c));
                if (k.equals("stt") || k.equals("tt") || k.equals("so tt")) {
                    t.number = c;
                } else if (k.contains("chu tri")) {
                    t.lead = c;
                } else if (k.contains("phoi hop")) {
                    t.cooperating = c;
                } else if (k.contains("thoi gian") || k.contains("thoi han") || k.contains("tien do")) {
                    t.deadline = c;
                } else if (k.contains("san pham") || k.contains("ket qua")) {
                    t.output = c;
                } else if (k.contains("noi dung") || k.contains("nhiem vu") || k.contains("cong viec")) {
                    t.content = c;
                }
            }
            return t.content >= 0 && t.lead >= 0 ? t : null;
        }

        void row(List<String> cells, int source, BodyMatcher bodies, int year, List<ProgramDraft.ThemeDraft> themes) {
            String content = cell(cells, this.content);
            String number = cell(cells, this.number);
            String leadText = cell(cells, lead);
            if (content == null) {
                return;
            }
            boolean themeRow = number != null && number.matches("[IVXL]+\\.?") || leadText == null
                    && cell(cells, deadline) == null && cell(cells, cooperating) == null;
            if (themeRow) {
                theme = new ProgramDraft.ThemeDraft(MeetingTextReader.sentenceCase(content.replaceAll("^[IVXL]+\\.\\s*", "")),
                        source, new ArrayList<>());
                themes.add(theme);
                return;
            }
            if (theme == null) {
                theme = new ProgramDraft.ThemeDraft("Nhiệm vụ chung", source, new ArrayList<>());
                themes.add(theme);
            }
            Map<String, String> evidence = new LinkedHashMap<>();
            String joined = String.join(" | ", cells);
            List<String> unknown = new ArrayList<>();
            Long leadId = null;
            String leadName = null;
            if (leadText != null) {
                BodyMatcher.Listed l = bodies.list(leadText);
                if (!l.found().isEmpty()) {
                    leadId = l.found().get(0).id();
                    leadName = l.found().get(0).name();
                    evidence.put("lead", leadText);
                } else {
                    unknown.addAll(l.unknown());
                }
            }
            List<Long> coop = new ArrayList<>();
            List<String> coopNames = new ArrayList<>();
            String coopText = cell(cells, cooperating);
            if (coopText != null) {
                BodyMatcher.Listed l = bodies.list(coopText);
                for (BodyMatcher.Match m : l.found()) {
                    if ((leadId == null || m.id() != leadId) && !coop.contains(m.id())) {
                        coop.add(m.id());
                        coopNames.add(m.name());
                    }
                }
                unknown.addAll(l.unknown());
                evidence.put("cooperating", coopText);
            }
            String deadlineText = cell(cells, deadline);
            Optional<DeadlinePhrases.Deadline> d = DeadlinePhrases.parse(deadlineText, year);
            d.ifPresent(x -> evidence.put("deadline", deadlineText));
            evidence.put("title", joined);
            theme.tasks().add(new ProgramDraft.TaskDraft(content.replaceAll("[.;]+$", ""), null, leadId, leadName, coop,
                    coopNames, null, null, cell(cells, output), d.map(DeadlinePhrases.Deadline::dueDate).orElse(null),
                    d.map(DeadlinePhrases.Deadline::recurrence).map(Enum::name).orElse(null),
                    d.map(DeadlinePhrases.Deadline::phrase).orElse(null), unknown, source, evidence));
        }

        private static String cell(List<String> cells, int c) {
            return c < 0 || c >= cells.size() ? null : vn.phoihop.shared.Text.clean(cells.get(c));
        }
    }
}
