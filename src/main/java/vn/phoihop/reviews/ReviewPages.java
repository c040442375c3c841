package vn.phoihop.reviews;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.web.FormErrors;

/**
 * A program's reviews with the next due date and the new-review form (an htmx request gets the card only, for the
 * program page); a review's page with its figures, narrative form, approval and revisions.
 */
@Controller
class ReviewPages {

    private final Reviews reviews;
    private final Programs programs;
    private final Organizations organizations;
    private final Accounts accounts;
    private final FormErrors formErrors;

    ReviewPages(Reviews reviews, Programs programs, Organizations organizations, Accounts accounts,
                FormErrors formErrors) {
        this.reviews = reviews;
        this.programs = programs;
        this.organizations = organizations;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/programs/{id}/reviews")
    String list(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        listModel(new ProgramId(id), model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReviewForm(ReviewKind.SIX_MONTH.name(), null, null));
        }
        return htmx != null ? "reviews/list :: reviews" : "reviews/list";
    }

    @PostMapping("/programs/{id}/reviews")
    String create(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        ReviewForm form = new ReviewForm(params.get("kind"), date(params.get("periodStart")),
                date(params.get("periodEnd")));
        try {
            ReviewDetails created = reviews.create(new ProgramId(id), form, accounts.currentActor());
            redirect.addFlashAttribute("flash", "reviews.flash.created");
            return "redirect:/reviews/" + created.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            listModel(new ProgramId(id), model);
            return "reviews/list";
        }
    }

    @GetMapping("/reviews/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = accounts.currentActor();
        ReviewDetails review = reviews.get(new ReviewId(id), actor);
        showModel(review, actor, model);
        return "reviews/show";
    }

    @PostMapping("/reviews/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        Map<String, Object> fields = new HashMap<>();
        for (String name : List.of("results", "shortcomings", "lessons", "directions")) {
            fields.put(name, params.get(name));
        }
        fields.put("version", params.get("version"));
        try {
            reviews.update(new ReviewId(id), ReviewsApi.version(params.get("version")), fields, actor);
            redirect.addFlashAttribute("flash", "reviews.flash.updated");
            return "redirect:/reviews/" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            ReviewDetails review = reviews.get(new ReviewId(id), actor);
            showModel(review, actor, model);
            model.addAttribute("narrative", fields);
            return "reviews/show";
        } catch (Conflict e) {
            redirect.addFlashAttribute("actionError", "reviews.flash.conflict");
            return "redirect:/reviews/" + id;
        }
    }

    @PostMapping("/reviews/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        reviews.approve(new ReviewId(id), accounts.currentActor());
        redirect.addFlashAttribute("flash", "reviews.flash.approved");
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/{id}/revisions")
    String revise(@PathVariable long id, RedirectAttributes redirect) {
        ReviewDetails created = reviews.revise(new ReviewId(id), accounts.currentActor());
        redirect.addFlashAttribute("flash", "reviews.flash.revised");
        return "redirect:/reviews/" + created.id();
    }

    @PostMapping("/reviews/{id}/next-program")
    String nextProgram(@PathVariable long id, RedirectAttributes redirect) {
        NextProgramDetails created = reviews.nextProgram(new ReviewId(id), accounts.currentActor());
        redirect.addFlashAttribute("flash", "reviews.flash.nextProgram");
        return "redirect:/programs/" + created.program().id();
    }

    private void listModel(ProgramId program, Model model) {
        Actor actor = accounts.currentActor();
        model.addAttribute("program", programs.get(program, actor));
        model.addAttribute("reviews", reviews.list(program, actor));
        model.addAttribute("canEdit", reviews.canEdit(program, actor));
        model.addAttribute("kinds", ReviewKind.values());
    }

    private void showModel(ReviewDetails review, Actor actor, Model model) {
        ProgramDetails program = programs.get(review.programId(), actor);
        model.addAttribute("program", program);
        model.addAttribute("review", review);
        boolean draft = review.status() == ReviewStatus.DRAFT;
        model.addAttribute("canEdit", draft && reviews.canEdit(review.programId(), actor));
        model.addAttribute("canApprove", draft && reviews.canApprove(actor));
        model.addAttribute("canRevise", !draft && reviews.canEdit(review.programId(), actor));
        model.addAttribute("canDraftNext", !draft && review.kind() == ReviewKind.YEAR_END
                && reviews.canEdit(review.programId(), actor));
        Map<Long, String> bodies = new HashMap<>();
        for (OrganizationSummary o : organizations.byIds(review.figures().byOrganization().stream()
                .map(c -> new OrganizationId(c.organizationId())).toList()).values()) {
            bodies.put(o.id().value(), o.name());
        }
        model.addAttribute("bodyNames", bodies);
        Map<Long, String> themes = new LinkedHashMap<>();
        program.themes().forEach(t -> themes.put(t.id().value(), t.title()));
        model.addAttribute("themeNames", themes);
        if (!model.containsAttribute("narrative")) {
            Map<String, Object> narrative = new HashMap<>();
            narrative.put("results", review.results());
            narrative.put("shortcomings", review.shortcomings());
            narrative.put("lessons", review.lessons());
            narrative.put("directions", review.directions());
            model.addAttribute("narrative", narrative);
        }
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
