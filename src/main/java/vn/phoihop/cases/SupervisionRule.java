package vn.phoihop.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.phoihop.audit.Audited;

/**
 * A standing rule by which a body supervises cases without assignment: every denunciation, every case of one handling
 * body, or every open case past a share ({@code percent}) of its time to the resolution limit.
 */
@Entity
@Table(name = "case_supervision_rule")
@Audited("case-supervision-rule")
class SupervisionRule {

    enum Scope {
        ALL_DENUNCIATIONS, HANDLING_BODY, PAST_PERCENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long supervisingOrganizationId;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    private Long handlingOrganizationId;
    private Integer percent;
    private String createdBy;
    private Instant createdAt;

    protected SupervisionRule() {
    }

    SupervisionRule(Long supervisingOrganizationId, Scope scope, Long handlingOrganizationId, Integer percent,
                    String createdBy, Instant createdAt) {
        this.supervisingOrganizationId = supervisingOrganizationId;
        this.scope = scope;
        this.handlingOrganizationId = handlingOrganizationId;
        this.percent = percent;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    Long supervisingOrganizationId() { return supervisingOrganizationId; }
    Scope scope() { return scope; }
    Long handlingOrganizationId() { return handlingOrganizationId; }
    Integer percent() { return percent; }
}
