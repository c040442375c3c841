package vn.phoihop.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.Text;
import vn.phoihop.shared.UserId;
import vn.phoihop.web.FormErrors;

/** The administrator's pages for users: the list, the form to create one, and deactivation after a confirmation. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    static final int PAGE_SIZE = 50;

    /** One choice of a select: what is sent and what is shown. */
    record Option(Object id, String label) {
    }

    private final Accounts accounts;
    private final Organizations organizations;
    private final FormErrors formErrors;
    private final MessageSource messages;

    UserPages(Accounts accounts, Organizations organizations, FormErrors formErrors, MessageSource messages) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q == null || Text.clean(q) == null ? "" : Text.clean(q);
        String needle = query.toLowerCase(Locale.ROOT);
        List<UserSummary> found = accounts.list().stream()
                .filter(u -> needle.isEmpty() || u.username().contains(needle)
                        || u.fullName().toLowerCase(Locale.ROOT).contains(needle)).toList();
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("me", accounts.currentActor().id());
        model.addAttribute("users", found.subList(current * PAGE_SIZE, Math.min(found.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("total", found.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("q", query);
        model.addAttribute("byId", organizations.list(null).stream()
                .collect(Collectors.toMap(OrganizationSummary::id, Function.identity())));
        return "admin/users/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(new UserForm(null, null, null, null, "vi", null, null, List.of()), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            accounts.register(form);
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            formErrors.of(e).forEach((field, message) ->
                    errors.merge(field.replaceFirst("^roles\\[\\d+]$", "roles"), message, (a, b) -> a + " " + b));
            model.addAttribute("errors", errors);
            return form(form, model);
        } catch (Conflict e) {
            // The only conflict of a new user is a username already taken: say so next to the field.
            model.addAttribute("errors", Map.of("username", text(e.messageKey(), e.args())));
            return form(form, model);
        }
        redirect.addFlashAttribute("flash", "admin.users.created");
        return "redirect:/admin/users";
    }

    /** Asks before deactivating: the page states whom and what happens (no script confirmation under the CSP). */
    @GetMapping("/{id}/deactivate")
    String confirmDeactivation(@PathVariable long id, Model model) {
        UserSummary user = accounts.get(new UserId(id));
        model.addAttribute("user", user);
        model.addAttribute("self", user.id().equals(accounts.currentActor().id()));
        model.addAttribute("body", user.organizationId() == null ? null
                : organizations.find(user.organizationId()).orElse(null));
        return "admin/users/deactivate";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        accounts.deactivate(new UserId(id));
        redirect.addFlashAttribute("flash", "admin.users.deactivated");
        return "redirect:/admin/users";
    }

    private String form(UserForm form, Model model) {
        // The password is never sent back to the browser, even after an error.
        model.addAttribute("form", new UserForm(form.username(), null, form.fullName(), form.email(), form.locale(),
                form.personId(), form.organizationId(), form.roles() == null ? List.of() : form.roles()));
        model.addAttribute("bodies", organizations.list(true).stream()
                .map(o -> new Option(o.id().value(), o.name())).toList());
        model.addAttribute("people", organizations.people().stream()
                .map(p -> new Option(p.id().value(), p.fullName())).toList());
        model.addAttribute("languages", Stream.of("vi", "en")
                .map(l -> new Option(l, text("admin.language." + l))).toList());
        model.addAttribute("roles", List.of(Role.values()));
        return "admin/users/form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
