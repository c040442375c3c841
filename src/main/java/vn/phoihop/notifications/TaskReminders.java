package vn.phoihop.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskStatus;
import vn.phoihop.tasks.Tasks;

/**
 * Open tasks (and occurrences) with a due date in programs in force, statuses from the task status rule; the lead
 * body answers for a task, co-operating and advising bodies are reminded too.
 */
@Component
@Order(1)
class TaskReminders implements ReminderSource {

    private final Tasks tasks;
    private final InForcePrograms programs;

    TaskReminders(Tasks tasks, InForcePrograms programs) {
        this.tasks = tasks;
        this.programs = programs;
    }

    @Override
    public String category() {
        return "TASK";
    }

    @Override
    public List<Reminder> reminders(LocalDate day) {
        List<Reminder> result = new ArrayList<>();
        for (ProgramDetails p : programs.list()) {
            for (TaskDetails t : tasks.asOf(p.id(), day)) {
                if (t.dueDate() == null || !TaskStatus.OPEN.contains(t.status())) {
                    continue;
                }
                Set<OrganizationId> involved = new HashSet<>(t.cooperatingOrganizationIds());
                if (t.advisingOrganizationId() != null) {
                    involved.add(t.advisingOrganizationId());
                }
                involved.remove(t.leadOrganizationId());
                result.add(new Reminder(category(), "task-" + t.id().value(), t.title(), t.dueDate(),
                        t.status() == TaskStatus.OVERDUE, Set.of(t.leadOrganizationId()), involved,
                        "/tasks/" + t.id().value(), true));
            }
        }
        return result;
    }
}
