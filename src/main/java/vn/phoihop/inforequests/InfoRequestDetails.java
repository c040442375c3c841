package vn.phoihop.inforequests;

import java.time.LocalDate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * A request as its parties see it, with its status on the day asked (today unless computed as of a day) and
 * the working days it is late. {@code calendarVersion} is the working-day calendar the due date was computed
 * with, {@code responseDays} the limit applied.
 */
public record InfoRequestDetails(InfoRequestId id, ProgramId programId, Long caseId,
                                 OrganizationId fromOrganizationId, String fromOrganizationName,
                                 OrganizationId toOrganizationId, String toOrganizationName, String subject,
                                 String content, RequestAttachment.Info attachment, LocalDate sentOn, int responseDays, LocalDate dueDate,
                                 long calendarVersion, InfoRequestStatus status, int daysLate, LocalDate answeredOn,
                                 String answer, String sentBy, String answeredBy, long version) {
}
