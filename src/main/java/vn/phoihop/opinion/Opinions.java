package vn.phoihop.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.programs.ProgramAccess;
import vn.phoihop.programs.Programs;
import vn.phoihop.search.SearchableChanged;
import vn.phoihop.search.SearchableRemoved;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PatchValues;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.TaskId;
import vn.phoihop.shared.Text;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.Tasks;

/**
 * Public-opinion notes of programs. Who sees: whoever may see the program (404 otherwise). Who records: a focal point
 * or secretariat of a body that sees the program, or ADMIN (403 otherwise, e.g. a leader only reads). Who edits or
 * deletes: the recording body's focal points and secretariat, the keeper's secretariat, ADMIN.
 */
@Service
@Transactional(readOnly = true)
public class Opinions {

    static final String KIND = "OPINION_NOTE";
    private static final Set<String> PATCHABLE = Set.of("version", "topic", "source", "locality", "tone", "taskId",
            "notedOn", "content");

    private final OpinionNoteRepository notes;
    private final Programs programs;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Opinions(OpinionNoteRepository notes, Programs programs, Tasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.programs = programs;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OpinionNoteDetails record(ProgramId program, OpinionNoteForm form, Actor actor) {
        programs.access(program, actor);
        if (!mayRecord(actor)) {
            throw new Forbidden("opinion.record.forbidden");
        }
        OpinionNote note = new OpinionNote(program.value(),
                actor.organizationId() == null ? null : actor.organizationId().value(), actor.fullName(),
                clock.instant());
        apply(note, program, form, actor);
        note = notes.saveAndFlush(note);
        events.publishEvent(new SearchableChanged(KIND, note.id()));
        return details(List.of(note)).get(0);
    }

    public OpinionNoteDetails get(long id, Actor actor) {
        return details(List.of(visible(id, actor))).get(0);
    }

    /** The notes of a program dated within [from, to] (each optional), optionally of one tone or topic; newest first. */
    public List<OpinionNoteDetails> list(ProgramId program, LocalDate from, LocalDate to, Tone tone, String topic,
                                         Actor actor) {
        programs.access(program, actor);
        String wanted = Text.clean(topic);
        return details(notes.findByProgramIdOrderByNotedOnDescIdDesc(program.value()).stream()
                .filter(n -> from == null || !n.notedOn().isBefore(from))
                .filter(n -> to == null || !n.notedOn().isAfter(to))
                .filter(n -> tone == null || n.tone() == tone)
                .filter(n -> wanted == null || n.topic().equalsIgnoreCase(wanted))
                .toList());
    }

    /** Counts by tone and topic of a period (default: the program's period). */
    public OpinionSummary summary(ProgramId program, LocalDate from, LocalDate to, Actor actor) {
        ProgramAccess access = programs.access(program, actor);
        LocalDate start = from == null ? access.periodStart() : from;
        LocalDate end = to == null ? access.periodEnd() : to;
        if (end.isBefore(start)) {
            throw InvalidInput.of("to", "opinion.period.order");
        }
        return OpinionSummary.of(list(program, start, end, null, null, actor), start, end);
    }

    /** For reviews: the summary of a period, no permission check (figures computed for the system). */
    OpinionSummary summaryFor(ProgramId program, LocalDate from, LocalDate to) {
        List<OpinionNoteDetails> all = notes.findByProgramIdOrderByNotedOnDescIdDesc(program.value()).stream()
                .map(n -> new OpinionNoteDetails(n.id(), program, TaskId.ofNullable(n.taskId()), null,
                        OrganizationId.ofNullable(n.organizationId()), n.topic(), n.source(), n.locality(), n.tone(),
                        n.notedOn(), null, null, n.createdAt(), n.version())).toList();
        return OpinionSummary.of(all, from, to);
    }

    @Transactional
    public OpinionNoteDetails update(long id, Map<String, Object> fields, Actor actor) {
        OpinionNote note = editable(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        fields.keySet().stream().filter(k -> !PATCHABLE.contains(k)).forEach(k -> errors.add(k, "validation.notPatchable"));
        errors.throwIfAny();
        long version = PatchValues.version(fields);
        OpinionNoteForm form = new OpinionNoteForm(
                fields.containsKey("topic") ? PatchValues.string(fields.get("topic")) : note.topic(),
                fields.containsKey("source") ? PatchValues.string(fields.get("source")) : note.source(),
                fields.containsKey("locality") ? PatchValues.string(fields.get("locality")) : note.locality(),
                fields.containsKey("tone") ? PatchValues.string(fields.get("tone")) : note.tone().name(),
                fields.containsKey("taskId") ? PatchValues.id(fields.get("taskId"), "taskId", errors) : note.taskId(),
                fields.containsKey("notedOn") ? date(fields.get("notedOn"), errors) : note.notedOn(),
                fields.containsKey("content") ? PatchValues.string(fields.get("content")) : note.content());
        errors.throwIfAny();
        apply(note, new ProgramId(note.programId()), form, actor);
        if (note.version() != version) {
            throw new Conflict("problem.stale");
        }
        note = notes.saveAndFlush(note);
        events.publishEvent(new SearchableChanged(KIND, note.id()));
        return details(List.of(note)).get(0);
    }

    @Transactional
    public void delete(long id, Actor actor) {
        OpinionNote note = editable(id, actor);
        notes.delete(note);
        notes.flush();
        events.publishEvent(new SearchableRemoved(KIND, id));
    }

    public boolean mayRecord(Actor actor) {
        return actor.isAdmin() || actor.has(Role.FOCAL_POINT) || actor.has(Role.SECRETARIAT);
    }

    /** For search: a note as it is now, without a permission check (search checks the program per reader). */
    java.util.Optional<OpinionNote> find(long id) {
        return notes.findById(id);
    }

    java.util.stream.Stream<OpinionNote> streamAll() {
        return notes.streamAll();
    }

    private void apply(OpinionNote note, ProgramId program, OpinionNoteForm form, Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String topic = text(form.topic(), "topic", 300, true, errors);
        String source = text(form.source(), "source", 500, true, errors);
        String locality = text(form.locality(), "locality", 300, false, errors);
        String content = text(form.content(), "content", 20000, false, errors);
        Tone tone = null;
        if (form.tone() == null || form.tone().isBlank()) {
            errors.add("tone", "validation.required");
        } else {
            try {
                tone = Tone.valueOf(form.tone().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("tone", "validation.oneOf", "POSITIVE, NEUTRAL, NEGATIVE");
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate notedOn = form.notedOn() == null ? today : form.notedOn();
        if (notedOn.isAfter(today)) {
            errors.add("notedOn", "opinion.notedOn.future");
        } else if (notedOn.getYear() < 2000) {
            errors.add("notedOn", "opinion.notedOn.tooEarly");
        }
        if (form.taskId() != null) {
            try {
                TaskDetails task = tasks.get(new TaskId(form.taskId()), actor);
                if (!task.programId().equals(program)) {
                    errors.add("taskId", "opinion.task.unknown");
                }
            } catch (NotFound e) {
                errors.add("taskId", "opinion.task.unknown");
            }
        }
        errors.throwIfAny();
        note.describe(topic, source, locality, tone, form.taskId(), notedOn, content);
    }

    private static String text(String raw, String field, int max, boolean required, InvalidInput.Collector errors) {
        String t = Text.clean(raw);
        if (t == null && required) {
            errors.add(field, "validation.required");
        } else if (t != null && t.length() > max) {
            errors.add(field, "validation.tooLong", max);
        }
        return t;
    }

    private static LocalDate date(Object raw, InvalidInput.Collector errors) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(raw).strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add("notedOn", "opinion.date");
            return null;
        }
    }

    private OpinionNote visible(long id, Actor actor) {
        OpinionNote note = notes.findById(id).orElseThrow(() -> new NotFound("opinion-note", id));
        try {
            programs.access(new ProgramId(note.programId()), actor);
        } catch (NotFound e) {
            throw new NotFound("opinion-note", id);
        }
        return note;
    }

    private OpinionNote editable(long id, Actor actor) {
        OpinionNote note = visible(id, actor);
        boolean own = note.organizationId() != null && actor.organizationId() != null
                && note.organizationId().equals(actor.organizationId().value())
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.SECRETARIAT));
        if (!actor.isAdmin() && !own && !programs.access(new ProgramId(note.programId()), actor).canEdit()) {
            throw new Forbidden("opinion.edit.forbidden");
        }
        return note;
    }

    private List<OpinionNoteDetails> details(List<OpinionNote> list) {
        Map<Long, String> titles = new HashMap<>();
        Set<Long> programsWithTasks = new java.util.HashSet<>();
        list.stream().filter(n -> n.taskId() != null).forEach(n -> programsWithTasks.add(n.programId()));
        LocalDate today = LocalDate.now(clock);
        for (Long p : programsWithTasks) {
            tasks.asOf(new ProgramId(p), today).forEach(t -> titles.put(t.id().value(), t.title()));
        }
        List<OpinionNoteDetails> result = new ArrayList<>();
        for (OpinionNote n : list) {
            result.add(new OpinionNoteDetails(n.id(), new ProgramId(n.programId()), TaskId.ofNullable(n.taskId()),
                    n.taskId() == null ? null : titles.get(n.taskId()), OrganizationId.ofNullable(n.organizationId()),
                    n.topic(), n.source(), n.locality(), n.tone(), n.notedOn(), n.content(), n.createdBy(),
                    n.createdAt(), n.version()));
        }
        return result;
    }
}
