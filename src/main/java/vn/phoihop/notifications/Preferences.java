package vn.phoihop.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A user's notification settings: e-mail digests on or off, and each kind on or off ({@code kinds}: every kind the
 * sources produce, with ESCALATION). {@code version} 0 while the user has never saved them.
 */
public record Preferences(boolean emailEnabled, Map<String, Boolean> kinds, long version) {

    static Preferences of(boolean emailEnabled, Set<String> disabled, Iterable<String> allKinds, long version) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        allKinds.forEach(k -> kinds.put(k, !disabled.contains(k)));
        return new Preferences(emailEnabled, kinds, version);
    }

    boolean allows(String kind) {
        return kinds.getOrDefault(kind, true);
    }
}
