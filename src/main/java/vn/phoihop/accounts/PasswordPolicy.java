package vn.phoihop.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses passwords that are guessed first: the common ones shipped in {@code accounts/common-passwords.txt} (also
 * with digits or symbols added before or after), one character or a short pattern repeated, runs of the keyboard,
 * the alphabet or the digits.
 */
final class PasswordPolicy {

    private static final List<String> RUNS = List.of("1234567890", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp", "azertyuiop", "qwertzuiop");

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("accounts/common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(Set.copyOf(words));
    }

    /**
     * True for a password anyone would try early: a common one (also with digits or symbols around it), one
     * character or a short pattern repeated, a run of the keyboard, the alphabet or the digits. Length and the
     * username are checked by {@link Accounts}.
     */
    boolean isGuessable(String password) {
        String lower = Normalizer.normalize(password, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return isCommon(lower) || isRepetitive(lower) || isRun(lower);
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        // "matkhau@2026", "123password!": a common word dressed with digits and symbols is no better.
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && (common.contains(core) || common.contains(core.replaceAll("[^\\p{L}\\p{N}]", "")));
    }

    /** One character repeated, or a short pattern repeated ("abcabcabcabc", "121212121212"). */
    private static boolean isRepetitive(String lower) {
        for (int period = 1; period <= 4; period++) {
            boolean repeats = true;
            for (int i = period; i < lower.length() && repeats; i++) {
                repeats = lower.charAt(i) == lower.charAt(i - period);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** A stretch of a keyboard row, the alphabet or the digits, forwards or backwards, wrapping around. */
    private static boolean isRun(String lower) {
        for (String run : RUNS) {
            String forwards = run.repeat(lower.length() / run.length() + 2);
            String backwards = new StringBuilder(forwards).reverse().toString();
            if (forwards.contains(lower) || backwards.contains(lower)) {
                return true;
            }
        }
        return false;
    }
}
