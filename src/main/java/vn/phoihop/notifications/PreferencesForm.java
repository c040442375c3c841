package vn.phoihop.notifications;

import java.util.Map;

/**
 * What {@code PUT /api/v1/me/notification-preferences} takes: {@code emailEnabled} and {@code version} required;
 * {@code kinds} maps a kind to on/off, kinds left out are on.
 */
public record PreferencesForm(Boolean emailEnabled, Map<String, Boolean> kinds, Long version) {
}
