package vn.phoihop.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organizations.Organizations;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.PersonDetails;
import vn.phoihop.programs.ProgramAccess;
import vn.phoihop.programs.Programs;
import vn.phoihop.search.SearchableChanged;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PositionId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Text;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskForm;
import vn.phoihop.tasks.Tasks;

/**
 * Meetings of programs: recording them with their people as they were, editing them, their conclusions and the
 * follow-up tasks. Whoever may see the program sees its meetings; the keeper's secretariat and ADMIN edit.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingRepository meetings;
    private final AttendeeRepository attendees;
    private final ConclusionRepository conclusions;
    private final MeetingDocumentRepository documents;
    private final Programs programs;
    private final Tasks tasks;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingRepository meetings, AttendeeRepository attendees, ConclusionRepository conclusions,
             MeetingDocumentRepository documents, Programs programs, Tasks tasks, Organizations organizations, ApplicationEventPublisher events,
             Clock clock) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.conclusions = conclusions;
        this.documents = documents;
        this.programs = programs;
        this.tasks = tasks;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public MeetingDetails create(ProgramId programId, MeetingForm form, Actor actor) {
        ProgramAccess access = programs.access(programId, actor);
        if (!access.canEdit()) {
            throw new Forbidden("meetings.edit.forbidden");
        }
        Valid v = validate(form, Map.of());
        Meeting m = new Meeting(programId.value(), clock.instant());
        m.describe(v.kind, v.title, v.heldOn, v.place, v.minutes, v.guests);
        m = meetings.save(m);
        recordPeople(m, v, List.of());
        events.publishEvent(new MeetingHeld(new MeetingId(m.id()), programId, m.kind(), m.heldOn()));
        events.publishEvent(new SearchableChanged(MeetingSearchables.MEETING, m.id()));
        return details(m);
    }

    /** The meetings of a program the actor may see, latest first. */
    public List<MeetingSummary> list(ProgramId programId, Actor actor) {
        programs.access(programId, actor);
        List<Meeting> all = meetings.findByProgramIdOrderByHeldOnDescIdDesc(programId.value());
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(Meeting::id).toList();
        Map<Long, Attendee> chairs = attendees.findByMeetingIdInAndRoleIn(ids, List.of(Attendee.Role.CHAIR)).stream()
                .collect(Collectors.toMap(Attendee::meetingId, a -> a, (a, b) -> a));
        Map<Long, Long> counts = conclusions.findByMeetingIdIn(ids).stream()
                .collect(Collectors.groupingBy(Conclusion::meetingId, Collectors.counting()));
        return all.stream().map(m -> new MeetingSummary(new MeetingId(m.id()), new ProgramId(m.programId()), m.kind(),
                m.title(), m.heldOn(), m.place(), asHeld(chairs.get(m.id())),
                counts.getOrDefault(m.id(), 0L).intValue(), m.version())).toList();
    }

    public MeetingDetails get(MeetingId id, Actor actor) {
        return details(visible(id, actor));
    }

    /** True when the actor may record and edit meetings of the program (404 when they may not see it). */
    public boolean canEdit(ProgramId programId, Actor actor) {
        return programs.access(programId, actor).canEdit();
    }

    /**
     * Changes the fields given; an absent field stays, {@code null} clears it. Positions kept from before keep the
     * names they were recorded with; positions newly given are copied as they are today.
     */
    @Transactional
    public MeetingDetails update(MeetingId id, Long version, Map<String, Object> fields, Actor actor) {
        Meeting m = editable(id, actor);
        if (version == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        List<Attendee> before = attendees.findByMeetingIdOrderBySortOrderAscIdAsc(m.id());
        MeetingForm merged = MeetingPatch.apply(formOf(m, before), fields);
        Map<Long, Attendee> known = new HashMap<>();
        before.forEach(a -> known.putIfAbsent(a.positionId(), a));
        Valid v = validate(merged, known);
        if (m.version() != version) {
            throw new Conflict("problem.stale");
        }
        m.describe(v.kind, v.title, v.heldOn, v.place, v.minutes, v.guests);
        recordPeople(m, v, before);
        m.touch(clock.instant());
        events.publishEvent(new SearchableChanged(MeetingSearchables.MEETING, m.id()));
        return details(meetings.saveAndFlush(m));
    }

    /** The meeting's fields as a form, for the edit page. */
    public MeetingForm form(MeetingId id, Actor actor) {
        Meeting m = visible(id, actor);
        return formOf(m, attendees.findByMeetingIdOrderBySortOrderAscIdAsc(m.id()));
    }

    @Transactional
    public MeetingDetails.ConclusionDetails addConclusion(MeetingId id, String rawText, Actor actor) {
        Meeting m = editable(id, actor);
        String text = Text.clean(rawText);
        if (text == null) {
            throw InvalidInput.of("text", "validation.required");
        }
        if (text.length() > 10000) {
            throw InvalidInput.of("text", "validation.tooLong", 10000);
        }
        int order = (int) conclusions.countByMeetingId(m.id()) + 1;
        Conclusion c = conclusions.save(new Conclusion(m.id(), text, order, clock.instant()));
        events.publishEvent(new ConclusionRecorded(new ConclusionId(c.id()), new MeetingId(m.id()),
                new ProgramId(m.programId())));
        events.publishEvent(new SearchableChanged(MeetingSearchables.CONCLUSION, c.id()));
        return conclusionDetails(c, List.of());
    }

    public MeetingDetails.ConclusionDetails conclusion(ConclusionId id, Actor actor) {
        Conclusion c = conclusions.findById(id.value()).orElseThrow(() -> new NotFound("conclusion", id));
        Meeting m = visible(new MeetingId(c.meetingId()), actor);
        return conclusionDetails(c, followUps(m, List.of(c.id())).getOrDefault(c.id(), List.of()));
    }

    /**
     * Creates, in one step, a task of the meeting's program that follows up the conclusion: the same task body and
     * rules as a task created on the program, plus its {@code conclusionId}.
     */
    @Transactional
    public TaskDetails createFollowUp(ConclusionId id, TaskForm form, Actor actor) {
        Conclusion c = conclusions.findById(id.value()).orElseThrow(() -> new NotFound("conclusion", id));
        Meeting m = editable(new MeetingId(c.meetingId()), actor);
        return tasks.create(new ProgramId(m.programId()), form.forConclusion(c.id()), actor);
    }

    /** A document's name, type and bytes, for downloading. */
    public record DocumentFile(String name, String contentType, byte[] content) {
    }

    /**
     * Stores a document of the meeting, read from the stream after the permission check; at most
     * {@value MeetingDocument#MAX_BYTES} bytes. {@code rawName} may be a browser's file name with a path.
     */
    @Transactional
    public MeetingDetails.DocumentDetails addDocument(MeetingId id, String rawName, String rawContentType,
                                                      InputStream content, Actor actor) {
        Meeting m = editable(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = Text.clean(rawName == null ? null : rawName.substring(Math.max(rawName.lastIndexOf('/'),
                rawName.lastIndexOf('\\')) + 1));
        if (name == null) {
            errors.add("name", "validation.required");
        } else if (name.length() > 300) {
            errors.add("name", "validation.tooLong", 300);
        }
        byte[] bytes;
        try {
            bytes = content == null ? new byte[0] : content.readNBytes(MeetingDocument.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            errors.add("file", "meetings.document.empty");
        } else if (bytes.length > MeetingDocument.MAX_BYTES) {
            errors.add("file", "meetings.document.tooLarge", MeetingDocument.MAX_BYTES / (1024 * 1024));
        }
        errors.throwIfAny();
        String type = Text.clean(rawContentType);
        try {
            type = type == null || type.length() > 200 ? null : MediaType.parseMediaType(type).toString();
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            type = MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        MeetingDocument saved = documents.save(new MeetingDocument(m.id(), name, type, bytes, sha256(bytes),
                actor.username(), clock.instant()));
        events.publishEvent(new SearchableChanged(MeetingSearchables.DOCUMENT, saved.id()));
        return new MeetingDetails.DocumentDetails(saved.id(), saved.meetingId(), saved.name(), saved.contentType(),
                saved.sizeBytes(), saved.sha256(), saved.uploadedBy(), saved.uploadedAt());
    }

    public DocumentFile document(MeetingId id, long documentId, Actor actor) {
        Meeting m = visible(id, actor);
        MeetingDocument d = documents.findById(documentId).filter(x -> x.meetingId().equals(m.id()))
                .orElseThrow(() -> new NotFound("document", documentId));
        return new DocumentFile(d.name(), d.contentType(), d.content());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Meeting visible(MeetingId id, Actor actor) {
        Meeting m = meetings.findById(id.value()).orElseThrow(() -> new NotFound("meeting", id));
        programs.access(new ProgramId(m.programId()), actor);
        return m;
    }

    private Meeting editable(MeetingId id, Actor actor) {
        Meeting m = visible(id, actor);
        if (!programs.access(new ProgramId(m.programId()), actor).canEdit()) {
            throw new Forbidden("meetings.edit.forbidden");
        }
        return m;
    }

    /** A position as recorded: copied from today's data when first given, kept as it was afterwards. */
    private record Snapshot(Long positionId, String personName, String title, Long organizationId,
                            String organizationName) {
    }

    private record Valid(MeetingKind kind, String title, LocalDate heldOn, String place, String minutes,
                         Snapshot chair, Snapshot directing, List<Snapshot> attendees, List<String> guests) {
    }

    private Valid validate(MeetingForm form, Map<Long, Attendee> known) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        MeetingKind kind = null;
        String rawKind = Text.clean(form.kind());
        if (rawKind == null) {
            errors.add("kind", "validation.required");
        } else {
            try {
                kind = MeetingKind.valueOf(rawKind);
            } catch (IllegalArgumentException e) {
                errors.add("kind", "validation.oneOf", Arrays.stream(MeetingKind.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        String title = Text.clean(form.title());
        if (title == null) {
            errors.add("title", "validation.required");
        } else if (title.length() > 500) {
            errors.add("title", "validation.tooLong", 500);
        }
        if (form.heldOn() == null) {
            errors.add("heldOn", "validation.required");
        }
        String place = Text.clean(form.place());
        if (place != null && place.length() > 500) {
            errors.add("place", "validation.tooLong", 500);
        }
        String minutes = Text.clean(form.minutes());
        if (minutes != null && minutes.length() > 100000) {
            errors.add("minutes", "validation.tooLong", 100000);
        }
        Snapshot chair = form.chairPositionId() == null ? null
                : snapshot(form.chairPositionId(), "chairPositionId", form.heldOn(), known, errors);
        Snapshot directing = form.directingPositionId() == null ? null
                : snapshot(form.directingPositionId(), "directingPositionId", form.heldOn(), known, errors);
        List<Long> given = form.attendeePositionIds() == null ? List.of() : form.attendeePositionIds();
        List<Snapshot> present = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Long p = given.get(i);
            String field = "attendeePositionIds[" + i + "]";
            if (p == null) {
                errors.add(field, "validation.required");
            } else if (seen.add(p)) {
                Snapshot s = snapshot(p, field, form.heldOn(), known, errors);
                if (s != null) {
                    present.add(s);
                }
            }
        }
        List<String> rawGuests = form.guests() == null ? List.of() : form.guests();
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < rawGuests.size(); i++) {
            String g = Text.clean(rawGuests.get(i));
            if (g == null) {
                errors.add("guests[" + i + "]", "validation.required");
            } else if (g.length() > 300) {
                errors.add("guests[" + i + "]", "validation.tooLong", 300);
            } else {
                guests.add(g);
            }
        }
        errors.throwIfAny();
        return new Valid(kind, title, form.heldOn(), place, minutes, chair, directing, present, guests);
    }

    private Snapshot snapshot(Long positionId, String field, LocalDate heldOn, Map<Long, Attendee> known,
                              InvalidInput.Collector errors) {
        Attendee recorded = known.get(positionId);
        if (recorded != null) {
            return new Snapshot(recorded.positionId(), recorded.personName(), recorded.positionTitle(),
                    recorded.organizationId(), recorded.organizationName());
        }
        Optional<PersonDetails.PositionDetails> found = organizations.position(new PositionId(positionId));
        if (found.isEmpty()) {
            errors.add(field, "meetings.position.unknown");
            return null;
        }
        PersonDetails.PositionDetails p = found.get();
        if (heldOn != null && (p.from() != null && heldOn.isBefore(p.from()) || p.to() != null && heldOn.isAfter(p.to()))) {
            errors.add(field, "meetings.position.notHeld", DAY.format(heldOn));
            return null;
        }
        String body = organizations.find(p.organizationId()).map(OrganizationSummary::name).orElse("");
        return new Snapshot(positionId, p.personName(), p.title(), p.organizationId().value(), body);
    }

    /** Brings the attendee rows in line with the form: rows kept stay as recorded, others go, new ones come. */
    private void recordPeople(Meeting m, Valid v, List<Attendee> before) {
        record Wanted(Attendee.Role role, Snapshot snapshot) {
        }
        List<Wanted> wanted = new ArrayList<>();
        if (v.chair != null) {
            wanted.add(new Wanted(Attendee.Role.CHAIR, v.chair));
        }
        if (v.directing != null) {
            wanted.add(new Wanted(Attendee.Role.DIRECTING, v.directing));
        }
        v.attendees.forEach(s -> wanted.add(new Wanted(Attendee.Role.ATTENDEE, s)));
        List<Attendee> remaining = new ArrayList<>(before);
        int order = 0;
        for (Wanted w : wanted) {
            Attendee existing = remaining.stream()
                    .filter(a -> a.role() == w.role && a.positionId().equals(w.snapshot.positionId))
                    .findFirst().orElse(null);
            if (existing != null) {
                remaining.remove(existing);
                if (existing.sortOrder() != order) {
                    existing.reorder(order);
                }
            } else {
                Snapshot s = w.snapshot;
                attendees.save(new Attendee(m.id(), w.role, s.positionId, s.personName, s.title, s.organizationId,
                        s.organizationName, order));
            }
            order++;
        }
        attendees.deleteAll(remaining);
    }

    private MeetingForm formOf(Meeting m, List<Attendee> people) {
        Long chair = null;
        Long directing = null;
        List<Long> present = new ArrayList<>();
        for (Attendee a : people) {
            switch (a.role()) {
                case CHAIR -> chair = a.positionId();
                case DIRECTING -> directing = a.positionId();
                case ATTENDEE -> present.add(a.positionId());
            }
        }
        return new MeetingForm(m.kind().name(), m.title(), m.heldOn(), m.place(), chair, directing, present,
                List.copyOf(m.guests()), m.minutes());
    }

    private MeetingDetails details(Meeting m) {
        List<Attendee> people = attendees.findByMeetingIdOrderBySortOrderAscIdAsc(m.id());
        Attendee chair = people.stream().filter(a -> a.role() == Attendee.Role.CHAIR).findFirst().orElse(null);
        Attendee directing = people.stream().filter(a -> a.role() == Attendee.Role.DIRECTING).findFirst().orElse(null);
        List<Attendee> present = people.stream().filter(a -> a.role() == Attendee.Role.ATTENDEE).toList();
        List<Conclusion> cs = conclusions.findByMeetingIdOrderBySortOrderAscIdAsc(m.id());
        Map<Long, List<MeetingDetails.FollowUpTask>> followUps = followUps(m, cs.stream().map(Conclusion::id).toList());
        return new MeetingDetails(new MeetingId(m.id()), new ProgramId(m.programId()), m.kind(), m.title(),
                m.heldOn(), m.place(), chair == null ? null : new PositionId(chair.positionId()), asHeld(chair),
                directing == null ? null : new PositionId(directing.positionId()), asHeld(directing),
                present.stream().map(a -> new PositionId(a.positionId())).toList(),
                present.stream().map(Meetings::asHeld).toList(), List.copyOf(m.guests()), m.minutes(),
                cs.stream().map(c -> conclusionDetails(c, followUps.getOrDefault(c.id(), List.of()))).toList(),
                documents.describe(m.id()), m.version());
    }

    /** Follow-up tasks by conclusion, statuses computed by the tasks module; only tasks of the meeting's program. */
    private Map<Long, List<MeetingDetails.FollowUpTask>> followUps(Meeting m, List<Long> conclusionIds) {
        Map<Long, List<MeetingDetails.FollowUpTask>> result = new HashMap<>();
        for (TaskDetails t : tasks.byConclusions(conclusionIds)) {
            if (t.programId().value() == m.programId() && t.conclusionId() != null) {
                result.computeIfAbsent(t.conclusionId(), k -> new ArrayList<>()).add(new MeetingDetails.FollowUpTask(
                        t.id(), t.title(), t.leadOrganizationId(), t.dueDate(), t.status(), t.percent()));
            }
        }
        return result;
    }

    private static MeetingDetails.ConclusionDetails conclusionDetails(Conclusion c,
                                                                      List<MeetingDetails.FollowUpTask> followUps) {
        return new MeetingDetails.ConclusionDetails(new ConclusionId(c.id()), new MeetingId(c.meetingId()),
                c.content(), c.sortOrder(), followUps, c.version());
    }

    private static MeetingDetails.PositionAsHeld asHeld(Attendee a) {
        return a == null ? null : new MeetingDetails.PositionAsHeld(new PositionId(a.positionId()), a.personName(),
                a.positionTitle(), new OrganizationId(a.organizationId()), a.organizationName());
    }
}
