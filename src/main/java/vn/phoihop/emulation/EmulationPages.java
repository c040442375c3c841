package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.web.FormErrors;

/**
 * A program's emulation page (ranking of a movement over a period, criteria and weights, ratings, commendation
 * proposals; an htmx request gets the ranking card only) and a body's score explained item by item.
 */
@Controller
class EmulationPages {

    /** An entry of a pick-list. */
    record Option(String id, String label) {
    }

    private final Emulation emulation;
    private final Programs programs;
    private final CommendationDocument document;
    private final Organizations organizations;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final MessageSource messages;

    EmulationPages(Emulation emulation, Programs programs, Organizations organizations, Accounts accounts,
                   FormErrors formErrors, MessageSource messages, CommendationDocument document) {
        this.document = document;
        this.emulation = emulation;
        this.programs = programs;
        this.organizations = organizations;
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/emulation")
    String show(@PathVariable long id, @RequestParam(required = false) Long movementId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = accounts.currentActor();
        try {
            fill(model, new ProgramId(id), movementId, EmulationApi.date(from, "from"), EmulationApi.date(to, "to"), actor);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            fill(model, new ProgramId(id), null, null, null, actor);
        }
        return htmx != null ? "emulation/program :: card" : "emulation/program";
    }

    @GetMapping("/programs/{id}/emulation/bodies/{organizationId}")
    String explain(@PathVariable long id, @PathVariable long organizationId,
                   @RequestParam(required = false) Long movementId, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        Actor actor = accounts.currentActor();
        model.addAttribute("program", programs.get(new ProgramId(id), actor));
        ScoreExplanation explanation;
        try {
            explanation = emulation.explain(new ProgramId(id), new OrganizationId(organizationId), movementId,
                    EmulationApi.date(from, "from"), EmulationApi.date(to, "to"), actor);
        } catch (InvalidInput e) {
            // A link with a stale movement or an unreadable period: the default movement over its own period.
            explanation = emulation.explain(new ProgramId(id), new OrganizationId(organizationId), null, null, null,
                    actor);
        }
        model.addAttribute("explanation", explanation);
        return "emulation/explain";
    }

    @PostMapping("/programs/{id}/emulation/movements")
    String createMovement(@PathVariable long id, @RequestParam Map<String, String> p, Model model, RedirectAttributes r) {
        return act(id, null, model, r, "emulation.flash.saved", () -> emulation.createMovement(new ProgramId(id),
                new MovementForm(p.get("title"), EmulationApi.date(p.get("periodStart"), "periodStart"),
                        EmulationApi.date(p.get("periodEnd"), "periodEnd")), accounts.currentActor()).id());
    }

    @PostMapping("/programs/{id}/emulation/criteria/{criterionId}")
    String updateCriterion(@PathVariable long id, @PathVariable long criterionId, @RequestParam Map<String, String> p,
                           Model model, RedirectAttributes r) {
        return act(id, number(p.get("movementId")), model, r, "emulation.flash.saved", () -> emulation.updateCriterion(
                criterionId, Map.of("version", p.getOrDefault("version", ""), "weight", p.getOrDefault("weight", "")),
                accounts.currentActor()).movementId());
    }

    @PostMapping("/programs/{id}/emulation/movements/{movementId}/criteria")
    String addCriterion(@PathVariable long id, @PathVariable long movementId, @RequestParam Map<String, String> p,
                        Model model, RedirectAttributes r) {
        return act(id, movementId, model, r, "emulation.flash.saved", () -> emulation.addCriterion(movementId,
                new CriterionForm(p.get("code"), p.get("title"), decimal(p.get("weight"), "weight"),
                        decimal(p.get("maxValue"), "maxValue")), accounts.currentActor()).movementId());
    }

    @PostMapping("/programs/{id}/emulation/criteria/{criterionId}/ratings")
    String rate(@PathVariable long id, @PathVariable long criterionId, @RequestParam Map<String, String> p,
                Model model, RedirectAttributes r) {
        return act(id, number(p.get("movementId")), model, r, "emulation.flash.rated", () -> {
            emulation.rate(criterionId, new RatingForm(number(p.get("organizationId")), decimal(p.get("value"), "value"),
                    EmulationApi.date(p.get("ratedOn"), "ratedOn"), p.get("comment")), accounts.currentActor());
            return number(p.get("movementId"));
        });
    }

    @PostMapping("/programs/{id}/emulation/proposals")
    String propose(@PathVariable long id, @RequestParam Map<String, String> p, Model model, RedirectAttributes r) {
        return act(id, number(p.get("movementId")), model, r, "emulation.flash.proposed", () -> emulation.propose(
                new ProgramId(id), new ProposalForm(number(p.get("organizationId")), number(p.get("personId")),
                        p.get("form"), p.get("reason"), number(p.get("movementId")),
                        EmulationApi.date(p.get("from"), "from"), EmulationApi.date(p.get("to"), "to")),
                accounts.currentActor()).movementId());
    }

    @PostMapping("/programs/{id}/emulation/proposals/{proposalId}/approve")
    String approve(@PathVariable long id, @PathVariable long proposalId, Model model, RedirectAttributes r) {
        return act(id, null, model, r, "emulation.flash.decided",
                () -> emulation.decide(proposalId, true, null, accounts.currentActor()).movementId());
    }

    @PostMapping("/programs/{id}/emulation/proposals/{proposalId}/reject")
    String reject(@PathVariable long id, @PathVariable long proposalId, Model model, RedirectAttributes r) {
        return act(id, null, model, r, "emulation.flash.decided",
                () -> emulation.decide(proposalId, false, null, accounts.currentActor()).movementId());
    }

    @GetMapping("/programs/{id}/emulation/commendations.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        return EmulationApi.workbook(emulation.approvedList(new ProgramId(id), accounts.currentActor()));
    }

    @GetMapping("/programs/{id}/emulation/commendations.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return document.docx(new ProgramId(id), accounts.currentActor());
    }

    @GetMapping("/programs/{id}/emulation/commendations.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return document.pdf(new ProgramId(id), accounts.currentActor());
    }

    /** Runs a form action: Post/Redirect/Get on success, the page again with the form errors otherwise. */
    private String act(long programId, Long movementId, Model model, RedirectAttributes redirect, String flash,
                       Supplier<Long> action) {
        try {
            Long movement = action.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/programs/" + programId + "/emulation" + (movement == null ? "" : "?movementId=" + movement);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            fill(model, new ProgramId(programId), movementId, null, null, accounts.currentActor());
            return "emulation/program";
        }
    }

    private void fill(Model model, ProgramId id, Long movementId, LocalDate from, LocalDate to, Actor actor) {
        var program = programs.get(id, actor);
        List<MovementDetails> movements = emulation.movements(id, actor);
        MovementDetails movement = movements.stream().filter(m -> movementId != null && m.id() == movementId)
                .findFirst().orElse(movements.get(0));
        ScoreBoard board = emulation.scores(id, movement.id(), from, to, actor);
        model.addAttribute("program", program);
        model.addAttribute("movements", movements);
        model.addAttribute("movement", movement);
        model.addAttribute("board", board);
        model.addAttribute("proposals", emulation.proposals(id, null, actor));
        model.addAttribute("canEdit", emulation.canEdit(id, actor));
        model.addAttribute("canRate", emulation.canRate(actor));
        model.addAttribute("canApprove", emulation.canApprove(actor));
        model.addAttribute("casesAvailable", emulation.casesAvailable());
        model.addAttribute("bodyOptions", board.items().stream()
                .map(s -> new Option(String.valueOf(s.organizationId().value()), s.organizationName())).toList());
        Set<OrganizationId> scored = board.items().stream().map(ScoreBoard.BodyScore::organizationId)
                .collect(Collectors.toSet());
        model.addAttribute("personOptions", organizations.people().stream()
                .filter(person -> person.positions().stream().anyMatch(pos -> scored.contains(pos.organizationId())))
                .map(person -> new Option(String.valueOf(person.id().value()), person.fullName())).toList());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("formOptions", Arrays.stream(CommendationForm.values()).map(f -> new Option(f.name(),
                messages.getMessage("emulation.proposal.form." + f, null, locale))).toList());
        model.addAttribute("manualCriteria", movement.criteria().stream()
                .filter(c -> c.kind() == CriterionKind.MANUAL).toList());
    }

    private static Long number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static BigDecimal decimal(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "emulation.number");
        }
    }
}
