package vn.phoihop.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Vietnamese texts of the message bundles, read the way the application reads them, so that a journey
 * looks for what a person sees («Đang thực hiện») without copying it.
 */
final class Labels {

    private static final String[] BUNDLES = {"messages", "calendar/messages", "i18n/admin", "i18n/regulation",
            "i18n/meetings", "i18n/security", "i18n/reviews", "i18n/search", "i18n/notifications", "i18n/dashboards",
            "i18n/imports", "i18n/cases", "i18n/emulation", "i18n/opinion", "i18n/publicpages", "i18n/documents"};
    private static final Properties VI = load();

    private Labels() {
    }

    private static Properties load() {
        Properties all = new Properties();
        for (String b : BUNDLES) {
            try (InputStream in = Labels.class.getResourceAsStream("/" + b + ".properties")) {
                if (in != null) {
                    all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    static String vi(String key) {
        String text = VI.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no Vietnamese text for " + key);
        }
        return text;
    }
}
