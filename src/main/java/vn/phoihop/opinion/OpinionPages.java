package vn.phoihop.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.tasks.Tasks;
import vn.phoihop.web.FormErrors;

/**
 * A program's public-opinion page: the summary of a period (chart and the same figures as a table), the notes, and the
 * form to record one (an htmx request gets the summary card only, for the program page); and one note's page.
 */
@Controller
class OpinionPages {

    /** An entry of a pick-list. */
    record Option(String id, String label) {
    }

    private final Opinions opinions;
    private final Programs programs;
    private final Tasks tasks;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    OpinionPages(Opinions opinions, Programs programs, Tasks tasks, Accounts accounts, FormErrors formErrors,
                 MessageSource messages, Clock clock) {
        this.opinions = opinions;
        this.programs = programs;
        this.tasks = tasks;
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programs/{id}/opinion")
    String show(@PathVariable long id, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = accounts.currentActor();
        try {
            fill(model, new ProgramId(id), date(from, "from"), date(to, "to"), actor);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            fill(model, new ProgramId(id), null, null, actor);
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OpinionNoteForm(null, null, null, "NEUTRAL", null, LocalDate.now(clock), null));
        }
        return htmx != null ? "opinion/program :: card" : "opinion/program";
    }

    @PostMapping("/programs/{id}/opinion")
    String create(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        OpinionNoteForm form;
        try {
            form = new OpinionNoteForm(params.get("topic"), params.get("source"), params.get("locality"),
                    params.get("tone"), taskId(params.get("taskId")), date(params.get("notedOn"), "notedOn"),
                    params.get("content"));
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", new OpinionNoteForm(params.get("topic"), params.get("source"),
                    params.get("locality"), params.get("tone"), null, null, params.get("content")));
            fill(model, new ProgramId(id), null, null, actor);
            return "opinion/program";
        }
        try {
            OpinionNoteDetails created = opinions.record(new ProgramId(id), form, actor);
            redirect.addFlashAttribute("flash", "opinion.flash.recorded");
            return "redirect:/opinion-notes/" + created.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            fill(model, new ProgramId(id), null, null, actor);
            return "opinion/program";
        }
    }

    @GetMapping("/opinion-notes/{id}")
    String note(@PathVariable long id, Model model) {
        Actor actor = accounts.currentActor();
        OpinionNoteDetails note = opinions.get(id, actor);
        model.addAttribute("note", note);
        model.addAttribute("program", programs.get(note.programId(), actor));
        return "opinion/show";
    }

    private void fill(Model model, ProgramId id, LocalDate from, LocalDate to, Actor actor) {
        var program = programs.get(id, actor);
        OpinionSummary summary = opinions.summary(id, from, to, actor);
        model.addAttribute("program", program);
        model.addAttribute("summary", summary);
        model.addAttribute("notes", opinions.list(id, summary.from(), summary.to(), null, null, actor));
        model.addAttribute("chart", chart(summary));
        model.addAttribute("mayRecord", opinions.mayRecord(actor));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("tones", java.util.Arrays.stream(Tone.values())
                .map(t -> new Option(t.name(), messages.getMessage("opinion.tone." + t, null, locale))).toList());
        model.addAttribute("taskOptions", tasks.list(id, null, null, actor).stream()
                .map(t -> new Option(String.valueOf(t.id().value()), t.title())).toList());
    }

    /** The chart's data for static/js/opinion.js: topics and, per tone, the count of each topic, with labels. */
    private String chart(OpinionSummary summary) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("topics", summary.byTopic().stream().map(OpinionSummary.TopicCounts::topic).toList());
        List<Map<String, Object>> series = new java.util.ArrayList<>();
        for (Tone tone : Tone.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("tone", tone.name());
            s.put("label", messages.getMessage("opinion.tone." + tone, null, locale));
            s.put("values", summary.byTopic().stream().map(t -> switch (tone) {
                case POSITIVE -> t.positive();
                case NEUTRAL -> t.neutral();
                case NEGATIVE -> t.negative();
            }).toList());
            series.add(s);
        }
        data.put("series", series);
        return json.writeValueAsString(data);
    }

    private static Long taskId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("taskId", "opinion.task.unknown");
        }
    }

    private static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "opinion.date");
        }
    }
}
