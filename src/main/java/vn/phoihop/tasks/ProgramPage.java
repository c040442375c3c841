package vn.phoihop.tasks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
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
 * request gets only the task list), the list a page at a time ({@code page} from 0 as in the API, {@code size} 25, 50 or
 * 100;
 * the counts cover every task the filters select), and the new-task form.
 */
@Controller
class ProgramPage {

    /** Tasks of one theme with their counts by status. */
    record ThemeGroup(String title, List<TaskDetails> tasks, Map<TaskStatus, Integer> counts) {
    }

    /**
     * One page of the task list: {@code page} counts from 0 as in the API, {@code first}–{@code last} (from 1) of
     * {@code total} are shown.
     */
    record Paging(int page, int pages, int size, int first, int last, int total) {
        static final List<Integer> SIZES = List.of(25, 50, 100);
        static final int DEFAULT_SIZE = 50;

        /** Unreadable or out-of-range values from an old link fall back to a page that exists and the default size. */
        static Paging of(String page, String size, int total) {
            int s = parse(size, DEFAULT_SIZE);
            if (!SIZES.contains(s)) {
                s = DEFAULT_SIZE;
            }
            int pages = Math.max(1, (total + s - 1) / s);
            int p = Math.min(Math.max(0, parse(page, 0)), pages - 1);
            int first = total == 0 ? 0 : p * s + 1;
            return new Paging(p, pages, s, first, Math.min(total, (p + 1) * s), total);
        }

        private static int parse(String raw, int otherwise) {
            try {
                return raw == null || raw.isBlank() ? otherwise : Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
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

    /** One read-only transaction for the whole page: one connection, and each entity read once. */
    @GetMapping("/programs/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) String status, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = accounts.currentActor();
        ProgramDetails program = programs.get(new ProgramId(id), actor);
        fill(model, program, organizationId, status, page, size, actor);
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
            fill(model, programs.get(new ProgramId(id), actor), null, null, null, null, actor);
            return "tasks/program";
        }
    }

    private void fill(Model model, ProgramDetails program, Long organizationId, String status, String page,
                      String size, Actor actor) {
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
        // The page is cut from the list in the order it is shown (theme by theme), then grouped again; a theme
        // without tasks is shown on the first page only, a theme whose tasks are all on other pages not at all.
        Paging paging = Paging.of(page, size, shown.size());
        int from = Math.max(0, paging.first() - 1);
        int to = paging.last();
        List<ThemeGroup> groups = new ArrayList<>();
        int position = 0;
        for (Map.Entry<Long, List<TaskDetails>> e : byTheme.entrySet()) {
            List<TaskDetails> list = e.getValue();
            int start = Math.max(from, position);
            int end = Math.min(to, position + list.size());
            List<TaskDetails> onPage = start < end ? list.subList(start - position, end - position) : List.of();
            position += list.size();
            boolean emptyTheme = list.isEmpty() && e.getKey() != null && paging.page() == 0;
            if (!onPage.isEmpty() || emptyTheme) {
                groups.add(new ThemeGroup(e.getKey() == null ? null : themeTitles.get(e.getKey()), onPage,
                        counts(onPage)));
            }
        }
        model.addAttribute("paging", paging);
        model.addAttribute("pageSizes", Paging.SIZES);
        // The names of the lead bodies on this page, not of every body of the province.
        Map<Long, String> names = new LinkedHashMap<>();
        organizations.byIds(groups.stream().flatMap(g -> g.tasks().stream()).map(TaskDetails::leadOrganizationId)
                .collect(java.util.stream.Collectors.toSet())).forEach((k, b) -> names.put(k.value(), b.label()));
        boolean canEdit = programs.access(program.id(), actor).canEdit();
        model.addAttribute("program", program);
        model.addAttribute("groups", groups);
        model.addAttribute("counts", counts(shown));
        model.addAttribute("names", names);
        // The body filter offers the bodies of this program (its parties and every body a task of it involves), not
        // the hundreds of a province; the new-task form, for those who may edit, offers every active body.
        java.util.Set<OrganizationId> involved = new java.util.HashSet<>(tasks.involvedBodies(program.id(), actor));
        program.parties().forEach(p -> involved.add(p.organizationId()));
        if (organizationId != null) {
            involved.add(new OrganizationId(organizationId));
        }
        model.addAttribute("filterBodies", organizations.byIds(involved).values().stream()
                .sorted(java.util.Comparator.comparing(OrganizationSummary::label)).toList());
        model.addAttribute("activeBodies", canEdit ? organizations.list(true) : List.of());
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
