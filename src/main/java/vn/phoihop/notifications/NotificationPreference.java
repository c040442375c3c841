package vn.phoihop.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;

/** What one user turned off: kinds of notification, and e-mail digests. Without a row everything is on. */
@Entity
@Table(name = "notification_preference")
@Audited("notification-preference")
class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private boolean emailEnabled;
    private String disabledKinds;
    @Version
    private long version;
    private Instant updatedAt;

    protected NotificationPreference() {
    }

    NotificationPreference(long userId) {
        this.userId = userId;
        this.emailEnabled = true;
        this.disabledKinds = "";
    }

    void change(boolean emailEnabled, Collection<String> disabled, Instant at) {
        this.emailEnabled = emailEnabled;
        this.disabledKinds = String.join(",", new TreeSet<>(disabled));
        this.updatedAt = at;
    }

    Long id() { return id; }
    long userId() { return userId; }
    boolean emailEnabled() { return emailEnabled; }
    /** How many times the user saved: 0 would be "never saved", which has no row. */
    long version() { return version + 1; }

    Set<String> disabledKinds() {
        return disabledKinds == null || disabledKinds.isEmpty() ? Set.of()
                : Arrays.stream(disabledKinds.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
