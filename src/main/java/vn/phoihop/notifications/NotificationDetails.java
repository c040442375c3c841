package vn.phoihop.notifications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An in-app notification as its user sees it: the kind ({@code TASK_DUE}, {@code ESCALATION} …), the subject key
 * ({@code task-123}), what it names, the deadline, the page that shows it, when it was made and read.
 */
public record NotificationDetails(long id, String kind, String subject, String title, LocalDate dueDate, String url,
                                  Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
