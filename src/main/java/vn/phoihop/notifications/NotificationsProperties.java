package vn.phoihop.notifications;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.notifications.*}: when the daily job runs (Vietnamese time), how many working days ahead a deadline
 * is reminded about, after how many working days overdue the leaders are told, the sender of digests and the
 * address the links in e-mails start with. SMTP itself is Spring's {@code spring.mail.*}: without
 * {@code spring.mail.host} no e-mail is sent.
 */
@ConfigurationProperties("phoihop.notifications")
record NotificationsProperties(@DefaultValue("07:00") LocalTime dailyAt, @DefaultValue("3") int dueWithinWorkingDays,
                               @DefaultValue("5") int escalateAfterWorkingDays,
                               @DefaultValue("PhoiHop <phoihop@localhost>") String mailFrom,
                               @DefaultValue("http://localhost:8080") String baseUrl) {

    ReminderWindow window() {
        return new ReminderWindow(dueWithinWorkingDays, escalateAfterWorkingDays);
    }

    /** The base URL without a trailing slash. */
    String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
