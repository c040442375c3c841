package vn.phoihop.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
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
import vn.phoihop.tasks.TaskForm;
import vn.phoihop.web.FormErrors;

/**
 * The meeting page: who took part as they were then, minutes, conclusions each with its follow-up tasks and their
 * statuses; for the secretariat the add-conclusion form and a follow-up task form per conclusion.
 */
@Controller
class MeetingPage {

    private final Meetings meetings;
    private final Programs programs;
    private final Accounts accounts;
    private final Organizations organizations;
    private final FormErrors formErrors;

    MeetingPage(Meetings meetings, Programs programs, Accounts accounts, Organizations organizations,
                FormErrors formErrors) {
        this.meetings = meetings;
        this.programs = programs;
        this.accounts = accounts;
        this.organizations = organizations;
        this.formErrors = formErrors;
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        fill(model, new MeetingId(id), accounts.currentActor());
        return "meetings/show";
    }

    @PostMapping("/meetings/{id}/conclusions")
    String addConclusion(@PathVariable long id, @RequestParam(required = false) String text, Model model,
                         RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        try {
            var created = meetings.addConclusion(new MeetingId(id), text, actor);
            redirect.addFlashAttribute("flash", "meetings.flash.conclusionAdded");
            return "redirect:/meetings/" + id + "#conclusion-" + created.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("conclusionText", text);
            model.addAttribute("conclusionFailed", true);
            fill(model, new MeetingId(id), actor);
            return "meetings/show";
        }
    }

    @PostMapping("/conclusions/{id}/tasks")
    String createFollowUp(@PathVariable long id, @RequestParam Map<String, String> params,
                          @RequestParam(required = false) List<Long> cooperatingOrganizationIds, Model model,
                          RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        MeetingId meeting = meetings.conclusion(new ConclusionId(id), actor).meetingId();
        TaskForm form = new TaskForm(params.get("title"), params.get("description"), asLong(params.get("themeId")),
                null, asLong(params.get("leadOrganizationId")),
                cooperatingOrganizationIds == null ? List.of() : cooperatingOrganizationIds, null,
                params.get("output"), asDate(params.get("dueDate")), null, null, null);
        try {
            meetings.createFollowUp(new ConclusionId(id), form, actor);
            redirect.addFlashAttribute("flash", "meetings.flash.followUpCreated");
            return "redirect:/meetings/" + meeting + "#conclusion-" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("followUpFor", id);
            model.addAttribute("followUpForm", form);
            fill(model, meeting, actor);
            return "meetings/show";
        }
    }

    @PostMapping("/meetings/{id}/documents")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String name, Model model, RedirectAttributes redirect)
            throws IOException {
        Actor actor = accounts.currentActor();
        String documentName = name == null || name.isBlank() ? file == null ? null : file.getOriginalFilename() : name;
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            meetings.addDocument(new MeetingId(id), documentName, file == null ? null : file.getContentType(), content,
                    actor);
            redirect.addFlashAttribute("flash", "meetings.flash.documentAdded");
            return "redirect:/meetings/" + id + "#documents";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("documentFailed", true);
            fill(model, new MeetingId(id), actor);
            return "meetings/show";
        }
    }

    @GetMapping("/meetings/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return MeetingsApi.download(meetings.document(new MeetingId(id), documentId, accounts.currentActor()));
    }

    private void fill(Model model, MeetingId id, Actor actor) {
        MeetingDetails meeting = meetings.get(id, actor);
        Map<Long, String> names = new LinkedHashMap<>();
        organizations.list(null).forEach(b -> names.put(b.id().value(), b.label()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("program", programs.get(meeting.programId(), actor));
        model.addAttribute("minutesLines", meeting.minutes() == null ? List.of() : meeting.minutes().lines().toList());
        model.addAttribute("names", names);
        model.addAttribute("canEdit", meetings.canEdit(meeting.programId(), actor));
        model.addAttribute("activeBodies", organizations.list(true));
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpFor", null);
            model.addAttribute("followUpForm", new TaskForm(null, null, null, null, null, List.of(), null, null, null,
                    null, null, null));
        }
    }

    /** A date from a form field; an unreadable one counts as missing. */
    static LocalDate asDate(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An id from a form field; an unreadable one becomes -1, which no record has. */
    static Long asLong(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
