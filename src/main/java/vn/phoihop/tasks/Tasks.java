package vn.phoihop.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditEntry;
import vn.phoihop.audit.AuditTrail;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramAccess;
import vn.phoihop.programs.ProgramStatus;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Direction;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PatchValues;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.TaskId;
import vn.phoihop.shared.Text;
import vn.phoihop.shared.ThemeId;

/** Tasks of programs: assigning, reporting progress, moving deadlines, cancelling, directions, history. */
@Service
@Transactional(readOnly = true)
public class Tasks {

    private static final Set<String> PATCHABLE = Set.of("version", "title", "description", "themeId", "output",
            "priority", "leadOrganizationId", "cooperatingOrganizationIds", "advisingOrganizationId");

    private final TaskRepository tasks;
    private final ProgressReportRepository reports;
    private final DeadlineChangeRepository deadlines;
    private final TaskDirectionRepository directions;
    private final Programs programs;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;
    private final EvaluatedPrograms evaluated;

    Tasks(TaskRepository tasks, ProgressReportRepository reports, DeadlineChangeRepository deadlines,
          TaskDirectionRepository directions, Programs programs, Organizations organizations, AuditTrail audit,
          ApplicationEventPublisher events, Clock clock, jakarta.persistence.EntityManager entityManager,
          EvaluatedPrograms evaluated) {
        this.entityManager = entityManager;
        this.evaluated = evaluated;
        this.tasks = tasks;
        this.reports = reports;
        this.deadlines = deadlines;
        this.directions = directions;
        this.programs = programs;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TaskDetails create(ProgramId programId, TaskForm form, Actor actor) {
        ProgramAccess access = programs.access(programId, actor);
        if (!access.canEdit()) {
            throw new Forbidden("tasks.edit.forbidden");
        }
        if (access.status() == ProgramStatus.CLOSED) {
            throw new Conflict("programs.closed");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Task parent = form.parentTaskId() == null ? null : tasks.findById(form.parentTaskId())
                .filter(t -> t.programId().equals(programId.value())).orElse(null);
        boolean themeKnown = form.themeId() == null || programs.hasTheme(programId, new ThemeId(form.themeId()));
        Valid v = validate(form, themeKnown, parent, organizations.byIds(wantedBodies(form)).keySet(), errors);
        errors.throwIfAny();
        Task task = insert(programId, access, v, new ArrayList<>());
        events.publishEvent(new TaskCreated(new TaskId(task.id()), programId));
        TaskDetails created = detailsOfNew(task);
        evaluated.changed(programId.value());
        return created;
    }

    /**
     * Creates many tasks of one program all or nothing (imports): the same rules as {@link #create} for each; the
     * errors of every form together, fields prefixed {@code tasks[i].}, and then nothing is created. {@code progress}
     * hears how many forms have been handled.
     */
    @Transactional
    public List<TaskId> createAll(ProgramId programId, List<TaskForm> forms, Actor actor,
                                  java.util.function.IntConsumer progress) {
        ProgramAccess access = programs.access(programId, actor);
        if (!access.canEdit()) {
            throw new Forbidden("tasks.edit.forbidden");
        }
        if (access.status() == ProgramStatus.CLOSED) {
            throw new Conflict("programs.closed");
        }
        // Everything the rules look up, read once for the whole batch: bodies, themes, parents.
        Set<OrganizationId> wanted = new LinkedHashSet<>();
        Set<Long> parentIds = new LinkedHashSet<>();
        for (TaskForm f : forms) {
            wanted.addAll(wantedBodies(f));
            if (f.parentTaskId() != null) {
                parentIds.add(f.parentTaskId());
            }
        }
        Set<OrganizationId> known = organizations.byIds(wanted).keySet();
        Map<Long, Boolean> themes = new HashMap<>();
        Map<Long, Task> parents = new HashMap<>();
        tasks.findAllById(parentIds).stream().filter(t -> t.programId().equals(programId.value()))
                .forEach(t -> parents.put(t.id(), t));
        // Every row checked before anything is written: all the errors together, nothing created.
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            TaskForm form = forms.get(i);
            InvalidInput.Collector rowErrors = new InvalidInput.Collector();
            boolean themeKnown = form.themeId() == null || themes.computeIfAbsent(form.themeId(),
                    t -> programs.hasTheme(programId, new ThemeId(t)));
            valid.add(validate(form, themeKnown, form.parentTaskId() == null ? null : parents.get(form.parentTaskId()),
                    known, rowErrors));
            try {
                rowErrors.throwIfAny();
            } catch (InvalidInput e) {
                for (InvalidInput.FieldError f : e.errors()) {
                    errors.add(new InvalidInput.FieldError("tasks[" + i + "]." + f.field(), f.messageKey(), f.args()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // Inserted through Hibernate so that the audit listener records each task exactly as a single create does;
        // flushed and detached every BATCH rows so the persistence context stays small.
        List<TaskId> created = new ArrayList<>(forms.size());
        List<Task> pending = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            created.add(new TaskId(insert(programId, access, valid.get(i), pending).id()));
            if ((i + 1) % BATCH == 0 || i + 1 == valid.size()) {
                entityManager.flush();
                pending.forEach(entityManager::detach);
                pending.clear();
                progress.accept(i + 1);
            }
        }
        if (!created.isEmpty()) {
            events.publishEvent(new TasksCreated(programId, List.copyOf(created)));
            evaluated.changed(programId.value());
        }
        return created;
    }

    private static final int BATCH = 100;

    /** A form that passed the rules, with what they worked out. */
    private record Valid(TaskForm form, String title, Bodies bodies, Recurrence recurrence, Priority priority) {
    }

    /** The rules of one form that need no query (the program, its theme and the known bodies given). */
    private Valid validate(TaskForm form, boolean themeKnown, Task parent, Set<OrganizationId> known,
                           InvalidInput.Collector errors) {
        String title = Text.clean(form.title());
        if (title == null) {
            errors.add("title", "validation.required");
        } else if (title.length() > 1000) {
            errors.add("title", "validation.tooLong", 1000);
        }
        if (!themeKnown) {
            errors.add("themeId", "tasks.theme.unknown");
        }
        if (form.parentTaskId() != null) {
            if (parent == null) {
                errors.add("parentTaskId", "tasks.parent.unknown");
            } else if (parent.isRecurringParent()) {
                errors.add("parentTaskId", "tasks.parent.recurring");
            }
        }
        Bodies bodies = checkBodies(form.leadOrganizationId(), form.cooperatingOrganizationIds(),
                form.advisingOrganizationId(), known, errors);
        Recurrence recurrence = parseEnum(Recurrence.class, form.recurrence(), "recurrence", errors);
        Priority priority = parseEnum(Priority.class, form.priority(), "priority", errors);
        if (recurrence != null && form.dueDate() != null) {
            errors.add("dueDate", "tasks.recurring.noDueDate");
        }
        if (recurrence != null && parent != null) {
            errors.add("recurrence", "tasks.recurring.notSubTask");
        }
        return new Valid(form, title, bodies, recurrence, priority);
    }

    /** Saves a valid task and, for a recurring one, its occurrences in the program's period; returns the task. */
    private Task insert(ProgramId programId, ProgramAccess access, Valid v, List<Task> saved) {
        TaskForm form = v.form();
        Bodies bodies = v.bodies();
        Task task = new Task(programId.value(), form.themeId(), form.parentTaskId(), v.title(),
                Text.clean(form.description()), bodies.lead, bodies.cooperating, bodies.advising,
                Text.clean(form.output()), form.dueDate(), v.recurrence(), null, v.priority());
        task.followUp(form.conclusionId());
        task = tasks.save(task);
        saved.add(task);
        if (v.recurrence() != null) {
            for (Recurrence.Occurrence o : v.recurrence().occurrences(access.periodStart(), access.periodEnd())) {
                String label = occurrenceLabel(v.recurrence(), o);
                saved.add(tasks.save(new Task(programId.value(), form.themeId(), task.id(),
                        v.title() + " (" + label + ")", null, bodies.lead, bodies.cooperating, bodies.advising,
                        Text.clean(form.output()), o.dueDate(), null, label, v.priority())));
            }
        }
        return task;
    }

    private static Set<OrganizationId> wantedBodies(TaskForm f) {
        Set<OrganizationId> wanted = new LinkedHashSet<>();
        if (f.leadOrganizationId() != null) {
            wanted.add(new OrganizationId(f.leadOrganizationId()));
        }
        if (f.advisingOrganizationId() != null) {
            wanted.add(new OrganizationId(f.advisingOrganizationId()));
        }
        if (f.cooperatingOrganizationIds() != null) {
            f.cooperatingOrganizationIds().stream().filter(java.util.Objects::nonNull)
                    .forEach(c -> wanted.add(new OrganizationId(c)));
        }
        return wanted;
    }

    /** Tasks of a program the actor may see, optionally only those with a status or involving a body. */
    public List<TaskDetails> list(ProgramId programId, Set<TaskStatus> statuses, OrganizationId body, Actor actor) {
        programs.access(programId, actor);
        return whole(List.of(programId.value()), LocalDate.now(clock)).get(programId.value()).tasks().stream()
                .filter(t -> statuses == null || statuses.isEmpty() || statuses.contains(t.status()))
                .filter(t -> body == null || t.involves(body))
                .toList();
    }

    /**
     * Every body a task of the program involves (lead, co-operating or advising), as of now: what the program page
     * offers as its body filter. Worked out once per program and change, with the evaluated tasks.
     */
    public Set<OrganizationId> involvedBodies(ProgramId programId, Actor actor) {
        programs.access(programId, actor);
        return whole(List.of(programId.value()), LocalDate.now(clock)).get(programId.value()).involved();
    }

    /** Every task of a program with statuses computed as of a day: the figures reviews and dashboards use. */
    public List<TaskDetails> asOf(ProgramId programId, LocalDate day) {
        List<Long> ids = List.of(programId.value());
        return evaluate(rowsOfPrograms(ids), day, ids);
    }

    /**
     * {@link #asOf} without the tasks created after the day (creation date in the clock's zone): what a review of
     * a period ending that day covers. No scope check: for figures computed for the system (reviews).
     */
    public List<TaskDetails> asOfCreatedBy(ProgramId programId, LocalDate day) {
        return asOfCreatedBy(List.of(programId), day);
    }

    /**
     * {@link #asOfCreatedBy(ProgramId, LocalDate)} for many programs at once, in a fixed number of queries (tasks
     * with their co-operating bodies, report facts, deadline changes): what dashboards of many programs read. No scope
     * check: the caller passes programs the actor may see.
     */
    public List<TaskDetails> asOfCreatedBy(Collection<ProgramId> programIds, LocalDate day) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        java.time.ZoneId zone = clock.getZone();
        List<Long> ids = programIds.stream().map(ProgramId::value).distinct().toList();
        if (day.equals(LocalDate.now(clock))) {
            // Today (dashboards): the whole programs as the cache keeps them, when no task was created after today
            // (then the filter below would leave every task in).
            Map<Long, EvaluatedPrograms.Evaluated> each = whole(ids, day);
            if (each.values().stream().allMatch(e -> e.lastCreatedOn() == null || !e.lastCreatedOn().isAfter(day))) {
                List<TaskDetails> all = new ArrayList<>();
                ids.forEach(id -> all.addAll(each.get(id).tasks()));
                all.sort(java.util.Comparator.comparingLong(t -> t.id().value()));
                return all;
            }
        }
        // Whole programs: every occurrence of a recurring task is in the batch already, and the facts are read by
        // program (a few ids to bind, not thousands).
        return evaluate(rowsOfPrograms(ids).stream()
                .filter(t -> t.createdAt() == null || !t.createdAt().atZone(zone).toLocalDate().isAfter(day))
                .toList(), day, ids);
    }

    /** Every task of each program evaluated for the day, through the cache of evaluated programs. */
    private Map<Long, EvaluatedPrograms.Evaluated> whole(List<Long> ids, LocalDate day) {
        java.time.ZoneId zone = clock.getZone();
        return evaluated.of(ids, day, missing -> {
            List<TaskRow> rows = rowsOfPrograms(missing);
            Map<Long, List<TaskDetails>> byProgram = new HashMap<>();
            Map<Long, LocalDate> lastCreated = new HashMap<>();
            for (TaskRow r : rows) {
                if (r.createdAt() != null) {
                    lastCreated.merge(r.programId(), r.createdAt().atZone(zone).toLocalDate(),
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            evaluate(rows, day, missing).forEach(t -> byProgram.computeIfAbsent(t.programId().value(),
                    k -> new ArrayList<>()).add(t));
            Map<Long, EvaluatedPrograms.Evaluated> result = new HashMap<>();
            for (Long id : missing) {
                result.put(id, EvaluatedPrograms.Evaluated.inIdOrder(byProgram.getOrDefault(id, List.of()),
                        lastCreated.get(id)));
            }
            return result;
        });
    }

    /**
     * The tasks following up the given meeting conclusions, statuses as of today. No scope check: the caller
     * (meetings) has checked that the actor may see the conclusions' program.
     */
    public List<TaskDetails> byConclusions(Collection<Long> conclusionIds) {
        if (conclusionIds.isEmpty()) {
            return List.of();
        }
        return evaluate(tasks.findByConclusionIdInOrderByIdAsc(conclusionIds), LocalDate.now(clock));
    }

    /**
     * The progress reports of a program's tasks as the public page may show them ({@link PublicReport}: the text of
     * PUBLIC reports only), oldest first. No scope check: the caller decides whether the program is public.
     */
    public List<PublicReport> publicReports(ProgramId programId) {
        List<Long> ids = tasks.findByProgramIdOrderByIdAsc(programId.value()).stream().map(Task::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return reports.findByTaskIdInOrderByReportedOnAscIdAsc(ids).stream()
                .map(r -> new PublicReport(r.id(), new TaskId(r.taskId()), r.reportedOn(), r.percent(),
                        r.visibility() == Visibility.PUBLIC ? r.content() : null, r.createdAt()))
                .toList();
    }

    public TaskDetails get(TaskId id, Actor actor) {
        return details(visible(id, actor));
    }

    public TaskDetails statusOn(TaskId id, LocalDate day, Actor actor) {
        Task task = visible(id, actor);
        return evaluate(List.of(task), day).get(0);
    }

    public List<TaskDetails> subTasks(TaskId id, Actor actor) {
        Task task = visible(id, actor);
        return evaluate(tasks.findByParentTaskIdOrderByIdAsc(task.id()), LocalDate.now(clock));
    }

    @Transactional
    public TaskDetails update(TaskId id, long version, Map<String, Object> fields, Actor actor) {
        Task task = editable(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (String key : fields.keySet()) {
            if (!PATCHABLE.contains(key)) {
                errors.add(key, key.equals("dueDate") ? "tasks.patch.dueDate" : "validation.notPatchable");
            }
        }
        errors.throwIfAny();
        String title = fields.containsKey("title") ? Text.clean(PatchValues.string(fields.get("title"))) : task.title();
        if (title == null) {
            errors.add("title", "validation.required");
        }
        Long themeId = fields.containsKey("themeId") ? PatchValues.id(fields.get("themeId"), "themeId", errors) : task.themeId();
        if (fields.containsKey("themeId") && themeId != null
                && !programs.hasTheme(new ProgramId(task.programId()), new ThemeId(themeId))) {
            errors.add("themeId", "tasks.theme.unknown");
        }
        Priority priority = fields.containsKey("priority")
                ? parseEnum(Priority.class, PatchValues.string(fields.get("priority")), "priority", errors) : task.priority();
        Long lead = fields.containsKey("leadOrganizationId")
                ? PatchValues.id(fields.get("leadOrganizationId"), "leadOrganizationId", errors) : task.leadOrganizationId();
        List<Long> cooperating = fields.containsKey("cooperatingOrganizationIds")
                ? PatchValues.ids(fields.get("cooperatingOrganizationIds"), "cooperatingOrganizationIds", errors)
                : List.copyOf(task.cooperatingOrganizationIds());
        Long advising = fields.containsKey("advisingOrganizationId")
                ? PatchValues.id(fields.get("advisingOrganizationId"), "advisingOrganizationId", errors)
                : task.advisingOrganizationId();
        errors.throwIfAny();
        Bodies bodies = validateBodies(lead, cooperating, advising, errors);
        errors.throwIfAny();
        if (task.version() != version) {
            throw new Conflict("problem.stale");
        }
        task.describe(title,
                fields.containsKey("description") ? Text.clean(PatchValues.string(fields.get("description"))) : task.description(),
                fields.containsKey("output") ? Text.clean(PatchValues.string(fields.get("output"))) : task.output(),
                themeId, priority == null ? Priority.NORMAL : priority);
        task.assign(bodies.lead, bodies.cooperating, bodies.advising);
        events.publishEvent(new TaskChanged(id, new ProgramId(task.programId())));
        TaskDetails updated = details(tasks.saveAndFlush(task));
        evaluated.changed(task.programId());
        return updated;
    }

    @Transactional
    public ProgressDetails reportProgress(TaskId id, ProgressForm form, Actor actor) {
        Task task = visibleTask(id, actor);
        ProgramAccess access = programs.access(new ProgramId(task.programId()), actor);
        boolean lead = actor.actsFor(Role.FOCAL_POINT, new OrganizationId(task.leadOrganizationId()));
        boolean cooperating = actor.has(Role.FOCAL_POINT) && actor.organizationId() != null
                && task.cooperatingOrganizationIds().contains(actor.organizationId().value());
        if (!access.canEdit() && !lead && !cooperating) {
            throw new Forbidden("tasks.progress.forbidden");
        }
        boolean completed = Boolean.TRUE.equals(form.completed());
        if (completed && !access.canEdit() && !lead) {
            throw new Forbidden("tasks.progress.completeLeadOnly");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate today = LocalDate.now(clock);
        if (form.reportedOn() == null) {
            errors.add("reportedOn", "validation.required");
        } else if (form.reportedOn().isAfter(today)) {
            errors.add("reportedOn", "tasks.progress.future");
        }
        if (form.percent() == null) {
            errors.add("percent", "validation.required");
        } else if (form.percent() < 0 || form.percent() > 100) {
            errors.add("percent", "tasks.progress.percentRange");
        } else if (completed && form.percent() != 100) {
            errors.add("percent", "tasks.progress.completedIs100");
        }
        String text = Text.clean(form.text());
        if (text == null) {
            errors.add("text", "validation.required");
        }
        Visibility visibility = parseEnum(Visibility.class, form.visibility(), "visibility", errors);
        errors.throwIfAny();
        if (task.isCancelled()) {
            throw new Conflict("tasks.cancelled");
        }
        if (task.isRecurringParent()) {
            throw new Conflict("tasks.progress.onOccurrences");
        }
        Long body = actor.organizationId() == null ? null : actor.organizationId().value();
        ProgressReport saved = reports.save(new ProgressReport(task.id(), body, form.reportedOn(), form.percent(),
                text, completed, visibility == null ? Visibility.INTERNAL : visibility, actor.id().value(),
                actor.fullName(), clock.instant()));
        events.publishEvent(new ProgressReported(new TaskId(task.id()), new ProgramId(task.programId()),
                form.reportedOn(), completed, saved.id()));
        evaluated.changed(task.programId());
        return progress(saved);
    }

    public List<ProgressDetails> progress(TaskId id, Actor actor) {
        Task task = visibleTask(id, actor);
        return reports.findByTaskIdOrderByReportedOnAscIdAsc(task.id()).stream().map(Tasks::progress).toList();
    }

    /** One progress report of a task the actor may see; empty when the task has no such report. */
    public Optional<ProgressDetails> progressReport(TaskId id, long reportId, Actor actor) {
        Task task = visibleTask(id, actor);
        return reports.findById(reportId).filter(r -> task.id().equals(r.taskId())).map(Tasks::progress);
    }

    @Transactional
    public TaskDetails changeDeadline(TaskId id, LocalDate newDueDate, String rawReason, Actor actor) {
        Task task = editable(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (newDueDate == null) {
            errors.add("dueDate", "validation.required");
        }
        String reason = Text.clean(rawReason);
        if (reason == null) {
            errors.add("reason", "tasks.reason.required");
        }
        errors.throwIfAny();
        if (task.isRecurringParent()) {
            throw new Conflict("tasks.deadline.recurring");
        }
        LocalDate old = task.dueDate();
        audit.withReason(reason, () -> {
            task.moveDeadline(newDueDate);
            deadlines.save(new DeadlineChange(task.id(), LocalDate.now(clock), old, newDueDate, reason,
                    clock.instant(), actor.username()));
            return tasks.saveAndFlush(task);
        });
        events.publishEvent(new DeadlineChanged(new TaskId(task.id()), old, newDueDate, reason));
        TaskDetails changed = details(task);
        evaluated.changed(task.programId());
        return changed;
    }

    @Transactional
    public TaskDetails cancel(TaskId id, String rawReason, Actor actor) {
        Task task = editable(id, actor);
        String reason = Text.clean(rawReason);
        if (reason == null) {
            throw InvalidInput.of("reason", "tasks.reason.required");
        }
        LocalDate today = LocalDate.now(clock);
        audit.withReason(reason, () -> {
            task.cancel(today, reason);
            if (task.isRecurringParent()) {
                for (Task occurrence : tasks.findByParentTaskIdOrderByIdAsc(task.id())) {
                    if (!occurrence.isCancelled()) {
                        occurrence.cancel(today, reason);
                    }
                }
            }
            return tasks.saveAndFlush(task);
        });
        events.publishEvent(new TaskCancelled(new TaskId(task.id()), reason));
        TaskDetails cancelled = details(task);
        evaluated.changed(task.programId());
        return cancelled;
    }

    @Transactional
    public Direction addDirection(TaskId id, String rawText, Actor actor) {
        Task task = visibleTask(id, actor);
        if (!actor.has(Role.LEADER) && !actor.isAdmin()) {
            throw new Forbidden("directions.leadersOnly");
        }
        String text = Text.clean(rawText);
        if (text == null) {
            throw InvalidInput.of("text", "validation.required");
        }
        TaskDirection d = directions.save(new TaskDirection(task.id(), actor.id().value(), actor.fullName(), text,
                clock.instant()));
        events.publishEvent(new TaskChanged(id, new ProgramId(task.programId())));
        return new Direction(d.id(), d.authorName(), d.content(), d.createdAt());
    }

    public List<Direction> directions(TaskId id, Actor actor) {
        Task task = visibleTask(id, actor);
        return directions.findByTaskIdOrderByCreatedAtAsc(task.id()).stream()
                .map(d -> new Direction(d.id(), d.authorName(), d.content(), d.createdAt())).toList();
    }

    /**
     * Leaders' directions on many tasks, oldest first per task, in one query. No scope check: the caller passes tasks
     * of programs the actor may see (dashboards).
     */
    public Map<TaskId, List<Direction>> directionsOf(Collection<TaskId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<TaskId, List<Direction>> result = new java.util.LinkedHashMap<>();
        for (TaskDirection d : directions.findByTaskIdInOrderByCreatedAtAsc(ids.stream().map(TaskId::value).toList())) {
            result.computeIfAbsent(new TaskId(d.taskId()), k -> new ArrayList<>())
                    .add(new Direction(d.id(), d.authorName(), d.content(), d.createdAt()));
        }
        return result;
    }

    /** Every recorded change of the task and of its reports, deadlines and directions, oldest first. */
    public List<AuditEntry> history(TaskId id, Actor actor) {
        Task task = visibleTask(id, actor);
        return audit.history("task", task.id());
    }

    /** What the actor may do on the task page. */
    public TaskPermissions permissions(TaskId id, Actor actor) {
        Task task = visibleTask(id, actor);
        ProgramAccess access = programs.access(new ProgramId(task.programId()), actor);
        boolean lead = actor.actsFor(Role.FOCAL_POINT, new OrganizationId(task.leadOrganizationId()));
        boolean cooperating = actor.has(Role.FOCAL_POINT) && actor.organizationId() != null
                && task.cooperatingOrganizationIds().contains(actor.organizationId().value());
        boolean open = !task.isCancelled() && !task.isRecurringParent();
        return new TaskPermissions(open && (access.canEdit() || lead || cooperating), open && (access.canEdit() || lead),
                access.canEdit() && !task.isCancelled(), actor.has(Role.LEADER) || actor.isAdmin());
    }

    /** What the actor may do with one task. */
    public record TaskPermissions(boolean reportProgress, boolean markCompleted, boolean edit, boolean direct) {
    }

    private Task visibleTask(TaskId id, Actor actor) {
        Task task = tasks.findById(id.value()).orElseThrow(() -> new NotFound("task", id));
        programs.access(new ProgramId(task.programId()), actor);
        return task;
    }

    private Task visible(TaskId id, Actor actor) {
        return visibleTask(id, actor);
    }

    private Task editable(TaskId id, Actor actor) {
        Task task = visibleTask(id, actor);
        if (!programs.access(new ProgramId(task.programId()), actor).canEdit()) {
            throw new Forbidden("tasks.edit.forbidden");
        }
        return task;
    }

    private TaskDetails details(Task task) {
        return evaluate(List.of(task), LocalDate.now(clock)).get(0);
    }

    /** Statuses of many tasks in three queries, occurrences aggregated onto their recurring parent. */
    /**
     * Every task of the programs as rows with their co-operating bodies, in two queries per 500 programs (no
     * entities: a dashboard or a review reads thousands).
     */
    private List<TaskRow> rowsOfPrograms(List<Long> programIds) {
        List<TaskRow> rows = new ArrayList<>();
        for (int from = 0; from < programIds.size(); from += 500) {
            List<Long> some = programIds.subList(from, Math.min(programIds.size(), from + 500));
            List<TaskRow> part = tasks.rowsOfPrograms(some);
            if (part.isEmpty()) {
                continue;
            }
            Map<Long, TaskRow> byId = new HashMap<>();
            part.forEach(r -> byId.put(r.id(), r));
            for (Object[] pair : tasks.cooperatingOfPrograms(some)) {
                TaskRow r = byId.get(((Number) pair[0]).longValue());
                if (r != null) {
                    r.cooperatingOrganizationIds().add(((Number) pair[1]).longValue());
                }
            }
            rows.addAll(part);
        }
        return rows;
    }

    private List<TaskDetails> evaluate(List<Task> batch, LocalDate day) {
        return evaluate(batch.stream().map(TaskRow::of).toList(), day, null);
    }

    /**
     * A task created in this transaction (with its occurrences, if it recurs): no progress report or deadline change
     * of it can exist yet, so none are read.
     */
    private TaskDetails detailsOfNew(Task task) {
        return evaluate(List.of(TaskRow.of(task)), LocalDate.now(clock), null, false).get(0);
    }

    /** {@code wholePrograms}: the batch holds every task of these programs (null: read what the batch needs). */
    private List<TaskDetails> evaluate(List<TaskRow> batch, LocalDate day, List<Long> wholePrograms) {
        return evaluate(batch, day, wholePrograms, true);
    }

    private List<TaskDetails> evaluate(List<TaskRow> batch, LocalDate day, List<Long> wholePrograms,
                                       boolean readFacts) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<Long, TaskRow> all = new HashMap<>();
        batch.forEach(t -> all.put(t.id(), t));
        for (TaskRow t : batch) {
            if (wholePrograms == null && t.isRecurringParent()) {
                tasks.findByParentTaskIdOrderByIdAsc(t.id()).forEach(o -> all.putIfAbsent(o.id(), TaskRow.of(o)));
            }
        }
        // Only the facts the rule needs, not whole report entities: a review reads tens of thousands of them.
        Map<Long, List<TaskStatusRule.Report>> reportsByTask = new HashMap<>();
        // One task (a task page, a change): queries without list parameters, whose SQL Hibernate keeps; a list
        // parameter makes Hibernate build the SQL at every call.
        Long single = wholePrograms == null && all.size() == 1 ? all.keySet().iterator().next() : null;
        for (ReportFact f : !readFacts ? List.<ReportFact>of() : single != null ? reports.factsOfTask(single)
                : wholePrograms == null ? reports.factsOf(all.keySet()) : reports.factsOfPrograms(wholePrograms)) {
            reportsByTask.computeIfAbsent(f.taskId(), k -> new ArrayList<>())
                    .add(new TaskStatusRule.Report(f.reportedOn(), f.id(), f.percent(), f.completed()));
        }
        Map<Long, List<DeadlineChange>> changesByTask = (!readFacts ? List.<DeadlineChange>of()
                : single != null ? deadlines.ofTask(single)
                : wholePrograms == null ? deadlines.findByTaskIdIn(all.keySet())
                : deadlines.findByProgramIdIn(wholePrograms)).stream()
                .collect(Collectors.groupingBy(DeadlineChange::taskId));
        Map<Long, TaskStatusRule.Evaluation> evaluations = new HashMap<>();
        for (TaskRow t : all.values()) {
            evaluations.put(t.id(), TaskStatusRule.evaluate(facts(t, reportsByTask, changesByTask), day));
        }
        Map<Long, List<TaskStatus>> occurrenceStatuses = new HashMap<>();
        for (TaskRow t : all.values()) {
            if (t.parentTaskId() != null && all.containsKey(t.parentTaskId())
                    && all.get(t.parentTaskId()).isRecurringParent()) {
                occurrenceStatuses.computeIfAbsent(t.parentTaskId(), k -> new ArrayList<>())
                        .add(evaluations.get(t.id()).status());
            }
        }
        List<TaskDetails> result = new ArrayList<>();
        for (TaskRow t : batch) {
            TaskStatusRule.Evaluation e = evaluations.get(t.id());
            TaskStatus status = e.status();
            Map<TaskStatus, Integer> counts = null;
            if (t.isRecurringParent()) {
                List<TaskStatus> occ = occurrenceStatuses.getOrDefault(t.id(), List.of());
                boolean cancelled = t.cancelledOn() != null && !t.cancelledOn().isAfter(day);
                status = TaskStatusRule.aggregate(cancelled, occ);
                counts = new EnumMap<>(TaskStatus.class);
                for (TaskStatus s : occ) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
            result.add(new TaskDetails(new TaskId(t.id()), new ProgramId(t.programId()), ThemeId.ofNullable(t.themeId()),
                    TaskId.ofNullable(t.parentTaskId()), t.title(), t.description(),
                    new OrganizationId(t.leadOrganizationId()),
                    t.cooperatingOrganizationIds().stream().sorted().map(OrganizationId::new).toList(),
                    OrganizationId.ofNullable(t.advisingOrganizationId()), t.output(), e.dueDate(),
                    t.originalDueDate(), t.recurrence(), t.occurrenceLabel(), t.priority(), status, e.percent(),
                    e.completedOn(), t.cancelledOn(), t.cancelReason(), counts, t.version(), t.conclusionId()));
        }
        return result;
    }

    private static TaskStatusRule.Facts facts(TaskRow t, Map<Long, List<TaskStatusRule.Report>> reports,
                                              Map<Long, List<DeadlineChange>> changes) {
        return new TaskStatusRule.Facts(t.originalDueDate(),
                changes.getOrDefault(t.id(), List.of()).stream().map(DeadlineChange::asFact).toList(),
                t.cancelledOn(),
                reports.getOrDefault(t.id(), List.of()));
    }

    private record Bodies(Long lead, Set<Long> cooperating, Long advising) {
    }

    private Bodies validateBodies(Long lead, Collection<Long> cooperating, Long advising,
                                  InvalidInput.Collector errors) {
        List<Long> coop = cooperating == null ? List.of() : new ArrayList<>(cooperating);
        Set<OrganizationId> wanted = new LinkedHashSet<>();
        if (lead != null) {
            wanted.add(new OrganizationId(lead));
        }
        if (advising != null) {
            wanted.add(new OrganizationId(advising));
        }
        coop.stream().filter(java.util.Objects::nonNull).forEach(c -> wanted.add(new OrganizationId(c)));
        return checkBodies(lead, cooperating, advising, organizations.byIds(wanted).keySet(), errors);
    }

    private static Bodies checkBodies(Long lead, Collection<Long> cooperating, Long advising,
                                      Set<OrganizationId> known, InvalidInput.Collector errors) {
        List<Long> coop = cooperating == null ? List.of() : new ArrayList<>(cooperating);
        if (lead == null) {
            errors.add("leadOrganizationId", "validation.required");
        } else if (!known.contains(new OrganizationId(lead))) {
            errors.add("leadOrganizationId", "organizations.unknown");
        }
        if (advising != null && !known.contains(new OrganizationId(advising))) {
            errors.add("advisingOrganizationId", "organizations.unknown");
        }
        Set<Long> coopSet = new LinkedHashSet<>();
        for (int i = 0; i < coop.size(); i++) {
            Long c = coop.get(i);
            String field = "cooperatingOrganizationIds[" + i + "]";
            if (c == null || !known.contains(new OrganizationId(c))) {
                errors.add(field, "organizations.unknown");
            } else if (c.equals(lead)) {
                errors.add(field, "tasks.cooperating.isLead");
            } else {
                coopSet.add(c);
            }
        }
        return new Bodies(lead, coopSet, advising);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field,
                                                   InvalidInput.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "validation.oneOf", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    private static String occurrenceLabel(Recurrence r, Recurrence.Occurrence o) {
        return switch (r) {
            case MONTHLY -> "T" + o.start().getMonthValue() + "/" + o.start().getYear();
            case QUARTERLY -> "Q" + ((o.start().getMonthValue() - 1) / 3 + 1) + "/" + o.start().getYear();
            case SIX_MONTHLY -> "6T" + ((o.start().getMonthValue() - 1) / 6 + 1) + "/" + o.start().getYear();
            case YEARLY -> String.valueOf(o.start().getYear());
        } ;
    }

    private static ProgressDetails progress(ProgressReport r) {
        return new ProgressDetails(r.id(), new TaskId(r.taskId()), OrganizationId.ofNullable(r.organizationId()),
                r.reportedOn(), r.percent(), r.content(), r.completed(), r.visibility(), r.authorName(),
                r.createdAt());
    }

}
