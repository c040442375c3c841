package vn.phoihop.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Vietnamese texts of documents and registers: official papers are printed in Vietnamese whoever asks. */
@Component
class Texts {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Numbers as they are: no grouping separator in years or counts.
            texts[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return messages.getMessage(key, texts, VI);
    }

    /** The message, or {@code fallback} when the key is unknown (figures sections other modules add later). */
    String orElse(String key, String fallback) {
        return messages.getMessage(key, null, fallback, VI);
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
