package vn.phoihop.notifications;

import java.net.URI;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Page;

/** The caller's own notifications, preferences and iCalendar address. */
@RestController
class NotificationsApi {

    private final Notifications notifications;
    private final CalendarFeeds feeds;
    private final Accounts accounts;

    NotificationsApi(Notifications notifications, CalendarFeeds feeds, Accounts accounts) {
        this.notifications = notifications;
        this.feeds = feeds;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/notifications")
    Page<NotificationDetails> list(@RequestParam(required = false) String unread,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return Page.of(notifications.list(parseUnread(unread), accounts.currentActor()), page, size);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    NotificationDetails read(@PathVariable long id) {
        return notifications.markRead(id, accounts.currentActor());
    }

    @GetMapping("/api/v1/me/notification-preferences")
    Preferences preferences() {
        return notifications.preferences(accounts.currentActor());
    }

    @PutMapping("/api/v1/me/notification-preferences")
    Preferences updatePreferences(@RequestBody PreferencesForm form) {
        return notifications.updatePreferences(form, accounts.currentActor());
    }

    /** A new secret address of the caller's iCalendar feed; the previous one stops working. */
    @PostMapping("/api/v1/me/ical-token")
    ResponseEntity<Map<String, String>> icalToken() {
        String url = feedUrl(feeds.newToken(accounts.currentActor()));
        return ResponseEntity.created(URI.create(url)).body(Map.of("url", url));
    }

    static String feedUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ical/{token}.ics").buildAndExpand(token)
                .toUriString();
    }

    /** {@code true}, {@code false}, or absent for all; anything else 400. */
    static Boolean parseUnread(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInput.of("unread", "validation.oneOf", "true, false");
        };
    }
}
