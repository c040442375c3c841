package vn.phoihop.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.web.FormErrors;

/** The administrator's pages for bodies: the list with its validity filter, and the form to add or edit one. */
@Controller
@RequestMapping("/admin/organizations")
@PreAuthorize("hasRole('ADMIN')")
class OrganizationPages {

    /** The form as posted; aliases one per line. Dates come from {@code <input type="date">} (ISO). */
    record Form(String name, String shortName, OrganizationKind kind, Long parentId,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                Long successorId, SuccessorRelation successorRelation, String aliases) {

        static Form of(OrganizationSummary o) {
            return new Form(o.name(), o.shortName(), o.kind(), raw(o.parentId()), o.validFrom(), o.validTo(),
                    raw(o.successorId()), o.successorRelation(), String.join("\n", o.aliases()));
        }

        OrganizationForm toOrganizationForm() {
            List<String> lines = aliases == null ? List.of()
                    : aliases.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return new OrganizationForm(name, shortName, kind, parentId, validFrom, validTo, successorId,
                    successorRelation, lines);
        }

        private static Long raw(OrganizationId id) {
            return id == null ? null : id.value();
        }
    }

    /** One choice of a select: what is sent and what is shown. */
    record Option(Object id, String label) {
    }

    private final Organizations organizations;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Clock clock;

    OrganizationPages(Organizations organizations, FormErrors formErrors, MessageSource messages, Clock clock) {
        this.organizations = organizations;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Boolean active, Model model) {
        List<OrganizationSummary> all = organizations.list(null);
        model.addAttribute("organizations", all.stream().filter(o -> active == null || o.active() == active).toList());
        model.addAttribute("byId", all.stream().collect(Collectors.toMap(OrganizationSummary::id, Function.identity())));
        model.addAttribute("active", active);
        model.addAttribute("today", LocalDate.now(clock));
        return "admin/organizations/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(new Form(null, null, null, null, null, null, null, null, null), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") Form form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            checkBinding(binding);
            organizations.register(form.toOrganizationForm());
        } catch (InvalidInput e) {
            model.addAttribute("errors", errors(e));
            return form(form, null, model);
        }
        redirect.addFlashAttribute("flash", "admin.organizations.created");
        return "redirect:/admin/organizations";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(Form.of(organizations.get(new OrganizationId(id))), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") Form form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            checkBinding(binding);
            organizations.update(new OrganizationId(id), form.toOrganizationForm());
        } catch (InvalidInput e) {
            model.addAttribute("errors", errors(e));
            return form(form, id, model);
        }
        redirect.addFlashAttribute("flash", "admin.organizations.updated");
        return "redirect:/admin/organizations";
    }

    private String form(Form form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", options(OrganizationKind.values(), "admin.kind."));
        model.addAttribute("relations", options(SuccessorRelation.values(), "admin.relation."));
        // Ended bodies stay choosable (a successor may itself have ended since) but say so.
        LocalDate today = LocalDate.now(clock);
        String ended = text("admin.organizations.endedSuffix");
        String notYet = text("admin.organizations.notYetSuffix");
        model.addAttribute("bodies", organizations.list(null).stream()
                .filter(o -> id == null || o.id().value() != id)
                .map(o -> new Option(o.id().value(), o.active() ? o.name()
                        : o.name() + " " + (o.validFrom() != null && o.validFrom().isAfter(today) ? notYet : ended)))
                .toList());
        return "admin/organizations/form";
    }

    /** A value the browser could not have sent (a kind or date out of the lists) is refused before saving. */
    private static void checkBinding(BindingResult binding) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        binding.getFieldErrors().forEach(f -> errors.add(f.getField(), "validation.badValue"));
        errors.throwIfAny();
    }

    /** The aliases are one textarea: an error on {@code aliases[2]} shows next to it. */
    private Map<String, String> errors(InvalidInput e) {
        Map<String, String> result = new LinkedHashMap<>();
        formErrors.of(e).forEach((field, message) ->
                result.merge(field.replaceFirst("^aliases\\[\\d+]$", "aliases"), message, (a, b) -> a + " " + b));
        return result;
    }

    private List<Option> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
