package vn.phoihop.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.accounts.UserSummary;

/** The text of a user's daily digest, in the user's language: overdue first, then due soon, each with its link. */
@Component
class DigestMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Content(String subject, String text) {
    }

    private final MessageSource messages;
    private final NotificationsProperties properties;

    DigestMail(MessageSource messages, NotificationsProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    Content compose(UserSummary user, List<DigestEntry> entries, LocalDate day) {
        Locale locale = Locale.forLanguageTag(user.locale() == null ? "vi" : user.locale());
        List<DigestEntry> overdue = entries.stream().filter(e -> e.reminder().overdue()).toList();
        List<DigestEntry> due = entries.stream().filter(e -> !e.reminder().overdue()).toList();
        String subject = text("notifications.digest.subject", locale, due.size(), overdue.size());
        StringBuilder body = new StringBuilder();
        body.append(text("notifications.digest.greeting", locale, user.fullName())).append("\n\n");
        body.append(text("notifications.digest.intro", locale, DATE.format(day))).append("\n");
        section(body, "notifications.digest.overdue", overdue, locale);
        section(body, "notifications.digest.due", due, locale);
        body.append("\n").append(text("notifications.digest.footer", locale, properties.base() + "/notifications"))
                .append("\n");
        return new Content(subject, body.toString());
    }

    private void section(StringBuilder body, String heading, List<DigestEntry> entries, Locale locale) {
        if (entries.isEmpty()) {
            return;
        }
        body.append("\n").append(text(heading, locale, entries.size())).append("\n");
        for (DigestEntry e : entries) {
            Reminder r = e.reminder();
            body.append("- ").append(text("notifications.category." + r.category(), locale)).append(": ")
                    .append(r.title()).append(" — ");
            if (r.overdue()) {
                body.append(text("notifications.digest.lateBy", locale, DATE.format(r.dueDate()), e.workingDaysLate()));
            } else {
                body.append(text("notifications.digest.dueOn", locale, DATE.format(r.dueDate())));
            }
            if (e.escalated()) {
                body.append(" ").append(text("notifications.digest.escalated", locale));
            }
            body.append("\n  ").append(properties.base()).append(r.url()).append("\n");
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
