package vn.phoihop.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.accounts.UserSummary;
import vn.phoihop.calendar.Calendar;
import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Role;

/**
 * The daily reminders. {@link #runDaily} asks every {@link ReminderSource}, keeps what is overdue or due within the
 * configured working days, and for each active user of a body concerned: adds the in-app notifications not made
 * before (per kind, subject and due date), tells the body's leaders of what is overdue for too long (ESCALATION),
 * and sends one e-mail digest — at most one per user and day, a fact the database keeps, so that running the job
 * twice or on two nodes at once never sends two. Kinds a user turned off are left out; nothing is mailed without an
 * address, with e-mail turned off or without SMTP configured ({@code spring.mail.host}).
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** What one run did. */
    public record DailyRun(LocalDate day, int reminders, int notificationsCreated, int digestsSent) {
    }

    private final List<ReminderSource> sources;
    private final NotificationStore store;
    private final Notifications notifications;
    private final Accounts accounts;
    private final Calendar calendar;
    private final DigestMail mail;
    private final SmtpServer smtp;
    private final NotificationsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(List<ReminderSource> sources, NotificationStore store, Notifications notifications, Accounts accounts,
              Calendar calendar, DigestMail mail, SmtpServer smtp,
              NotificationsProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.sources = sources;
        this.store = store;
        this.notifications = notifications;
        this.accounts = accounts;
        this.calendar = calendar;
        this.mail = mail;
        this.smtp = smtp;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Runs the reminders of a day (the job passes today). Nothing happens on a day off: the next working day's run
     * covers it, since its window counts working days.
     */
    public DailyRun runDaily(LocalDate day) {
        WorkingDayCalendar workingDays = calendar.current();
        if (!workingDays.isWorkingDay(day)) {
            return new DailyRun(day, 0, 0, 0);
        }
        ReminderWindow window = properties.window();
        List<Reminder> selected = new ArrayList<>();
        for (ReminderSource source : sources) {
            for (Reminder r : source.reminders(day)) {
                if (window.selects(r, day, workingDays)) {
                    selected.add(r);
                }
            }
        }
        selected.sort(Comparator.comparing(Reminder::dueDate).thenComparing(Reminder::subject));
        Map<Long, Preferences> preferences = notifications.allPreferences();
        Preferences everything = Preferences.of(true, Set.of(), notifications.kinds(), 0);
        JavaMailSender sender = smtp.sender();
        Instant now = clock.instant();
        int created = 0;
        int sent = 0;
        for (UserSummary user : accounts.list()) {
            if (!user.active() || user.organizationId() == null) {
                continue;
            }
            Preferences p = preferences.getOrDefault(user.id().value(), everything);
            List<DigestEntry> entries = entriesFor(user, p, selected, day, workingDays, window);
            if (entries.isEmpty()) {
                continue;
            }
            for (DigestEntry e : entries) {
                Reminder r = e.reminder();
                if (p.allows(r.kind()) && store.add(user.id(), r.kind(), r, day, now)) {
                    created++;
                }
                if (e.escalated() && store.add(user.id(), NotificationKinds.ESCALATION, r, day, now)) {
                    created++;
                }
            }
            if (sender != null && p.emailEnabled() && user.email() != null && digest(sender, user, entries, day, now)) {
                sent++;
            }
        }
        log.info("Reminders of {}: {} deadlines, {} notifications, {} digests", day, selected.size(), created, sent);
        return new DailyRun(day, selected.size(), created, sent);
    }

    /**
     * The open deadlines that concern a body, however far ahead, for its iCalendar feed (tasks it leads, co-operates
     * on or advises, its periodic reports, requests addressed to it, reviews of programs it keeps …).
     */
    public List<Reminder> deadlinesOf(OrganizationId body, LocalDate day) {
        List<Reminder> result = new ArrayList<>();
        for (ReminderSource source : sources) {
            source.reminders(day).stream().filter(r -> r.concerns(body)).forEach(result::add);
        }
        result.sort(Comparator.comparing(Reminder::dueDate).thenComparing(Reminder::subject));
        return result;
    }

    /**
     * One entry per reminder the user gets: reminders of the user's body in kinds the user keeps on, and, for a
     * leader of a responsible body, those that escalate (if ESCALATION is on), marked escalated.
     */
    static List<DigestEntry> entriesFor(UserSummary user, Preferences p, List<Reminder> selected, LocalDate day,
                                        WorkingDayCalendar workingDays, ReminderWindow window) {
        OrganizationId body = user.organizationId();
        boolean leader = user.roles().contains(Role.LEADER.name());
        Map<String, DigestEntry> entries = new LinkedHashMap<>();
        for (Reminder r : selected) {
            if (!r.concerns(body)) {
                continue;
            }
            int late = r.overdue() ? ReminderWindow.workingDaysLate(r.dueDate(), day, workingDays) : 0;
            boolean escalated = leader && r.responsible().contains(body) && p.allows(NotificationKinds.ESCALATION)
                    && window.escalates(r, day, workingDays);
            if (escalated || p.allows(r.kind())) {
                entries.put(r.subject(), new DigestEntry(r, escalated, late));
            }
        }
        return new ArrayList<>(entries.values());
    }

    /**
     * Claims the day's digest row and sends it in one transaction: a failed send rolls the claim back (a later run
     * may send it), and a second node or run finds the row and sends nothing.
     */
    private boolean digest(JavaMailSender sender, UserSummary user, List<DigestEntry> entries, LocalDate day,
                           Instant now) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (!store.claimDigest(user.id(), day, entries.size(), now)) {
                    return false;
                }
                DigestMail.Content content = mail.compose(user, entries, day);
                try {
                    MimeMessage message = sender.createMimeMessage();
                    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
                    helper.setFrom(properties.mailFrom());
                    helper.setTo(user.email());
                    helper.setSubject(content.subject());
                    helper.setText(content.text(), false);
                    sender.send(message);
                } catch (jakarta.mail.MessagingException e) {
                    throw new org.springframework.mail.MailPreparationException(e);
                }
                return true;
            }));
        } catch (org.springframework.mail.MailException e) {
            log.warn("Digest of {} for {} not sent: {}", day, user.username(), e.getMessage());
            return false;
        }
    }
}
