package vn.phoihop.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.PersonId;
import vn.phoihop.shared.Text;
import vn.phoihop.web.FormErrors;

/** The administrator's page for people (cán bộ) and the positions they hold, searchable and paged. */
@Controller
@RequestMapping("/admin/people")
@PreAuthorize("hasRole('ADMIN')")
class PeoplePages {

    static final int PAGE_SIZE = 50;

    /** A new person with, optionally, a first position. */
    record NewPerson(String fullName, Long organizationId, String title,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        PersonForm toPersonForm() {
            boolean noPosition = organizationId == null && (title == null || title.isBlank()) && from == null
                    && to == null;
            return new PersonForm(fullName,
                    noPosition ? List.of() : List.of(new PersonForm.PositionForm(organizationId, title, from, to)));
        }
    }

    /** A position added to someone already registered. */
    record NewPosition(Long organizationId, String title,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    private final Organizations organizations;
    private final FormErrors formErrors;
    private final Clock clock;

    PeoplePages(Organizations organizations, FormErrors formErrors, Clock clock) {
        this.organizations = organizations;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("person", new NewPerson(null, null, null, null, null));
        return page(q, page, model);
    }

    @PostMapping
    String create(@ModelAttribute("person") NewPerson form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            checkBinding(binding);
            organizations.registerPerson(form.toPersonForm());
        } catch (InvalidInput e) {
            // The one position is positions[0] to the facade, and a plain field on this form.
            model.addAttribute("errors", formErrors.of(e).entrySet().stream().collect(Collectors.toMap(
                    en -> en.getKey().replaceFirst("^positions\\[0]\\.?", ""), Map.Entry::getValue,
                    (a, b) -> a + " " + b)));
            return page(null, 0, model);
        }
        redirect.addFlashAttribute("flash", "admin.people.created");
        // Back to the list found by the name, where the new person is, whichever page they fall on.
        redirect.addAttribute("q", Text.clean(form.fullName()));
        return "redirect:/admin/people";
    }

    /** The form for one more position: inside the person's card through htmx, on its own page without script. */
    @GetMapping("/{id}/positions/new")
    String newPosition(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model) {
        positionForm(organizations.person(new PersonId(id)), new NewPosition(null, null, null, null), model);
        return htmx != null ? "admin/people/position :: form" : "admin/people/position";
    }

    @PostMapping("/{id}/positions")
    String addPosition(@PathVariable long id, @ModelAttribute("position") NewPosition form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        PersonDetails person = organizations.person(new PersonId(id));
        try {
            checkBinding(binding);
            organizations.addPosition(person.id(),
                    new PersonForm.PositionForm(form.organizationId(), form.title(), form.from(), form.to()));
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            positionForm(person, form, model);
            return "admin/people/position";
        }
        redirect.addFlashAttribute("flash", "admin.people.positionAdded");
        redirect.addAttribute("q", person.fullName());
        return "redirect:/admin/people";
    }

    private void positionForm(PersonDetails person, NewPosition form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("position", form);
        model.addAttribute("bodies", activeBodies(organizations.list(true)));
    }

    private String page(String q, int page, Model model) {
        String query = q == null || Text.clean(q) == null ? "" : Text.clean(q);
        String needle = query.toLowerCase(Locale.ROOT);
        List<PersonDetails> found = organizations.people().stream()
                .filter(p -> needle.isEmpty() || p.fullName().toLowerCase(Locale.ROOT).contains(needle)).toList();
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<OrganizationSummary> bodies = organizations.list(null);
        model.addAttribute("people", found.subList(current * PAGE_SIZE, Math.min(found.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("total", found.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("q", query);
        model.addAttribute("byId", bodies.stream().collect(Collectors.toMap(OrganizationSummary::id, Function.identity())));
        model.addAttribute("bodies", activeBodies(bodies));
        model.addAttribute("today", LocalDate.now(clock));
        return "admin/people/list";
    }

    /** New positions are taken in bodies that exist today. */
    private static List<OrganizationPages.Option> activeBodies(List<OrganizationSummary> bodies) {
        return bodies.stream().filter(OrganizationSummary::active)
                .map(o -> new OrganizationPages.Option(o.id().value(), o.name())).toList();
    }

    private static void checkBinding(BindingResult binding) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        binding.getFieldErrors().forEach(f -> errors.add(f.getField(), "validation.badValue"));
        errors.throwIfAny();
    }
}
