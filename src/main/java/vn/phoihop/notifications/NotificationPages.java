package vn.phoihop.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;

/**
 * The bell in the navigation bar (loaded by htmx on every page), the notifications page with mark read and mark all
 * read, the preferences section and the button that issues a new iCalendar address.
 */
@Controller
class NotificationPages {

    private final Notifications notifications;
    private final CalendarFeeds feeds;
    private final Accounts accounts;

    NotificationPages(Notifications notifications, CalendarFeeds feeds, Accounts accounts) {
        this.notifications = notifications;
        this.feeds = feeds;
        this.accounts = accounts;
    }

    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unread", notifications.unreadCount(accounts.currentActor()));
        return "notifications/bell :: bell";
    }

    @GetMapping("/notifications")
    String list(@RequestParam(required = false) String unread, Model model) {
        Actor actor = accounts.currentActor();
        Boolean filter;
        try {
            filter = NotificationsApi.parseUnread(unread);
        } catch (InvalidInput e) {
            // A filter from an old or edited link: show everything rather than an error page.
            filter = null;
        }
        model.addAttribute("notifications", notifications.list(filter, actor));
        model.addAttribute("unread", filter);
        model.addAttribute("unreadCount", notifications.unreadCount(actor));
        model.addAttribute("preferences", notifications.preferences(actor));
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(id, accounts.currentActor());
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead(accounts.currentActor());
        redirect.addFlashAttribute("flash", "notifications.flash.allRead");
        return "redirect:/notifications";
    }

    /** Checked kinds stay on, unchecked ones go off. */
    @PostMapping("/notifications/preferences")
    String preferences(@RequestParam(required = false) boolean emailEnabled,
                       @RequestParam(name = "kind", required = false) List<String> kinds,
                       @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Map<String, Boolean> on = new HashMap<>();
        for (String kind : notifications.kinds()) {
            on.put(kind, kinds != null && kinds.contains(kind));
        }
        notifications.updatePreferences(new PreferencesForm(emailEnabled, on, version), accounts.currentActor());
        redirect.addFlashAttribute("flash", "notifications.flash.saved");
        return "redirect:/notifications#preferences";
    }

    /** Shows the new address once, on the page after the redirect. */
    @PostMapping("/notifications/ical-token")
    String icalToken(RedirectAttributes redirect) {
        redirect.addFlashAttribute("icalUrl", NotificationsApi.feedUrl(feeds.newToken(accounts.currentActor())));
        redirect.addFlashAttribute("flash", "notifications.flash.icalIssued");
        return "redirect:/notifications#calendar";
    }
}
