package vn.phoihop.notifications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The SHA-256 hash of a user's iCalendar feed secret; one per user, replaced by a new one. */
@Entity
@Table(name = "ical_token")
class CalendarToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String tokenHash;
    private Instant createdAt;

    protected CalendarToken() {
    }

    CalendarToken(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    long userId() { return userId; }
}
