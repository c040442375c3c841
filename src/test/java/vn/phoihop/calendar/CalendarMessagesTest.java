package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CalendarMessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{(calendar\\.[A-Za-z.]+|form\\.[A-Za-z]+)[(}]");

    private final Properties vietnamese = load("/calendar/messages.properties");
    private final Properties english = load("/calendar/messages_en.properties");

    @Test
    void givesEveryKeyInBothLanguages() {
        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
    }

    @Test
    void writesVietnameseInComposedUnicode() {
        vietnamese.stringPropertyNames().forEach(key -> assertThat(Normalizer.isNormalized(vietnamese.getProperty(key),
                Normalizer.Form.NFC)).as(key).isTrue());
    }

    @Test
    void hasEveryKeyTheTemplatesNameLiterally() throws IOException {
        Set<String> used = new TreeSet<>();
        try (var templates = Files.list(Path.of("src/main/resources/templates/calendar"))) {
            for (Path template : templates.toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("calendar.title", "calendar.form.help");
        used.stream().filter(k -> k.startsWith("calendar.")).forEach(key -> {
            assertThat(vietnamese).as(key).containsKey(key);
            assertThat(english).as(key).containsKey(key);
        });
    }

    private static Properties load(String resource) {
        try (InputStream in = CalendarMessagesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
