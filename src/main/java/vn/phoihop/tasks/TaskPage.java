package vn.phoihop.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.web.FormErrors;

/** The task page: details, progress timeline, directions, history, and the forms the actor may use. */
@Controller
class TaskPage {

    private final Tasks tasks;
    private final Programs programs;
    private final Accounts accounts;
    private final Organizations organizations;
    private final FormErrors formErrors;
    private final Clock clock;

    TaskPage(Tasks tasks, Programs programs, Accounts accounts, Organizations organizations, FormErrors formErrors,
             Clock clock) {
        this.tasks = tasks;
        this.programs = programs;
        this.accounts = accounts;
        this.organizations = organizations;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /** One read-only transaction for the whole page: one connection, and each entity read once. */
    @GetMapping("/tasks/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Model model) {
        fill(model, new TaskId(id), accounts.currentActor());
        return "tasks/show";
    }

    @PostMapping("/tasks/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(required = false) LocalDate reportedOn,
                    @RequestParam(required = false) Integer percent, @RequestParam(required = false) String text,
                    @RequestParam(required = false) Boolean completed, @RequestParam(required = false) String visibility,
                    Model model, RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        ProgressForm form = new ProgressForm(reportedOn, percent, text, completed, visibility);
        try {
            tasks.reportProgress(new TaskId(id), form, actor);
            redirect.addFlashAttribute("flash", "tasks.flash.progress");
            return "redirect:/tasks/" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("progressForm", form);
            fill(model, new TaskId(id), actor);
            return "tasks/show";
        }
    }

    @PostMapping("/tasks/{id}/deadline")
    String deadline(@PathVariable long id, @RequestParam(required = false) LocalDate dueDate,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        try {
            tasks.changeDeadline(new TaskId(id), dueDate, reason, actor);
            redirect.addFlashAttribute("flash", "tasks.flash.deadline");
            return "redirect:/tasks/" + id;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            fill(model, new TaskId(id), actor);
            return "tasks/show";
        }
    }

    @PostMapping("/tasks/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String cancelReason, Model model,
                  RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        try {
            tasks.cancel(new TaskId(id), cancelReason, actor);
            redirect.addFlashAttribute("flash", "tasks.flash.cancelled");
            return "redirect:/tasks/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", Map.of("cancelReason", formErrors.of(e).values().iterator().next()));
            fill(model, new TaskId(id), actor);
            return "tasks/show";
        }
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(name = "directionText", required = false) String text, Model model,
                   RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        try {
            tasks.addDirection(new TaskId(id), text, actor);
            redirect.addFlashAttribute("flash", "directions.flash.added");
            return "redirect:/tasks/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", Map.of("directionText", formErrors.of(e).values().iterator().next()));
            fill(model, new TaskId(id), actor);
            return "tasks/show";
        }
    }

    private void fill(Model model, TaskId id, Actor actor) {
        TaskDetails task = tasks.get(id, actor);
        model.addAttribute("task", task);
        model.addAttribute("program", programs.get(task.programId(), actor));
        model.addAttribute("subTasks", tasks.subTasks(id, actor));
        List<ProgressDetails> reports = tasks.progress(id, actor);
        model.addAttribute("reports", reports);
        // The names of the bodies this page shows, not of every body of the province.
        java.util.Set<OrganizationId> shown = new java.util.LinkedHashSet<>();
        shown.add(task.leadOrganizationId());
        shown.addAll(task.cooperatingOrganizationIds());
        if (task.advisingOrganizationId() != null) {
            shown.add(task.advisingOrganizationId());
        }
        reports.stream().map(ProgressDetails::organizationId).filter(java.util.Objects::nonNull).forEach(shown::add);
        Map<Long, String> names = new LinkedHashMap<>();
        organizations.byIds(shown).forEach((k, b) -> names.put(k.value(), b.label()));
        model.addAttribute("directions", tasks.directions(id, actor));
        var history = new java.util.ArrayList<>(tasks.history(id, actor));
        java.util.Collections.reverse(history);
        model.addAttribute("history", history);
        model.addAttribute("may", tasks.permissions(id, actor));
        model.addAttribute("names", names);
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", new ProgressForm(LocalDate.now(clock), task.percent(), null, false,
                    "INTERNAL"));
        }
    }
}
