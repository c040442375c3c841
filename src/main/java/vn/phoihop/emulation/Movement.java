package vn.phoihop.emulation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;

/** An emulation movement of a program for a period; the program's default one is made on first use. */
@Entity
@Table(name = "emulation_movement")
@Audited("emulation-movement")
class Movement {

    static final String DEFAULT = "D";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String defaultKey;
    private Instant createdAt;
    @Version
    private long version;

    protected Movement() {
    }

    Movement(Long programId, String title, LocalDate periodStart, LocalDate periodEnd, boolean isDefault,
             Instant createdAt) {
        this.programId = programId;
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.defaultKey = isDefault ? DEFAULT : null;
        this.createdAt = createdAt;
    }

    void describe(String title, LocalDate periodStart, LocalDate periodEnd) {
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    String title() { return title; }
    LocalDate periodStart() { return periodStart; }
    LocalDate periodEnd() { return periodEnd; }
    boolean isDefault() { return DEFAULT.equals(defaultKey); }
    long version() { return version; }
}
