package vn.phoihop.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramAccess;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.TaskId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.Tasks;

/**
 * Task lists in Excel: the template and the export of a program, the preview of an upload with every bad row, and
 * the import, all or nothing through {@link Tasks#createAll}; in the background for the pages (progress polled), at
 * once for the API.
 */
@Service
class TaskImports {

    private static final Logger log = LoggerFactory.getLogger(TaskImports.class);
    private static final Pattern TASK_FIELD = Pattern.compile("tasks\\[(\\d+)]\\.([a-zA-Z]+).*");
    private static final int PROGRESS_EVERY = 100;

    /** A bad cell as the API and the pages show it. */
    record RowProblem(int row, String column, String columnName, String field, String message) {
    }

    /** What a dry run answers. */
    record Preview(boolean valid, int rows, List<RowProblem> errors) {
    }

    /** What an import answers. */
    record Imported(int created, List<TaskId> taskIds) {
    }

    private final Programs programs;
    private final Tasks tasks;
    private final Organizations organizations;
    private final ImportJobs jobs;
    private final MessageSource messages;
    private final TaskExecutor executor;

    TaskImports(Programs programs, Tasks tasks, Organizations organizations, ImportJobs jobs, MessageSource messages,
                @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.programs = programs;
        this.tasks = tasks;
        this.organizations = organizations;
        this.jobs = jobs;
        this.messages = messages;
        this.executor = executor;
    }

    byte[] template(ProgramId id, Actor actor) {
        ProgramDetails p = editable(id, actor);
        return TaskSheet.template(themes(p), activeBodies());
    }

    /** Every task of the program but occurrences of recurring ones, in the template's columns. */
    byte[] export(ProgramId id, Actor actor) {
        ProgramDetails p = programs.get(id, actor);
        Map<Long, String> themeNames = new HashMap<>();
        p.themes().forEach(t -> themeNames.put(t.id().value(), t.title()));
        List<TaskDetails> all = tasks.list(id, null, null, actor).stream()
                .filter(t -> t.occurrenceLabel() == null).toList();
        List<OrganizationId> ids = new ArrayList<>();
        all.forEach(t -> {
            ids.add(t.leadOrganizationId());
            ids.addAll(t.cooperatingOrganizationIds());
            if (t.advisingOrganizationId() != null) {
                ids.add(t.advisingOrganizationId());
            }
        });
        Map<OrganizationId, OrganizationSummary> names = organizations.byIds(ids);
        List<TaskSheet.ExportRow> rows = all.stream().map(t -> new TaskSheet.ExportRow(
                t.themeId() == null ? null : themeNames.get(t.themeId().value()), t.title(), t.description(),
                name(names, t.leadOrganizationId()),
                t.cooperatingOrganizationIds().stream().map(o -> name(names, o)).toList(),
                t.advisingOrganizationId() == null ? null : name(names, t.advisingOrganizationId()), t.output(),
                t.recurrence() == null ? t.dueDate() : null, t.recurrence(), t.priority())).toList();
        return TaskSheet.write(themes(p), activeBodies(), rows);
    }

    /** Reads a file without changing anything: its rows and every problem. 400 for a file that cannot be read. */
    Preview preview(ProgramId id, byte[] file, Actor actor) {
        ProgramDetails p = editable(id, actor);
        TaskSheet.Reading reading = read(p, file, n -> { });
        return new Preview(reading.valid(), reading.lines().size(), render(reading.problems()));
    }

    /** Reads and imports a file all or nothing: 400 with every bad cell, and then nothing is created. */
    Imported importNow(ProgramId id, byte[] file, Actor actor) {
        ProgramDetails p = editable(id, actor);
        TaskSheet.Reading reading = read(p, file, n -> { });
        if (!reading.problems().isEmpty()) {
            throw invalid(render(reading.problems()));
        }
        try {
            List<TaskId> created = tasks.createAll(id, reading.forms(), actor, n -> { });
            return new Imported(created.size(), created);
        } catch (InvalidInput e) {
            throw invalid(render(mapBack(e, reading)));
        }
    }

    // ---- background jobs (pages)

    /** Stores the file and reads it in the background; the job's id for its progress page. */
    String startPreview(ProgramId id, String fileName, byte[] file, Actor actor) {
        ProgramDetails p = editable(id, actor);
        if (file == null || file.length == 0) {
            throw InvalidInput.of("file", "imports.file.empty");
        }
        if (file.length > TaskSheet.MAX_BYTES) {
            throw InvalidInput.of("file", "imports.file.tooLarge");
        }
        String jobId = jobs.start(id.value(), actor.username(), vn.phoihop.shared.Text.clean(fileName), file);
        run(() -> {
            try {
                TaskSheet.Reading reading = read(p, file, n -> {
                    if (n % PROGRESS_EVERY == 0) {
                        jobs.progress(jobId, ImportJobs.State.READING, 0, n);
                    }
                });
                jobs.finish(jobId, ImportJobs.State.PREVIEW, reading.lines().size(), 0, reading.problems(), null);
            } catch (InvalidInput e) {
                jobs.finish(jobId, ImportJobs.State.FAILED, 0, 0, List.of(), e.errors().get(0).messageKey());
            }
        }, jobId);
        return jobId;
    }

