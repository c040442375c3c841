package vn.phoihop.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.inforequests.InfoRequestStatus;
import vn.phoihop.inforequests.InfoRequests;

/** Information requests not answered yet, reminded to the body they are addressed to. */
@Component
@Order(3)
class RequestReminders implements ReminderSource {

    private final InfoRequests requests;

    RequestReminders(InfoRequests requests) {
        this.requests = requests;
    }

    @Override
    public String category() {
        return "REQUEST";
    }

    @Override
    public List<Reminder> reminders(LocalDate day) {
        return requests.unansweredAsOf(day).stream()
                .map(r -> new Reminder(category(), "request-" + r.id().value(), r.subject(), r.dueDate(),
                        r.status() == InfoRequestStatus.OVERDUE, Set.of(r.toOrganizationId()), Set.of(),
                        "/info-requests/" + r.id().value(), true))
                .toList();
    }
}
