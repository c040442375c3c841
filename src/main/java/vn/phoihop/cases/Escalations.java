package vn.phoihop.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.shared.OrganizationId;

/**
 * Computes a case's {@link Escalation} on a day: past its running limit, the handling body (its leaders) and the
 * supervising bodies are to be told; a denunciation past its resolution limit follows art. 38 of the Law on
 * Denunciation 2018 — the supervising head requests a report within 5 working days, the resolver reports within 5
 * working days of the request (both limits from the rules {@code DENUNCIATION_REQUEST_REPORT} and
 * {@code DENUNCIATION_REPORT}).
 */
final class Escalations {

    private Escalations() {
    }

    /** A report requested of the handling body about the case, and when it was answered (null if not). */
    record ReportRequest(LocalDate requestedOn, LocalDate answeredOn) {
    }

    static Escalation of(CitizenCase c, Map<String, StatutoryDeadline> deadlines, List<OrganizationId> supervisors,
                         List<ReportRequest> requests, LocalDate today, DeadlineRule requestRule,
                         DeadlineRule reportRule,
                         java.util.function.Supplier<WorkingDayCalendar> calendar) {
        StatutoryDeadline running = CaseStatusRule.running(c, deadlines, today);
        if (running == null || !today.isAfter(running.effectiveDate())) {
            return Escalation.NONE;
        }
        List<OrganizationId> notify = new ArrayList<>();
        notify.add(new OrganizationId(c.handlingOrganizationId()));
        if (supervisors != null) {
            supervisors.stream().filter(s -> !notify.contains(s)).forEach(notify::add);
        }
        LocalDate due = running.effectiveDate();
        int late = (int) ChronoUnit.DAYS.between(due, today);
        if (c.kind() == CaseKind.DENUNCIATION && running.code().equals("resolveBy") && running.dueDate() != null
                && requestRule != null && reportRule != null) {
            ReportRequest latest = requests.stream().filter(r -> r.requestedOn().isAfter(due))
                    .reduce((a, b) -> b).orElse(null);
            if (latest == null) {
                return new Escalation(true, running.code(), due, late, "REQUEST_REPORT",
                        requestRule.count(due, requestRule.limitDays(), calendar.get()), requestRule.legalBasis(), notify);
            }
            if (latest.answeredOn() != null) {
                return new Escalation(true, running.code(), due, late, "REPORTED", null, reportRule.legalBasis(),
                        notify);
            }
            LocalDate reportBy = reportRule.count(latest.requestedOn(), reportRule.limitDays(), calendar.get());
            return new Escalation(true, running.code(), due, late,
                    today.isAfter(reportBy) ? "REPORT_OVERDUE" : "AWAIT_REPORT", reportBy, reportRule.legalBasis(),
                    notify);
        }
        return new Escalation(true, running.code(), due, late, "NOTIFY", null, running.legalBasis(), notify);
    }
}
