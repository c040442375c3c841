package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.AuditedChild;

/** A rating of a manual criterion for one body, with who entered it and when (kept; never overwritten). */
@Entity
@Table(name = "emulation_rating")
@Audited("emulation-rating")
class Rating implements AuditedChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long criterionId;
    private Long organizationId;
    private BigDecimal rating;
    private LocalDate ratedOn;
    private String comment;
    private Long enteredByUserId;
    private String enteredByName;
    private Instant enteredAt;
    @Version
    private long version;

    protected Rating() {
    }

    Rating(Long criterionId, Long organizationId, BigDecimal rating, LocalDate ratedOn, String comment,
           Long enteredByUserId, String enteredByName, Instant enteredAt) {
        this.criterionId = criterionId;
        this.organizationId = organizationId;
        this.rating = rating;
        this.ratedOn = ratedOn;
        this.comment = comment;
        this.enteredByUserId = enteredByUserId;
        this.enteredByName = enteredByName;
        this.enteredAt = enteredAt;
    }

    @Override
    public String auditParentType() {
        return "emulation-criterion";
    }

    @Override
    public Long auditParentId() {
        return criterionId;
    }

    Long id() { return id; }
    Long criterionId() { return criterionId; }
    Long organizationId() { return organizationId; }
    BigDecimal rating() { return rating; }
    LocalDate ratedOn() { return ratedOn; }
    String comment() { return comment; }
    String enteredByName() { return enteredByName; }
    Instant enteredAt() { return enteredAt; }
}
