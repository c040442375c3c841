package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.OrganizationId;

/**
 * Where a case stands against its limits today. {@code step}: {@code NONE}; {@code NOTIFY} (past its limit: the
 * handling body's leaders and the supervisors are to be told); for a denunciation past its resolution limit the steps
 * of art. 38 of the Law on Denunciation 2018: {@code REQUEST_REPORT} (the supervising head requests a report within 5
 * working days, by {@code stepDue}), {@code AWAIT_REPORT} (the resolver reports within 5 working days of the
 * request, by {@code stepDue}), {@code REPORT_OVERDUE}.
 */
public record Escalation(boolean overdue, String deadlineCode, LocalDate deadline, int daysOverdue, String step,
                         LocalDate stepDue, String legalBasis, List<OrganizationId> notifyOrganizationIds) {

    static final Escalation NONE = new Escalation(false, null, null, 0, "NONE", null, null, List.of());
}
