package vn.phoihop.meetings;

import java.util.Arrays;
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
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.web.FormErrors;

/**
 * A program's meeting list (an htmx request gets the list only, for the program page), the new-meeting form and
 * the edit form.
 */
@Controller
class MeetingPages {

    /** A position in a pick-list, labelled with the person, the title and the body. */
    record PositionChoice(long id, String label) {
    }

    private final Meetings meetings;
    private final Programs programs;
    private final Accounts accounts;
    private final Organizations organizations;
    private final FormErrors formErrors;

    MeetingPages(Meetings meetings, Programs programs, Accounts accounts, Organizations organizations,
                 FormErrors formErrors) {
        this.meetings = meetings;
        this.programs = programs;
        this.accounts = accounts;
        this.organizations = organizations;
        this.formErrors = formErrors;
    }

    @GetMapping("/programs/{id}/meetings")
    String list(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Actor actor = accounts.currentActor();
        ProgramId program = new ProgramId(id);
        model.addAttribute("program", programs.get(program, actor));
        model.addAttribute("meetings", meetings.list(program, actor));
        model.addAttribute("canEdit", meetings.canEdit(program, actor));
        return htmx != null ? "meetings/list :: meetings" : "meetings/list";
    }

    @GetMapping("/programs/{id}/meetings/new")
    String newForm(@PathVariable long id, Model model) {
        Actor actor = accounts.currentActor();
        requireEdit(new ProgramId(id), actor);
        model.addAttribute("form", new MeetingForm(MeetingKind.REGULAR.name(), null, null, null, null, null,
                List.of(), List.of(), null));
        return formPage(new ProgramId(id), null, model);
    }

    @PostMapping("/programs/{id}/meetings")
    String create(@PathVariable long id, @RequestParam Map<String, String> params,
                  @RequestParam(required = false) List<Long> attendeePositionIds, Model model,
                  RedirectAttributes redirect) {
        MeetingForm form = form(params, attendeePositionIds);
        try {
            MeetingDetails created = meetings.create(new ProgramId(id), form, accounts.currentActor());
            redirect.addFlashAttribute("flash", "meetings.flash.created");
            return "redirect:/meetings/" + created.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            return formPage(new ProgramId(id), null, model);
        }
    }

    @GetMapping("/meetings/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Actor actor = accounts.currentActor();
        MeetingDetails meeting = meetings.get(new MeetingId(id), actor);
        requireEdit(meeting.programId(), actor);
        model.addAttribute("form", meetings.form(meeting.id(), actor));
        return formPage(meeting.programId(), meeting, model);
    }

    @PostMapping("/meetings/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params,
                  @RequestParam(required = false) List<Long> attendeePositionIds, Model model,
                  RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        MeetingForm form = form(params, attendeePositionIds);
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", form.kind());
        fields.put("title", form.title());
        fields.put("heldOn", form.heldOn() == null ? null : form.heldOn().toString());
        fields.put("place", form.place());
        fields.put("chairPositionId", form.chairPositionId());
        fields.put("directingPositionId", form.directingPositionId());
        fields.put("attendeePositionIds", form.attendeePositionIds());
        fields.put("guests", form.guests());
        fields.put("minutes", form.minutes());
        Long version = MeetingPage.asLong(params.get("version"));
        try {
            meetings.update(new MeetingId(id), version, fields, actor);
            redirect.addFlashAttribute("flash", "meetings.flash.updated");
            return "redirect:/meetings/" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            MeetingDetails meeting = meetings.get(new MeetingId(id), actor);
            return formPage(meeting.programId(), meeting, model);
        }
    }

    private void requireEdit(ProgramId program, Actor actor) {
        if (!meetings.canEdit(program, actor)) {
            throw new Forbidden("meetings.edit.forbidden");
        }
    }

    private String formPage(ProgramId program, MeetingDetails meeting, Model model) {
        model.addAttribute("program", programs.get(program, accounts.currentActor()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("positions", positionChoices());
        MeetingForm form = (MeetingForm) model.getAttribute("form");
        model.addAttribute("guestsText", form == null || form.guests() == null ? "" : String.join("\n", form.guests()));
        return "meetings/form";
    }

    /** Every recorded position, by person, labelled as the meeting will record it. */
    private List<PositionChoice> positionChoices() {
        Map<Long, String> bodies = new LinkedHashMap<>();
        for (OrganizationSummary o : organizations.list(null)) {
            bodies.put(o.id().value(), o.name());
        }
        return organizations.people().stream().flatMap(p -> p.positions().stream())
                .map(pos -> new PositionChoice(pos.id().value(), pos.personName() + " — " + pos.title() + ", "
                        + bodies.getOrDefault(pos.organizationId().value(), "")))
                .toList();
    }

    private static MeetingForm form(Map<String, String> params, List<Long> attendeePositionIds) {
        String guests = params.get("guests");
        return new MeetingForm(params.get("kind"), params.get("title"), MeetingPage.asDate(params.get("heldOn")),
                params.get("place"), MeetingPage.asLong(params.get("chairPositionId")),
                MeetingPage.asLong(params.get("directingPositionId")),
                attendeePositionIds == null ? List.of() : attendeePositionIds,
                guests == null ? List.of() : Arrays.stream(guests.split("\\R")).filter(g -> !g.isBlank()).toList(),
                params.get("minutes"));
    }
}
