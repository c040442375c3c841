package vn.phoihop.shared;

import java.text.Normalizer;

/** Text as PhoiHop stores it: Unicode NFC, trimmed. */
public final class Text {

    private Text() {
    }

    /** NFC and trimmed; {@code null} and blank stay {@code null}. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        return s.isEmpty() ? null : s;
    }
}
