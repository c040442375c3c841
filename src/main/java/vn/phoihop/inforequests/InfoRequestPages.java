package vn.phoihop.inforequests;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.web.FormErrors;

/** The new-request form, a request with its answer form, and its attachment. */
@Controller
class InfoRequestPages {

    /** An entry of a pick-list. */
    record Option(long id, String label) {
    }

    private final InfoRequests requests;
    private final Programs programs;
    private final Organizations organizations;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final Clock clock;

    InfoRequestPages(InfoRequests requests, Programs programs, Organizations organizations, Accounts accounts,
                     FormErrors formErrors, Clock clock) {
        this.requests = requests;
        this.programs = programs;
        this.organizations = organizations;
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/info-requests/new")
    String newForm(@RequestParam(required = false) Long programId, Model model) {
        Actor actor = accounts.currentActor();
        model.addAttribute("form", new InfoRequestForm(programId, null,
                actor.organizationId() == null ? null : actor.organizationId().value(), null, null, null,
                LocalDate.now(clock), null));
        return formPage(actor, model);
    }

    @PostMapping("/info-requests")
    String create(@RequestParam Map<String, String> params, @RequestParam(required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) throws IOException {
        Actor actor = accounts.currentActor();
        RequestAttachment attachment = file == null || file.isEmpty() ? null
                : new RequestAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        InfoRequestForm form = new InfoRequestForm(id(params.get("programId")), null,
                id(params.get("fromOrganizationId")), id(params.get("toOrganizationId")), params.get("subject"),
                params.get("content"), date(params.get("sentOn")), attachment);
        try {
            InfoRequestDetails sent = requests.send(form, actor);
            redirect.addFlashAttribute("flash", "inforequests.flash.sent");
            return "redirect:/info-requests/" + sent.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            return formPage(actor, model);
        }
    }

    @GetMapping("/info-requests/{id}")
    String show(@PathVariable long id, Model model) {
        fill(model, new InfoRequestId(id), accounts.currentActor());
        return "inforequests/show";
    }

    @PostMapping("/info-requests/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answeredOn,
                  @RequestParam(required = false) String content, Model model, RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        AnswerForm form = new AnswerForm(date(answeredOn), content);
        try {
            requests.answer(new InfoRequestId(id), form, actor);
            redirect.addFlashAttribute("flash", "inforequests.flash.answered");
            return "redirect:/info-requests/" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("answerForm", form);
            fill(model, new InfoRequestId(id), actor);
            return "inforequests/show";
        }
    }

    @GetMapping("/info-requests/{id}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        return InfoRequestsApi.download(requests.attachment(new InfoRequestId(id), accounts.currentActor()));
    }

    private void fill(Model model, InfoRequestId id, Actor actor) {
        InfoRequestDetails request = requests.get(id, actor);
        model.addAttribute("request", request);
        model.addAttribute("mayAnswer", request.answeredOn() == null && requests.mayAnswer(id, actor));
        if (request.programId() != null) {
            model.addAttribute("program", programs.get(request.programId(), actor));
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm(LocalDate.now(clock), null));
        }
    }

    private String formPage(Actor actor, Model model) {
        var active = organizations.list(true);
        model.addAttribute("fromBodies", actor.isAdmin() ? active
                : active.stream().filter(b -> b.id().equals(actor.organizationId())).toList());
        model.addAttribute("toBodies", active);
        model.addAttribute("programOptions", programs.list(null, null, actor).stream()
                .map(p -> new Option(p.id().value(), p.title() + " (" + p.year() + ")")).toList());
        return "inforequests/new";
    }

    private static Long id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.of(1900, 1, 1);
        }
    }
}