    /** Imports a previewed job in the background. 409 when it is not a clean preview (or already confirmed). */
    void confirm(String jobId, Actor actor) {
        ImportJobs.Job job = job(jobId, actor);
        ProgramDetails p = editable(new ProgramId(job.programId()), actor);
        if (!job.confirmable() || !jobs.claim(jobId)) {
            throw new vn.phoihop.shared.Conflict("imports.job.notConfirmable");
        }
        run(() -> {
            TaskSheet.Reading reading = null;
            try {
                reading = read(p, jobs.content(jobId), n -> { });
                int total = reading.lines().size();
                jobs.progress(jobId, ImportJobs.State.IMPORTING, total, 0);
                long started = System.nanoTime();
                List<TaskId> created = tasks.createAll(p.id(), reading.forms(), actor, n -> {
                    if (n % PROGRESS_EVERY == 0) {
                        jobs.progress(jobId, ImportJobs.State.IMPORTING, total, n);
                    }
                });
                log.info("Import job {}: {} tasks created in {} ms", jobId, created.size(),
                        (System.nanoTime() - started) / 1_000_000);
                jobs.finish(jobId, ImportJobs.State.DONE, total, created.size(), List.of(), null);
            } catch (InvalidInput e) {
                jobs.finish(jobId, ImportJobs.State.FAILED, 0, 0, reading == null ? List.of() : mapBack(e, reading),
                        reading == null ? e.errors().get(0).messageKey() : "imports.job.rejected");
            }
        }, jobId);
    }

    /** A job of the actor's (or any, for ADMIN); 404 otherwise. */
    ImportJobs.Job job(String jobId, Actor actor) {
        ImportJobs.Job job = jobs.find(jobId).orElseThrow(() -> new NotFound("importJob", jobId));
        if (!actor.isAdmin() && !job.username().equals(actor.username())) {
            throw new NotFound("importJob", jobId);
        }
        programs.access(new ProgramId(job.programId()), actor);
        return job;
    }

    List<RowProblem> render(List<TaskSheet.Problem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        return problems.stream().map(p -> {
            String inner = messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
            String column = p.column() == null ? "" : p.column().letter();
            String header = p.column() == null ? "" : p.column().header;
            String message = messages.getMessage("imports.row.at", new Object[] {p.row(), column, header, inner},
                    inner, locale);
            return new RowProblem(p.row(), column, header,
                    "rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column().field()), message);
        }).toList();
    }

    private void run(Runnable work, String jobId) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                work.run();
            } catch (TaskSheet.Unreadable e) {
                jobs.finish(jobId, ImportJobs.State.FAILED, 0, 0, List.of(), e.messageKey);
            } catch (RuntimeException e) {
                log.error("Import job {} failed", jobId, e);
                jobs.finish(jobId, ImportJobs.State.FAILED, 0, 0, List.of(), "imports.job.failed");
            }
        }, SecurityContextHolder.getContext()));
    }

    private TaskSheet.Reading read(ProgramDetails p, byte[] file, java.util.function.IntConsumer progress) {
        try {
            return TaskSheet.read(file, themes(p), matcher(), p.year(), progress);
        } catch (TaskSheet.Unreadable e) {
            throw InvalidInput.of("file", e.messageKey);
        }
    }

    /** Errors the tasks facade found (fields {@code tasks[i].x}) as problems of the rows they came from. */
    private static List<TaskSheet.Problem> mapBack(InvalidInput e, TaskSheet.Reading reading) {
        List<TaskSheet.Problem> result = new ArrayList<>();
        for (InvalidInput.FieldError f : e.errors()) {
            Matcher m = TASK_FIELD.matcher(f.field());
            int row = 0;
            TaskSheet.Column column = null;
            if (m.matches()) {
                row = reading.lines().get(Integer.parseInt(m.group(1))).row();
                column = switch (m.group(2)) {
                    case "title" -> TaskSheet.Column.TITLE;
                    case "themeId" -> TaskSheet.Column.THEME;
                    case "leadOrganizationId" -> TaskSheet.Column.LEAD;
                    case "cooperatingOrganizationIds" -> TaskSheet.Column.COOPERATING;
                    case "advisingOrganizationId" -> TaskSheet.Column.ADVISING;
                    case "dueDate" -> TaskSheet.Column.DUE;
                    case "recurrence" -> TaskSheet.Column.RECURRENCE;
                    case "priority" -> TaskSheet.Column.PRIORITY;
                    case "output" -> TaskSheet.Column.OUTPUT;
                    default -> TaskSheet.Column.DESCRIPTION;
                };
            }
            result.add(new TaskSheet.Problem(row, column, f.messageKey(), f.args()));
        }
        return result;
    }

    private static InvalidInput invalid(List<RowProblem> problems) {
        return new InvalidInput(problems.stream()
                .map(p -> new InvalidInput.FieldError(p.field(), "imports.row.rendered", p.message())).toList());
    }

    private ProgramDetails editable(ProgramId id, Actor actor) {
        ProgramAccess access = programs.access(id, actor);
        if (!access.canEdit()) {
            throw new Forbidden("imports.forbidden");
        }
        return programs.get(id, actor);
    }

    private static List<TaskSheet.Named> themes(ProgramDetails p) {
        return p.themes().stream().map(t -> new TaskSheet.Named(t.id().value(), t.title())).toList();
    }

    private List<TaskSheet.Named> activeBodies() {
        return organizations.list(true).stream().map(o -> new TaskSheet.Named(o.id().value(), o.name())).toList();
    }

    BodyMatcher matcher() {
        return ImportBodies.matcher(organizations.list(true));
    }

    private static String name(Map<OrganizationId, OrganizationSummary> names, OrganizationId id) {
        OrganizationSummary o = names.get(id);
        return o == null ? String.valueOf(id) : o.name();
    }
}
