package vn.phoihop.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import vn.phoihop.audit.Audited;

/**
 * One version of the calendar: an administrator's list for one year, or the year's return to the shipped
 * rule. Never changed or deleted, so it has no {@code @Version}; the audit trail records who made it.
 */
@Entity
@Table(name = "calendar_version")
@Audited("calendar")
class CalendarVersion implements Persistable<Long> {

    /** The version number: assigned by the facade as the latest number plus one, never generated. */
    @Id
    private Long id;
    private int editedYear;
    private boolean restoresDefault;
    private String createdBy;
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_version_day", joinColumns = @JoinColumn(name = "calendar_version_id"))
    @OrderBy("date")
    private List<Day> days = new ArrayList<>();
    @Transient
    private boolean fresh = true;

    protected CalendarVersion() {
    }

    CalendarVersion(long number, int editedYear, boolean restoresDefault, String createdBy, Instant createdAt,
                    List<Holiday> holidays) {
        this.id = number;
        this.editedYear = editedYear;
        this.restoresDefault = restoresDefault;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        holidays.forEach(h -> days.add(new Day(h.date(), h.kind(), h.name())));
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Always a new row for Spring Data: the id is assigned, and versions are only ever inserted. */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    long number() { return id; }
    int editedYear() { return editedYear; }
    boolean restoresDefault() { return restoresDefault; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }

    List<Holiday> holidays() {
        return days.stream().map(d -> new Holiday(d.date, d.name, d.kind)).toList();
    }

    /** A row of the list; its text is what the audit trail shows of the list. */
    @Embeddable
    static class Day {

        @Column(name = "day_date")
        private LocalDate date;
        @Enumerated(EnumType.STRING)
        private HolidayKind kind;
        private String name;

        protected Day() {
        }

        Day(LocalDate date, HolidayKind kind, String name) {
            this.date = date;
            this.kind = kind;
            this.name = name;
        }

        @Override
        public String toString() {
            return date + " " + kind + " " + name;
        }
    }
}
