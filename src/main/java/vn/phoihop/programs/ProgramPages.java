package vn.phoihop.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.web.FormErrors;

/** The program list, the new-program form and the program actions (sign, close, theme, direction). */
@Controller
class ProgramPages {

    private final Programs programs;
    private final Accounts accounts;
    private final Organizations organizations;
    private final FormErrors formErrors;
    private final Clock clock;

    private final ObjectProvider<ReviewSchedule> reviewSchedule;

    ProgramPages(Programs programs, Accounts accounts, Organizations organizations, FormErrors formErrors, Clock clock,
                 ObjectProvider<ReviewSchedule> reviewSchedule) {
        this.reviewSchedule = reviewSchedule;
        this.programs = programs;
        this.accounts = accounts;
        this.organizations = organizations;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/programs")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ProgramStatus status,
                Model model) {
        Actor actor = accounts.currentActor();
        List<ProgramDetails> shown = programs.list(year, status, actor);
        model.addAttribute("programs", shown);
        // Programs in force whose review (at least every six months) is overdue are flagged in the list.
        LocalDate today = LocalDate.now(clock);
        ReviewSchedule schedule = reviewSchedule.getIfAvailable();
        List<ProgramDetails> inForce = shown.stream().filter(p -> p.status() == ProgramStatus.IN_FORCE).toList();
        java.util.Map<vn.phoihop.shared.ProgramId, LocalDate> due = schedule == null ? java.util.Map.of()
                : schedule.nextReviewDue(inForce);
        model.addAttribute("reviewOverdue", schedule == null ? java.util.Set.of() : inForce.stream()
                .filter(p -> today.isAfter(due.get(p.id())))
                .map(p -> p.id().value()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProgramStatus.values());
        model.addAttribute("canCreate", actor.isAdmin() || actor.has(Role.SECRETARIAT));
        return "programs/list";
    }

    @GetMapping("/programs/new")
    String newForm(Model model) {
        model.addAttribute("form", new ProgramForm(null, LocalDate.now(clock).getYear(), null, null, null, null,
                List.of(), false, null));
        return formPage(model);
    }

    @PostMapping("/programs")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String code, @RequestParam(required = false) Long keeperOrganizationId,
                  @RequestParam(required = false) List<Long> partyIds, @RequestParam(required = false) Boolean isPublic,
                  Model model, RedirectAttributes redirect) {
        List<ProgramForm.PartyForm> parties = new ArrayList<>();
        if (partyIds != null) {
            partyIds.forEach(id -> parties.add(new ProgramForm.PartyForm(id, null)));
        }
        ProgramForm form = new ProgramForm(title, year, null, null, code, keeperOrganizationId, parties, isPublic, null);
        try {
            ProgramDetails created = programs.create(form, accounts.currentActor());
            redirect.addFlashAttribute("flash", "programs.flash.created");
            return "redirect:/programs/" + created.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            return formPage(model);
        }
    }

    @PostMapping("/programs/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) LocalDate signedOn, RedirectAttributes redirect) {
        try {
            programs.sign(new ProgramId(id), signedOn, accounts.currentActor());
            redirect.addFlashAttribute("flash", "programs.flash.signed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("actionError", "programs.sign.dateRequired");
        }
        return "redirect:/programs/" + id;
    }

    @PostMapping("/programs/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        programs.close(new ProgramId(id), accounts.currentActor());
        redirect.addFlashAttribute("flash", "programs.flash.closed");
        return "redirect:/programs/" + id;
    }

    @PostMapping("/programs/{id}/themes")
    String addTheme(@PathVariable long id, @RequestParam(required = false) String title, RedirectAttributes redirect) {
        try {
            programs.addTheme(new ProgramId(id), title, accounts.currentActor());
            redirect.addFlashAttribute("flash", "programs.flash.themeAdded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("actionError", "programs.theme.titleRequired");
        }
        return "redirect:/programs/" + id;
    }

    @PostMapping("/programs/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            programs.addDirection(new ProgramId(id), text, accounts.currentActor());
            redirect.addFlashAttribute("flash", "directions.flash.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("actionError", "directions.textRequired");
        }
        return "redirect:/programs/" + id;
    }

    private String formPage(Model model) {
        Actor actor = accounts.currentActor();
        model.addAttribute("bodies", organizations.list(true));
        model.addAttribute("chooseKeeper", actor.isAdmin());
        return "programs/new";
    }
}
