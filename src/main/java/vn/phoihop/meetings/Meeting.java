package vn.phoihop.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;

/** A meeting of a program. Who chaired, directed and attended is kept in {@link Attendee} rows. */
@Entity
@Table(name = "meeting")
@Audited("meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String title;
    private LocalDate heldOn;
    private String place;
    private String minutes;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_guest", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "guest_name")
    private List<String> guests = new ArrayList<>();
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Meeting() {
    }

    Meeting(Long programId, Instant createdAt) {
        this.programId = programId;
        this.createdAt = createdAt;
    }

    /**
     * Marks a change; the version moves on even when only the attendees (rows of their own) changed, so a client
     * holding the old version gets 409.
     */
    void touch(Instant at) {
        this.updatedAt = at;
    }

    void describe(MeetingKind kind, String title, LocalDate heldOn, String place, String minutes, List<String> guests) {
        this.kind = kind;
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
        this.minutes = minutes;
        if (!this.guests.equals(guests)) {
            this.guests.clear();
            this.guests.addAll(guests);
        }
    }

    Long id() { return id; }
    Long programId() { return programId; }
    MeetingKind kind() { return kind; }
    String title() { return title; }
    LocalDate heldOn() { return heldOn; }
    String place() { return place; }
    String minutes() { return minutes; }
    List<String> guests() { return guests; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
}
