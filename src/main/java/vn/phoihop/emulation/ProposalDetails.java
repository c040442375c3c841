package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PersonId;
import vn.phoihop.shared.ProgramId;

/** A commendation proposal with the score and rank of the body it was made from. */
public record ProposalDetails(long id, ProgramId programId, long movementId, LocalDate periodStart,
                              LocalDate periodEnd, OrganizationId organizationId, String organizationName,
                              PersonId personId, String personName, CommendationForm form, String reason,
                              BigDecimal score, Integer rank, ProposalStatus status, String proposedBy,
                              Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote,
                              long version) {
}
