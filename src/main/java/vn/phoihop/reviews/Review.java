package vn.phoihop.reviews;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;

/**
 * A review of a program for a period. {@code figuresJson} is the snapshot of the figures: taken at creation, while a
 * draft the figures shown are recomputed, and taken again at approval, after which nothing changes.
 */
@Entity
@Table(name = "review")
@Audited("review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    @Enumerated(EnumType.STRING)
    private ReviewKind kind;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private int revision;
    private Long revisionOf;
    private String results;
    private String shortcomings;
    private String lessons;
    private String directions;
    private String figuresJson;
    private LocalDate approvedOn;
    private String approvedBy;
    private Instant approvedAt;
    private String createdBy;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Review() {
    }

    Review(Long programId, ReviewKind kind, LocalDate periodStart, LocalDate periodEnd, int revision, Long revisionOf,
           String figuresJson, String createdBy, Instant createdAt) {
        this.programId = programId;
        this.kind = kind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = ReviewStatus.DRAFT;
        this.revision = revision;
        this.revisionOf = revisionOf;
        this.figuresJson = figuresJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void write(String results, String shortcomings, String lessons, String directions, Instant at) {
        this.results = results;
        this.shortcomings = shortcomings;
        this.lessons = lessons;
        this.directions = directions;
        this.updatedAt = at;
    }

    void approve(String figuresJson, LocalDate on, String by, Instant at) {
        this.figuresJson = figuresJson;
        this.status = ReviewStatus.APPROVED;
        this.approvedOn = on;
        this.approvedBy = by;
        this.approvedAt = at;
        this.updatedAt = at;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    ReviewKind kind() { return kind; }
    LocalDate periodStart() { return periodStart; }
    LocalDate periodEnd() { return periodEnd; }
    ReviewStatus status() { return status; }
    int revision() { return revision; }
    Long revisionOf() { return revisionOf; }
    String results() { return results; }
    String shortcomings() { return shortcomings; }
    String lessons() { return lessons; }
    String directions() { return directions; }
    String figuresJson() { return figuresJson; }
    LocalDate approvedOn() { return approvedOn; }
    String approvedBy() { return approvedBy; }
    String createdBy() { return createdBy; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
}
