package vn.phoihop.tasks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.web.FormErrors;

/**
 * The program page: parties, themes with their tasks and status counts, filters by body and status (an htmx
 * request gets only the task list), and the new-task form.
 */
@Controller
class ProgramPage {

    /** Tasks of one theme with their counts by status. */
    record ThemeGroup(String title, List<TaskDetails> tasks, Map<TaskStatus, Integer> counts) {
    }

    private final Programs programs;
    private final Tasks tasks;
    private final Accounts accounts;
    private final Organizations organizations;
    private final FormErrors formErrors;

    ProgramPage(Programs programs, Tasks tasks, Accounts accounts, Organizations organizations, FormErrors formErrors) {
        this.programs = programs;
        this.tasks = tasks;
        this.accounts = accounts;
        this.organizations = organizations;
        this.formErrors = formErrors;
    }

    @GetMapping("/programs/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) String status,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = accounts.currentActor();
        ProgramDetails program = programs.get(new ProgramId(id), actor);
        fill(model, program, organizationId, status, actor);
        return htmx != null ? "tasks/program :: tasks" : "tasks/program";
    }

    @PostMapping("/programs/{id}/tasks")
    String createTask(@PathVariable long id, @RequestParam Map<String, String> params,
                      @RequestParam(required = false) List<Long> cooperatingOrganizationIds, Model model,
                      RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        TaskForm form = new TaskForm(params.get("title"), params.get("description"), asLong(params.get("themeId")),
                asLong(params.get("parentTaskId")), asLong(params.get("leadOrganizationId")),
                cooperatingOrganizationIds == null ? List.of() : cooperatingOrganizationIds,
                asLong(params.get("advisingOrganizationId")), params.get("output"),
                params.get("dueDate") == null || params.get("dueDate").isBlank() ? null
                        : java.time.LocalDate.parse(params.get("dueDate")),
                params.get("recurrence"), params.get("priority"), null);
        try {
            TaskDetails created = tasks.create(new ProgramId(id), form, actor);
            redirect.addFlashAttribute("flash", "tasks.flash.created");
            return "redirect:/tasks/" + created.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("taskForm", form);
            fill(model, programs.get(new ProgramId(id), actor), null, null, actor);
            return "tasks/program";
        }
    }

    private void fill(Model model, ProgramDetails program, Long organizationId, String status, Actor actor) {
        Set<TaskStatus> statuses = TasksApi.parseStatuses(status);
        List<TaskDetails> all = tasks.list(program.id(), statuses, OrganizationId.ofNullable(organizationId), actor);
        boolean filtered = organizationId != null || !statuses.isEmpty();
        List<TaskDetails> shown = filtered ? all : all.stream().filter(t -> t.parentTaskId() == null).toList();
        Map<Long, String> themeTitles = new LinkedHashMap<>();
        program.themes().forEach(t -> themeTitles.put(t.id().value(), t.title()));
        Map<Long, List<TaskDetails>> byTheme = new LinkedHashMap<>();
        themeTitles.keySet().forEach(k -> byTheme.put(k, new ArrayList<>()));
        byTheme.put(null, new ArrayList<>());
        for (TaskDetails t : shown) {
            Long key = t.themeId() == null || !themeTitles.containsKey(t.themeId().value()) ? null : t.themeId().value();
            byTheme.get(key).add(t);
        }
        List<ThemeGroup> groups = new ArrayList<>();
        byTheme.forEach((key, list) -> {
            if (!list.isEmpty() || key != null) {
                groups.add(new ThemeGroup(key == null ? null : themeTitles.get(key), list, counts(list)));
            }
        });
        List<OrganizationSummary> bodies = organizations.list(null);
        Map<Long, String> names = new LinkedHashMap<>();
        bodies.forEach(b -> names.put(b.id().value(), b.label()));
        boolean canEdit = programs.access(program.id(), actor).canEdit();
        model.addAttribute("program", program);
        model.addAttribute("groups", groups);
        model.addAttribute("counts", counts(shown));
        model.addAttribute("names", names);
        model.addAttribute("activeBodies", organizations.list(true));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("status", status);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canDirect", actor.has(Role.LEADER) || actor.isAdmin());
        model.addAttribute("directions", programs.directions(program.id(), actor));
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskForm(null, null, null, null, null, List.of(), null, null, null,
                    null, null, null));
        }
    }

    private static Map<TaskStatus, Integer> counts(List<TaskDetails> list) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0);
        }
        list.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        return counts;
    }

    private static Long asLong(String raw) {
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
