package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user-visible string comes from the bundles: fails on literal text in a template, on a key used in a template
 * or in code that a locale lacks, on bundles whose keys differ between Vietnamese and English, and on text not in NFC.
 */
class I18nBundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");
    static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)(/?)>");
    static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("(?<![:\\w-])(placeholder|aria-label|title|alt)=\"([^\"]*)\"");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
    static final List<Pattern> CODE_KEYS = List.of(
            Pattern.compile("new (?:Forbidden|Conflict|RuleViolation)\\(\"([^\"]+)\""),
            Pattern.compile("InvalidInput\\.of\\(\"[^\"]*\",\\s*\"([^\"]+)\""),
            Pattern.compile("\\.add\\(\"[^\"]*\"(?:\\s*\\+[^,]*)?,\\s*\"([a-z]+\\.[^\"]+)\""),
            Pattern.compile("\\.add\\(field(?:\\s*\\+[^,]*)?,\\s*\"([a-z]+\\.[^\"]+)\""),
            Pattern.compile("addFlashAttribute\\(\"(?:flash|actionError)\",\\s*\"([^\"]+)\""),
            Pattern.compile("problems\\.write\\([^\"]*\"([^\"]+)\"\\)"));

    static List<String> basenames() throws IOException {
        Properties app = load(RESOURCES.resolve("application.properties"));
        List<String> result = new ArrayList<>();
        for (String b : app.getProperty("spring.messages.basename").split(",")) {
            result.add(b.strip());
        }
        return result;
    }

    static Properties load(Path path) throws IOException {
        Properties p = new Properties();
        if (Files.exists(path)) {
            try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    static Set<String> keys(String locale) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String b : basenames()) {
            keys.addAll(load(RESOURCES.resolve(b + (locale.isEmpty() ? "" : "_" + locale) + ".properties")).stringPropertyNames());
        }
        return keys;
    }

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String b : basenames()) {
            Set<String> vi = load(RESOURCES.resolve(b + ".properties")).stringPropertyNames();
            Set<String> en = load(RESOURCES.resolve(b + "_en.properties")).stringPropertyNames();
            assertThat(new TreeSet<>(en)).as(b + ": keys missing in English or Vietnamese").isEqualTo(new TreeSet<>(vi));
        }
    }

    @Test
    void bundleTextIsInUnicodeNfc() throws IOException {
        for (String b : basenames()) {
            for (String suffix : List.of("", "_en")) {
                Properties p = load(RESOURCES.resolve(b + suffix + ".properties"));
                for (String k : p.stringPropertyNames()) {
                    String v = p.getProperty(k);
                    assertThat(Normalizer.isNormalized(v, Normalizer.Form.NFC)).as(b + suffix + ": " + k).isTrue();
                }
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Set<String> vi = keys("");
        Set<String> en = keys("en");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(t));
            while (m.find()) {
                if (!vi.contains(m.group(1)) || !en.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeRaisesExistsInBothLanguages() throws IOException {
        Set<String> vi = keys("");
        Set<String> en = keys("en");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : CODE_KEYS) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        if (!vi.contains(m.group(1)) || !en.contains(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path t : templates()) {
            literals.addAll(literalText(TEMPLATES.relativize(t).toString(), Files.readString(t)));
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theCheckCatchesLiteralTextAndAttributes() {
        assertThat(literalText("t", "<p>Xin chào</p>")).hasSize(1);
        assertThat(literalText("t", "<p th:text=\"#{a}\">placeholder</p>")).isEmpty();
        assertThat(literalText("t", "<div th:text=\"#{a}\"><b>x</b></div>")).isEmpty();
        assertThat(literalText("t", "<input placeholder=\"Tìm kiếm\">")).hasSize(1);
        assertThat(literalText("t", "<input th:placeholder=\"#{a}\">")).isEmpty();
        assertThat(literalText("t", "<!-- Ghi chú --><p>&#8203;</p>")).isEmpty();
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static List<String> literalText(String name, String html) {
        String source = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?i)<!DOCTYPE[^>]*>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "");
        List<String> found = new ArrayList<>();
        Matcher attr = LITERAL_ATTRIBUTE.matcher(source);
        while (attr.find()) {
            if (attr.group(2).codePoints().anyMatch(Character::isLetter)) {
                found.add(name + ": attribute " + attr.group());
            }
        }
        Deque<Boolean> replaced = new ArrayDeque<>();
        Matcher tag = TAG.matcher(source);
        int last = 0;
        while (tag.find()) {
            check(name, source.substring(last, tag.start()), replaced, found);
            last = tag.end();
            String tagName = tag.group(2).toLowerCase();
            if (tag.group(1).equals("/")) {
                if (!replaced.isEmpty()) {
                    replaced.pop();
                }
            } else if (!VOID.contains(tagName) && tag.group(4).isEmpty() && !tagName.equals("!doctype")) {
                String attrs = tag.group(3);
                // A page's <html th:replace="~{layout :: page(…)}"> hands its own content to the layout: still checked.
                boolean replacesBody = !tagName.equals("html")
                        && attrs.matches("(?s).*\\b(th:text|th:utext|th:replace|th:insert|sec:authentication)=.*");
                boolean parent = !replaced.isEmpty() && replaced.peek();
                replaced.push(parent || replacesBody || attrs.contains("th:text")
                        || attrs.contains("th:utext") || attrs.contains("sec:authentication"));
            }
        }
        check(name, source.substring(last), replaced, found);
        return found;
    }

    private static void check(String name, String text, Deque<Boolean> replaced, List<String> found) {
        String t = text.replaceAll("&[#a-zA-Z0-9]+;", "").strip();
        if (t.codePoints().anyMatch(Character::isLetter) && (replaced.isEmpty() || !replaced.peek())) {
            found.add(name + ": \"" + t + "\"");
        }
    }
}
