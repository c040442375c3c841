package vn.phoihop.emulation;

import java.time.LocalDate;

/**
 * A commendation proposal for a body ({@code personId} empty) or a person of it, from the ranking of a movement
 * (default: the program's default movement) over a period (default: the movement's).
 */
public record ProposalForm(Long organizationId, Long personId, String form, String reason, Long movementId,
                           LocalDate from, LocalDate to) {
}
