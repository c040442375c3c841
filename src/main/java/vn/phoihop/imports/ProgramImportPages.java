package vn.phoihop.imports;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.web.FormErrors;

/** A program document uploaded, reviewed beside its source paragraphs, and saved as a draft program. */
@Controller
class ProgramImportPages {

    private final ProgramImports imports;
    private final Organizations organizations;
    private final Accounts accounts;
    private final FormErrors formErrors;

    ProgramImportPages(ProgramImports imports, Organizations organizations, Accounts accounts, FormErrors formErrors) {
        this.imports = imports;
        this.organizations = organizations;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/imports/program")
    String newForm(Model model) {
        return "imports/program-upload";
    }

    @PostMapping("/imports/program")
    String read(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = accounts.currentActor();
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "imports.file.empty");
            }
            if (file.getSize() > TaskSheet.MAX_BYTES) {
                throw InvalidInput.of("file", "imports.file.tooLarge");
            }
            ProgramDraft draft = imports.read(file.getBytes(), actor);
            model.addAttribute("draft", draft);
            model.addAttribute("keeperId", actor.organizationId() == null ? null : actor.organizationId().value());
            return review(model);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            return "imports/program-upload";
        }
    }

    @PostMapping("/imports/program/save")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        ProgramDraft draft = draft(params);
        Long keeper = id(params.getFirst("keeperOrganizationId"));
        try {
            ProgramDetails saved = imports.save(form(draft, keeper), actor);
            redirect.addFlashAttribute("flash", "imports.flash.programSaved");
            return "redirect:/programs/" + saved.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("draft", draft);
            model.addAttribute("keeperId", keeper);
            return review(model);
        }
    }

    private String review(Model model) {
        model.addAttribute("bodies", organizations.list(true));
        model.addAttribute("recurrences", vn.phoihop.tasks.Recurrence.values());
        return "imports/program-review";
    }

    static ProgramImports.SaveForm form(ProgramDraft d, Long keeper) {
        List<ProgramImports.ThemeForm> themes = new ArrayList<>();
        for (ProgramDraft.ThemeDraft t : d.themes()) {
            themes.add(new ProgramImports.ThemeForm(t.title(), t.tasks().stream().map(x ->
                    new ProgramImports.TaskDraftForm(x.title(), x.description(), x.leadOrganizationId(),
                            x.cooperatingOrganizationIds(), x.advisingOrganizationId(), x.output(), x.dueDate(),
                            x.recurrence())).toList()));
        }
        return new ProgramImports.SaveForm(d.title(), d.year(), d.code(), keeper, d.parties().stream()
                .map(p -> new ProgramImports.PartyForm(p.organizationId())).toList(), themes);
    }

    /** The reviewed draft from the form's fields: themes[i].title, themes[i].tasks[j].lead … */
    static ProgramDraft draft(MultiValueMap<String, String> p) {
        List<ProgramDraft.ThemeDraft> themes = new ArrayList<>();
        for (int i = 0; p.containsKey("themes[" + i + "].title"); i++) {
            String prefix = "themes[" + i + "]";
            List<ProgramDraft.TaskDraft> tasks = new ArrayList<>();
            for (int j = 0; p.containsKey(prefix + ".tasks[" + j + "].title"); j++) {
                String t = prefix + ".tasks[" + j + "].";
                List<Long> coop = new ArrayList<>();
                for (String c : p.getOrDefault(t + "cooperatingOrganizationIds", List.of())) {
                    Long v = id(c);
                    if (v != null) {
                        coop.add(v);
                    }
                }
                String recurrence = p.getFirst(t + "recurrence");
                tasks.add(new ProgramDraft.TaskDraft(p.getFirst(t + "title"), p.getFirst(t + "description"),
                        id(p.getFirst(t + "leadOrganizationId")), null, coop, List.of(),
                        id(p.getFirst(t + "advisingOrganizationId")), null, p.getFirst(t + "output"),
                        date(p.getFirst(t + "dueDate")), recurrence == null || recurrence.isBlank() ? null : recurrence,
                        null, List.of(), number(p.getFirst(t + "source")), Map.of()));
            }
            themes.add(new ProgramDraft.ThemeDraft(p.getFirst(prefix + ".title"), number(p.getFirst(prefix + ".source")),
                    tasks));
        }
        List<ProgramDraft.Party> parties = new ArrayList<>();
        for (String raw : p.getOrDefault("partyIds", List.of())) {
            Long v = id(raw);
            if (v != null) {
                parties.add(new ProgramDraft.Party(v, null, null));
            }
        }
        String year = p.getFirst("year");
        Integer y;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            y = null;
        }
        return new ProgramDraft(p.getFirst("title"), y, p.getFirst("code"), parties, List.of(), themes,
                p.getOrDefault("source", List.of()), Map.of());
    }

    private static int number(String raw) {
        try {
            return raw == null ? -1 : Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
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
