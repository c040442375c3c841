package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.shared.Conflict;

/** A commendation proposal for a body or a person of it, with the score and rank it was made from. */
@Entity
@Table(name = "emulation_proposal")
@Audited("emulation-proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private Long movementId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Long organizationId;
    private Long personId;
    private String personName;
    @Enumerated(EnumType.STRING)
    private CommendationForm form;
    private String reason;
    private BigDecimal score;
    @Column(name = "score_rank")
    private Integer rank;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(Long programId, Long movementId, LocalDate periodStart, LocalDate periodEnd, Long organizationId,
             Long personId, String personName, CommendationForm form, String reason, BigDecimal score, Integer rank,
             String proposedBy, Instant proposedAt) {
        this.programId = programId;
        this.movementId = movementId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.organizationId = organizationId;
        this.personId = personId;
        this.personName = personName;
        this.form = form;
        this.reason = reason;
        this.score = score;
        this.rank = rank;
        this.status = ProposalStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void decide(ProposalStatus decision, String by, Instant at, String note) {
        if (status != ProposalStatus.PROPOSED) {
            throw new Conflict("emulation.proposal.decided");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    Long id() { return id; }
    Long programId() { return programId; }
    Long movementId() { return movementId; }
    LocalDate periodStart() { return periodStart; }
    LocalDate periodEnd() { return periodEnd; }
    Long organizationId() { return organizationId; }
    Long personId() { return personId; }
    String personName() { return personName; }
    CommendationForm form() { return form; }
    String reason() { return reason; }
    BigDecimal score() { return score; }
    Integer rank() { return rank; }
    ProposalStatus status() { return status; }
    String proposedBy() { return proposedBy; }
    Instant proposedAt() { return proposedAt; }
    String decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
    String decisionNote() { return decisionNote; }
    long version() { return version; }
}
