package vn.phoihop.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.accounts.UserSummary;
import vn.phoihop.audit.AuditTrail;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.NotFound;

/**
 * Each user's iCalendar feed of their body's deadlines, read by calendar programs without signing in: the secret in
 * its address is 32 random bytes, stored only as a SHA-256 hash; a new one revokes the old. Events are all-day, with
 * stable UIDs ({@code task-123@phoihop}) so that calendars update them in place, and Vietnamese summaries.
 */
@Service
@Transactional(readOnly = true)
class CalendarFeeds {

    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CalendarTokenRepository tokens;
    private final Reminders reminders;
    private final Accounts accounts;
    private final MessageSource messages;
    private final NotificationsProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(CalendarTokenRepository tokens, Reminders reminders, Accounts accounts, MessageSource messages,
                  NotificationsProperties properties, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.reminders = reminders;
        this.accounts = accounts;
        this.messages = messages;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret for the actor's feed, replacing any earlier one; returned once, never stored in clear. */
    @Transactional
    String newToken(Actor actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.deleteByUser(actor.id().value());
        tokens.flush();
        tokens.save(new CalendarToken(actor.id().value(), hash(token), clock.instant()));
        audit.recordEvent("ICAL_TOKEN_ISSUED", actor.username(), "user", actor.id().value(), "previous token revoked");
        return token;
    }

    /** The feed of the token's user as iCalendar text; 404 for an unknown or revoked token or an inactive user. */
    String feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFound("calendar", "?");
        }
        Optional<UserSummary> user = tokens.findByTokenHash(hash(token))
                .map(t -> accounts.get(new vn.phoihop.shared.UserId(t.userId())))
                .filter(UserSummary::active);
        if (user.isEmpty()) {
            throw new NotFound("calendar", "?");
        }
        LocalDate today = LocalDate.now(clock);
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.model.Calendar()
                .withProdId("-//PhoiHop//Nhac viec//VI").withDefaults()
                .withProperty(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME",
                        messages.getMessage("notifications.ical.name", null, VIETNAMESE)))
                .getFluentTarget();
        if (user.get().organizationId() != null) {
            for (Reminder r : reminders.deadlinesOf(user.get().organizationId(), today)) {
                calendar.add(event(r));
            }
        }
        return calendar.toString();
    }

    private VEvent event(Reminder r) {
        String summary = messages.getMessage("notifications.ical." + r.category(), new Object[] {r.title()},
                r.title(), VIETNAMESE);
        if (r.overdue()) {
            summary = messages.getMessage("notifications.ical.overdue", new Object[] {summary}, VIETNAMESE);
        }
        VEvent event = new VEvent(r.dueDate(), r.dueDate().plusDays(1), summary);
        event.add(new Uid(r.subject() + "@phoihop"));
        event.add(new DtStamp(clock.instant()));
        event.add(new Description(messages.getMessage("notifications.kind." + r.kind(), null, r.kind(), VIETNAMESE)));
        try {
            event.add(new Url(java.net.URI.create(properties.base() + r.url())));
        } catch (IllegalArgumentException e) {
            // a malformed base URL leaves the event without a link rather than the feed without events
        }
        return event;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
