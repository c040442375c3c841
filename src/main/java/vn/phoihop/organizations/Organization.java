package vn.phoihop.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;

@Entity
@Table(name = "organization")
@Audited("organization")
class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String shortName;
    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;
    private Long parentId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Long successorId;
    @Enumerated(EnumType.STRING)
    private SuccessorRelation successorRelation;
    @ElementCollection
    @CollectionTable(name = "organization_alias", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();
    @Version
    private long version;
    private Instant createdAt;

    protected Organization() {
    }

    Organization(String name, String shortName, OrganizationKind kind, Long parentId, LocalDate validFrom,
                 LocalDate validTo, Set<String> aliases) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.aliases.addAll(aliases);
        this.createdAt = Instant.now();
    }

    /** Active on a day: within its validity dates (both inclusive, open ends). */
    boolean isActiveOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    void rename(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    void reclassify(OrganizationKind kind, Long parentId) {
        this.kind = kind;
        this.parentId = parentId;
    }

    void validity(LocalDate from, LocalDate to) {
        this.validFrom = from;
        this.validTo = to;
    }

    void succeededBy(Long successorId, SuccessorRelation relation) {
        this.successorId = successorId;
        this.successorRelation = successorId == null ? null : relation;
    }

    void aliases(Set<String> aliases) {
        this.aliases.clear();
        this.aliases.addAll(aliases);
    }

    Long id() { return id; }
    String name() { return name; }
    String shortName() { return shortName; }
    OrganizationKind kind() { return kind; }
    Long parentId() { return parentId; }
    LocalDate validFrom() { return validFrom; }
    LocalDate validTo() { return validTo; }
    Long successorId() { return successorId; }
    SuccessorRelation successorRelation() { return successorRelation; }
    Set<String> aliases() { return aliases; }
    long version() { return version; }
}
