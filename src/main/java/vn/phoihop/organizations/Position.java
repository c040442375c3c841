package vn.phoihop.organizations;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A position (chức vụ) a person holds in a body for a time; a person holds several at once. */
@Entity
@Table(name = "person_position")
@Audited("position")
class Position implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private Long organizationId;
    private String title;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Version
    private long version;

    protected Position() {
    }

    Position(Long personId, Long organizationId, String title, LocalDate validFrom, LocalDate validTo) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.title = title;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    boolean isHeldOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    @Override
    public String auditParentType() {
        return "person";
    }

    @Override
    public Long auditParentId() {
        return personId;
    }

    Long id() { return id; }
    Long personId() { return personId; }
    Long organizationId() { return organizationId; }
    String title() { return title; }
    LocalDate validFrom() { return validFrom; }
    LocalDate validTo() { return validTo; }
}
