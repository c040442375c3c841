package vn.phoihop.notifications;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.UserId;

/** A user's own notifications and settings: only ever the caller's (another user's notification is 404). */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private final NotificationStore store;
    private final NotificationPreferenceRepository preferences;
    private final List<ReminderSource> sources;
    private final Clock clock;

    Notifications(NotificationStore store, NotificationPreferenceRepository preferences, List<ReminderSource> sources,
                  Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.sources = sources;
        this.clock = clock;
    }

    /** The caller's notifications, newest first: unread only ({@code true}), read only ({@code false}) or all. */
    public List<NotificationDetails> list(Boolean unread, Actor actor) {
        return store.list(actor.id(), unread);
    }

    public long unreadCount(Actor actor) {
        return store.unread(actor.id());
    }

    /** Marks one of the caller's notifications read; 404 for any other id. */
    @Transactional
    public NotificationDetails markRead(long id, Actor actor) {
        if (!store.markRead(actor.id(), id, clock.instant())) {
            throw new NotFound("notification", id);
        }
        return store.get(actor.id(), id);
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return store.markAllRead(actor.id(), clock.instant());
    }

    /** Every kind a user may turn off, in a stable order. */
    public List<String> kinds() {
        return NotificationKinds.all(sources);
    }

    public Preferences preferences(Actor actor) {
        return preferences(actor.id());
    }

    Preferences preferences(UserId user) {
        return preferences.findByUserId(user.value())
                .map(p -> Preferences.of(p.emailEnabled(), p.disabledKinds(), kinds(), p.version()))
                .orElseGet(() -> Preferences.of(true, Set.of(), kinds(), 0));
    }

    /** Every user's preferences at once, for the daily job; users without a row have everything on. */
    Map<Long, Preferences> allPreferences() {
        List<String> kinds = kinds();
        Map<Long, Preferences> result = new java.util.HashMap<>();
        preferences.findAll().forEach(p -> result.put(p.userId(),
                Preferences.of(p.emailEnabled(), p.disabledKinds(), kinds, p.version())));
        return result;
    }

    /**
     * Replaces the caller's preferences: 400 without {@code emailEnabled} or {@code version}, or for an unknown
     * kind; 409 when {@code version} is stale.
     */
    @Transactional
    public Preferences updatePreferences(PreferencesForm form, Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (form.emailEnabled() == null) {
            errors.add("emailEnabled", "validation.required");
        }
        if (form.version() == null) {
            errors.add("version", "validation.required");
        }
        List<String> known = kinds();
        Set<String> disabled = new HashSet<>();
        if (form.kinds() != null) {
            form.kinds().forEach((kind, on) -> {
                if (!known.contains(kind)) {
                    errors.add("kinds." + kind, "notifications.kindUnknown");
                } else if (on == null) {
                    errors.add("kinds." + kind, "validation.required");
                } else if (!on) {
                    disabled.add(kind);
                }
            });
        }
        errors.throwIfAny();
        NotificationPreference p = preferences.findByUserId(actor.id().value()).orElse(null);
        long current = p == null ? 0 : p.version();
        if (form.version() != current) {
            throw new Conflict("problem.stale");
        }
        if (p == null) {
            p = new NotificationPreference(actor.id().value());
        }
        p.change(form.emailEnabled(), disabled, clock.instant());
        p = preferences.saveAndFlush(p);
        return Preferences.of(p.emailEnabled(), p.disabledKinds(), known, p.version());
    }
}
