package vn.phoihop.inforequests;

import java.time.LocalDate;

/**
 * A request from one body to another, with an optional file. {@code caseId} is kept as given (cases come
 * later); {@code sentOn} defaults to today.
 */
public record InfoRequestForm(Long programId, Long caseId, Long fromOrganizationId, Long toOrganizationId,
                              String subject, String content, LocalDate sentOn, RequestAttachment attachment) {
}
