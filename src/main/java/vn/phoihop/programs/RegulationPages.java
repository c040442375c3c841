package vn.phoihop.programs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.web.FormErrors;

/**
 * The regulation of a program: shown to everyone who may see the program (an htmx request, as the program page
 * sends, gets the card only) and edited by the keeper's secretariat.
 */
@Controller
class RegulationPages {

    private final Programs programs;
    private final Accounts accounts;
    private final FormErrors formErrors;

    RegulationPages(Programs programs, Accounts accounts, FormErrors formErrors) {
        this.programs = programs;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/programs/{id}/regulation")
    String show(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Actor actor = accounts.currentActor();
        ProgramId programId = new ProgramId(id);
        model.addAttribute("regulation", programs.regulation(programId, actor));
        model.addAttribute("program", programs.get(programId, actor));
        model.addAttribute("canEdit", programs.access(programId, actor).canEdit());
        return htmx != null ? "programs/regulation :: card" : "programs/regulation";
    }

    @GetMapping("/programs/{id}/regulation/edit")
    String editForm(@PathVariable long id, Model model) {
        Actor actor = accounts.currentActor();
        ProgramId programId = new ProgramId(id);
        requireEditor(programId, actor);
        RegulationDetails r = programs.regulation(programId, actor);
        model.addAttribute("form", new RegulationForm(r.reportCadence().name(), r.reportDueDay(),
                r.infoRequestResponseDays(), r.reviewIntervalMonths(), r.version()));
        return formPage(programId, actor, model);
    }

    @PostMapping("/programs/{id}/regulation")
    String update(@PathVariable long id, @RequestParam(required = false) String reportCadence,
                  @RequestParam(required = false) String reportDueDay,
                  @RequestParam(required = false) String infoRequestResponseDays,
                  @RequestParam(required = false) String reviewIntervalMonths,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        ProgramId programId = new ProgramId(id);
        RegulationForm form = new RegulationForm(reportCadence, number(reportDueDay), number(infoRequestResponseDays),
                number(reviewIntervalMonths), version);
        try {
            programs.updateRegulation(programId, form, actor);
            redirect.addFlashAttribute("flash", "regulation.flash.saved");
            return "redirect:/programs/" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            return formPage(programId, actor, model);
        }
    }

    private String formPage(ProgramId programId, Actor actor, Model model) {
        model.addAttribute("program", programs.get(programId, actor));
        model.addAttribute("cadences", ReportCadence.values());
        return "programs/regulation-edit";
    }

    private void requireEditor(ProgramId programId, Actor actor) {
        if (!programs.access(programId, actor).canEdit()) {
            throw new Forbidden("regulation.edit.forbidden");
        }
    }

    /** A number as typed; text that is not one becomes a value every range refuses. */
    private static Integer number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
