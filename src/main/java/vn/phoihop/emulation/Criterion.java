package vn.phoihop.emulation;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A criterion of a movement with its weight: built in (measured from the data) or manual (rated by leaders). */
@Entity
@Table(name = "emulation_criterion")
@Audited("emulation-criterion")
class Criterion implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long movementId;
    private String code;
    @Enumerated(EnumType.STRING)
    private CriterionKind kind;
    private String title;
    private BigDecimal weight;
    private BigDecimal maxValue;
    private int sortOrder;
    @Version
    private long version;

    protected Criterion() {
    }

    Criterion(Long movementId, String code, CriterionKind kind, String title, BigDecimal weight, BigDecimal maxValue,
              int sortOrder) {
        this.movementId = movementId;
        this.code = code;
        this.kind = kind;
        this.title = title;
        this.weight = weight;
        this.maxValue = maxValue;
        this.sortOrder = sortOrder;
    }

    void change(String title, BigDecimal weight, BigDecimal maxValue) {
        this.title = title;
        this.weight = weight;
        this.maxValue = maxValue;
    }

    @Override
    public String auditParentType() {
        return "emulation-movement";
    }

    @Override
    public Long auditParentId() {
        return movementId;
    }

    Long id() { return id; }
    Long movementId() { return movementId; }
    String code() { return code; }
    CriterionKind kind() { return kind; }
    String title() { return title; }
    BigDecimal weight() { return weight; }
    BigDecimal maxValue() { return maxValue; }
    int sortOrder() { return sortOrder; }
    long version() { return version; }
}
