package vn.phoihop.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.ReviewSchedule;

/**
 * The next review (sơ kết) of each program in force, due by the reviews module's six-month rule (asked through
 * {@link ReviewSchedule}), reminded to the keeper body; overdue once the day is past it.
 */
@Component
@Order(4)
class ReviewReminders implements ReminderSource {

    private final ObjectProvider<ReviewSchedule> schedule;
    private final InForcePrograms programs;

    ReviewReminders(ObjectProvider<ReviewSchedule> schedule, InForcePrograms programs) {
        this.schedule = schedule;
        this.programs = programs;
    }

    @Override
    public String category() {
        return "REVIEW";
    }

    @Override
    public List<Reminder> reminders(LocalDate day) {
        ReviewSchedule reviews = schedule.getIfAvailable();
        if (reviews == null) {
            return List.of();
        }
        List<Reminder> result = new ArrayList<>();
        for (ProgramDetails p : programs.list()) {
            LocalDate due = reviews.nextReviewDue(p.id());
            result.add(new Reminder(category(), "review-" + p.id().value(), p.title(), due, day.isAfter(due),
                    Set.of(p.keeperOrganizationId()), Set.of(), "/programs/" + p.id().value() + "/reviews", false));
        }
        return result;
    }
}
