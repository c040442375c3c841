package vn.phoihop.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.meetings.MeetingDetails;
import vn.phoihop.meetings.MeetingKind;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.web.FormErrors;

/** A meeting report pasted as text, its recognised draft to confirm or edit, saved as a meeting. */
@Controller
class MeetingImportPages {

    record Option(long id, String label) {
    }

    private final MeetingImports imports;
    private final Programs programs;
    private final Accounts accounts;
    private final FormErrors formErrors;

    MeetingImportPages(MeetingImports imports, Programs programs, Accounts accounts, FormErrors formErrors) {
        this.imports = imports;
        this.programs = programs;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/imports/meeting")
    String newForm(@RequestParam(required = false) Long programId, Model model) {
        model.addAttribute("programId", programId);
        return page(accounts.currentActor(), model);
    }

    @PostMapping("/imports/meeting")
    String read(@RequestParam(required = false) String text, @RequestParam(required = false) String year,
                @RequestParam(required = false) Long programId, Model model) {
        Actor actor = accounts.currentActor();
        model.addAttribute("text", text);
        model.addAttribute("year", year);
        model.addAttribute("programId", programId);
        try {
            Integer y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
            model.addAttribute("draft", imports.read(text, y, actor));
        } catch (NumberFormatException e) {
            formErrors.addTo(model, InvalidInput.of("year", "validation.badValue"));
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
        }
        return page(actor, model);
    }

    @PostMapping("/imports/meeting/save")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        MeetingImports.SaveForm form = form(params);
        try {
            MeetingDetails saved = imports.save(form, actor);
            redirect.addFlashAttribute("flash", "imports.flash.meetingSaved");
            return "redirect:/meetings/" + saved.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("text", form.minutes());
            model.addAttribute("programId", form.programId());
            model.addAttribute("draft", new MeetingDraft(form.heldOn(), kind(form.kind()), null, form.title(),
                    form.chair(), form.directing(), form.speakers(), List.of(), List.of(), null, form.directions(),
                    java.util.Map.of()));
            return page(actor, model);
        }
    }

    private String page(Actor actor, Model model) {
        if (model.getAttribute("draft") instanceof MeetingDraft d) {
            model.addAttribute("directingText", String.join("\n", d.directing().stream().map(MeetingDraft.Person::label)
                    .toList()));
            model.addAttribute("speakersText", String.join("\n", d.speakers().stream().map(MeetingDraft.Person::label)
                    .toList()));
            model.addAttribute("directionsText", String.join("\n", d.directions()));
        }
        model.addAttribute("programOptions", programs.list(null, null, actor).stream()
                .map(p -> new Option(p.id().value(), p.title() + " (" + p.year() + ")")).toList());
        model.addAttribute("kinds", MeetingKind.values());
        return "imports/meeting";
    }

    private static MeetingImports.SaveForm form(MultiValueMap<String, String> p) {
        return new MeetingImports.SaveForm(id(p.getFirst("programId")), p.getFirst("kind"), p.getFirst("title"),
                date(p.getFirst("heldOn")), p.getFirst("place"), person(p.getFirst("chair")),
                people(p.getFirst("directing")), people(p.getFirst("speakers")), lines(p.getFirst("directions")),
                p.getFirst("minutes"));
    }

    /** One person a line: 'Full Name, position, position'. */
    static MeetingDraft.Person person(String line) {
        if (line == null || line.isBlank()) {
            return null;
        }
        String[] parts = line.strip().split("\\s*,\\s*");
        return new MeetingDraft.Person(parts[0], Arrays.stream(parts).skip(1).filter(s -> !s.isBlank()).toList());
    }

    static List<MeetingDraft.Person> people(String text) {
        List<MeetingDraft.Person> result = new ArrayList<>();
        for (String line : lines(text)) {
            result.add(person(line));
        }
        return result;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static MeetingKind kind(String raw) {
        try {
            return raw == null ? null : MeetingKind.valueOf(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long id(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static LocalDate date(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
