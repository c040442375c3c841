package vn.phoihop.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Direction;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.TaskId;
import vn.phoihop.shared.UserId;
import vn.phoihop.tasks.ProgressDetails;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.Tasks;

/**
 * The searchable items of programs and tasks, built here by asking their facades (the search module never reads
 * their tables): programs, tasks, progress reports and leaders' directions. Every item of a program carries the
 * program's year and id, so it is visible exactly to those who may see the program.
 */
@Component
class ProgramDocuments implements SearchableSource {

    static final String PROGRAM = "PROGRAM";
    static final String TASK = "TASK";
    static final String PROGRESS = "PROGRESS";
    static final String PROGRAM_DIRECTION = "PROGRAM_DIRECTION";
    static final String TASK_DIRECTION = "TASK_DIRECTION";

    /** Reads everything to index it; never acts. */
    private static final Actor INDEXER = new Actor(new UserId(0), "search-indexer", "search-indexer", null,
            Set.of(Role.ADMIN));

    private final Programs programs;
    private final Tasks tasks;

    ProgramDocuments(Programs programs, Tasks tasks) {
        this.programs = programs;
        this.tasks = tasks;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PROGRAM, TASK, PROGRESS, PROGRAM_DIRECTION, TASK_DIRECTION);
    }

    /**
     * Programs and tasks by id; their progress reports and directions are re-indexed with their task or program
     * (through the programs' and tasks' own events), never asked for one by one.
     */
    @Override
    public Optional<Searchable> find(String kind, long id) {
        try {
            List<Searchable> items = switch (kind) {
                case PROGRAM -> program(new ProgramId(id));
                case TASK -> task(new TaskId(id));
                default -> throw new UnsupportedOperationException(kind + " is indexed with its task or program");
            };
            return items.stream().filter(s -> s.kind().equals(kind) && s.id() == id).findFirst();
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    @Override
    public Stream<Searchable> all() {
        return programs.list(null, null, INDEXER).stream().flatMap(p -> {
            List<Searchable> items = new ArrayList<>(ofProgram(p));
            for (TaskDetails t : tasks.list(p.id(), null, null, INDEXER)) {
                items.addAll(ofTask(p.id(), p.year(), t));
            }
            return items.stream();
        });
    }

    /**
     * The program and its directions, read in one read-only transaction (one connection; the program read once). A
     * vanished program ends it with {@link NotFound}, which the caller turns into a removal in a transaction of its
     * own.
     */
    @Transactional(readOnly = true)
    List<Searchable> program(ProgramId id) {
        return ofProgram(programs.get(id, INDEXER));
    }

    /**
     * The task, its occurrences or sub-tasks, their progress reports and directions, read in one read-only
     * transaction: five facade reads had each begun and committed their own, and loaded the program again.
     */
    @Transactional(readOnly = true)
    List<Searchable> task(TaskId id) {
        TaskDetails task = tasks.get(id, INDEXER);
        // Only the program's id and year go into the items: its access answer, not its details (parties, themes and
        // their bodies' names, four more queries).
        int year = programs.access(task.programId(), INDEXER).year();
        List<Searchable> items = new ArrayList<>(ofTask(task.programId(), year, task));
        for (TaskDetails sub : tasks.subTasks(id, INDEXER)) {
            items.addAll(ofTask(task.programId(), year, sub));
        }
        return items;
    }

    private List<Searchable> ofProgram(ProgramDetails p) {
        List<OrganizationId> bodies = new ArrayList<>();
        bodies.add(p.keeperOrganizationId());
        p.parties().forEach(x -> bodies.add(x.organizationId()));
        List<String> text = new ArrayList<>();
        text.add(p.code());
        text.add(p.keeperName());
        p.parties().forEach(x -> text.add(x.organizationName()));
        p.themes().forEach(t -> text.add(t.title()));
        List<Searchable> items = new ArrayList<>();
        String url = "/programs/" + p.id();
        items.add(new Searchable(PROGRAM, p.id().value(), p.title(), join(text), p.year(), p.id(), bodies, url));
        for (Direction d : programs.directions(p.id(), INDEXER)) {
            items.add(new Searchable(PROGRAM_DIRECTION, d.id(), p.title(), d.text() + " — " + d.author(), p.year(),
                    p.id(), bodies, url + "#direction-" + d.id()));
        }
        return items;
    }

    /**
     * One new progress report of a task, in one read-only transaction: all a report adds to the index (the task's own
     * item does not change). Re-indexing the whole task instead read and wrote every earlier report again, so that a
     * task with thousands of reports made each new one cost thousands of rows. Empty when the report is gone.
     */
    @Transactional(readOnly = true)
    List<Searchable> progress(TaskId taskId, long reportId) {
        TaskDetails task = tasks.get(taskId, INDEXER);
        int year = programs.access(task.programId(), INDEXER).year();
        return tasks.progressReport(taskId, reportId, INDEXER)
                .map(r -> List.of(ofProgress(task.programId(), year, task, task.bodies(), r))).orElse(List.of());
    }

    private static Searchable ofProgress(ProgramId programId, int year, TaskDetails t, Set<OrganizationId> bodies,
                                         ProgressDetails r) {
        List<OrganizationId> concerned = new ArrayList<>(bodies);
        concerned.add(r.organizationId());
        return new Searchable(PROGRESS, r.id(), t.title(), r.text(), year, programId, concerned,
                "/tasks/" + t.id() + "#progress-" + r.id());
    }

    private List<Searchable> ofTask(ProgramId programId, int year, TaskDetails t) {
        Set<OrganizationId> bodies = t.bodies();
        String url = "/tasks/" + t.id();
        List<Searchable> items = new ArrayList<>();
        items.add(new Searchable(TASK, t.id().value(), t.title(),
                join(List.of(nullToEmpty(t.description()), nullToEmpty(t.output()))), year, programId,
                List.copyOf(bodies), url));
        for (ProgressDetails r : tasks.progress(t.id(), INDEXER)) {
            items.add(ofProgress(programId, year, t, bodies, r));
        }
        for (Direction d : tasks.directions(t.id(), INDEXER)) {
            items.add(new Searchable(TASK_DIRECTION, d.id(), t.title(), d.text() + " — " + d.author(), year,
                    programId, List.copyOf(bodies), url + "#direction-" + d.id()));
        }
        return items;
    }

    private static String join(List<String> parts) {
        return parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
