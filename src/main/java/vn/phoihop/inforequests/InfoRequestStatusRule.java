package vn.phoihop.inforequests;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The one rule for an information request's status on a day D: an answer dated on or before D counts; answered
 * by the due date is ANSWERED_ON_TIME, later ANSWERED_LATE; without a counted answer, D after the due date is
 * OVERDUE, otherwise OPEN. How late is counted in working days after the due date, up to the answer or D.
 */
public final class InfoRequestStatusRule {

    private InfoRequestStatusRule() {
    }

    public static InfoRequestStatus status(LocalDate dueDate, LocalDate answeredOn, LocalDate day) {
        if (answeredOn != null && !answeredOn.isAfter(day)) {
            return answeredOn.isAfter(dueDate) ? InfoRequestStatus.ANSWERED_LATE : InfoRequestStatus.ANSWERED_ON_TIME;
        }
        return day.isAfter(dueDate) ? InfoRequestStatus.OVERDUE : InfoRequestStatus.OPEN;
    }

    /**
     * Working days late on a day D: the working days after the due date up to the counted answer (or D when
     * unanswered); 0 when on time or open. A late answer given on a day off is late by the working days before
     * it, possibly none.
     */
    public static int workingDaysLate(LocalDate dueDate, LocalDate answeredOn, LocalDate day,
                                      Predicate<LocalDate> isWorkingDay) {
        InfoRequestStatus status = status(dueDate, answeredOn, day);
        LocalDate end = switch (status) {
            case ANSWERED_LATE -> answeredOn;
            case OVERDUE -> day;
            default -> null;
        };
        if (end == null) {
            return 0;
        }
        int late = 0;
        for (LocalDate d = dueDate.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay.test(d)) {
                late++;
            }
        }
        return late;
    }
}
