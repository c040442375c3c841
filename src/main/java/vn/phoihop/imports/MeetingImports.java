package vn.phoihop.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.meetings.MeetingDetails;
import vn.phoihop.meetings.MeetingForm;
import vn.phoihop.meetings.MeetingId;
import vn.phoihop.meetings.Meetings;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.organizations.PersonDetails;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;

/**
 * Reports of meetings pasted as text: read into a draft, then saved as a meeting of a program with its conclusions,
 * all or nothing, through the meetings facade. People whose name and position are on record are linked to their
 * positions; the others are kept as guests with their positions as written.
 */
@Service
class MeetingImports {

    /** A confirmed draft: the meeting and the directions that become its conclusions. */
    record SaveForm(Long programId, String kind, String title, LocalDate heldOn, String place,
                    MeetingDraft.Person chair, List<MeetingDraft.Person> directing, List<MeetingDraft.Person> speakers,
                    List<String> directions, String minutes) {
    }

    static final int MAX_TEXT = 100_000;

    private final Meetings meetings;
    private final Organizations organizations;
    private final MessageSource messages;

    MeetingImports(Meetings meetings, Organizations organizations, MessageSource messages) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.messages = messages;
    }

    MeetingDraft read(String text, Integer year, Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SECRETARIAT)) {
            throw new Forbidden("imports.forbidden");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (text == null || text.isBlank()) {
            errors.add("text", "validation.required");
        } else if (text.length() > MAX_TEXT) {
            errors.add("text", "validation.tooLong", MAX_TEXT);
        }
        if (year != null && (year < 1990 || year > 2100)) {
            errors.add("year", "programs.year.range");
        }
        errors.throwIfAny();
        return MeetingTextReader.read(text, year);
    }

    @Transactional
    public MeetingDetails save(SaveForm form, Actor actor) {
        if (form.programId() == null) {
            throw InvalidInput.of("programId", "validation.required");
        }
        List<PersonDetails> people = organizations.people();
        List<String> guests = new ArrayList<>();
        Long chair = null;
        if (form.chair() != null && form.chair().fullName() != null && !form.chair().fullName().isBlank()) {
            chair = position(form.chair(), form.heldOn(), people).orElse(null);
            if (chair == null) {
                guests.add(guest(form.chair(), "imports.meeting.role.chair"));
            }
        }
        Long directing = null;
        for (MeetingDraft.Person p : list(form.directing())) {
            Optional<Long> pos = directing == null ? position(p, form.heldOn(), people) : Optional.empty();
            if (pos.isPresent()) {
                directing = pos.get();
            } else {
                guests.add(guest(p, "imports.meeting.role.directing"));
            }
        }
        List<Long> attendees = new ArrayList<>();
        for (MeetingDraft.Person p : list(form.speakers())) {
            if (sameName(p, form.chair()) || list(form.directing()).stream().anyMatch(d -> sameName(p, d))) {
                continue;
            }
            Optional<Long> pos = position(p, form.heldOn(), people);
            if (pos.isPresent()) {
                attendees.add(pos.get());
            } else {
                guests.add(guest(p, "imports.meeting.role.speaker"));
            }
        }
        MeetingDetails created = meetings.create(new ProgramId(form.programId()), new MeetingForm(form.kind(),
                form.title(), form.heldOn(), form.place(), chair, directing, attendees, guests, form.minutes()), actor);
        List<String> directions = list(form.directions());
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < directions.size(); i++) {
            try {
                meetings.addConclusion(created.id(), directions.get(i), actor);
            } catch (InvalidInput e) {
                int index = i;
                e.errors().forEach(f -> errors.add(new InvalidInput.FieldError("directions[" + index + "]",
                        f.messageKey(), f.args())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return meetings.get(new MeetingId(created.id().value()), actor);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static boolean sameName(MeetingDraft.Person a, MeetingDraft.Person b) {
        return a != null && b != null && a.fullName() != null && b.fullName() != null
                && Folding.key(a.fullName()).equals(Folding.key(b.fullName()));
    }

    /** The recorded position of a person of that name: one with a title as written, else one held that day. */
    private static Optional<Long> position(MeetingDraft.Person p, LocalDate day, List<PersonDetails> people) {
        if (p.fullName() == null) {
            return Optional.empty();
        }
        String name = Folding.key(p.fullName());
        List<String> titles = p.positions() == null ? List.of() : p.positions().stream().map(Folding::key).toList();
        for (PersonDetails person : people) {
            if (!Folding.key(person.fullName()).equals(name)) {
                continue;
            }
            List<PersonDetails.PositionDetails> held = person.positions().stream()
                    .filter(pos -> day == null || (pos.from() == null || !day.isBefore(pos.from()))
                            && (pos.to() == null || !day.isAfter(pos.to()))).toList();
            Optional<PersonDetails.PositionDetails> titled = held.stream()
                    .filter(pos -> titles.stream().anyMatch(t -> t.equals(Folding.key(pos.title()))
                            || t.startsWith(Folding.key(pos.title())))).findFirst();
            Optional<PersonDetails.PositionDetails> any = titled.isPresent() ? titled : held.stream().findFirst();
            if (any.isPresent()) {
                return Optional.of(any.get().id().value());
            }
        }
        return Optional.empty();
    }

    private String guest(MeetingDraft.Person p, String roleKey) {
        Locale locale = LocaleContextHolder.getLocale();
        String role = messages.getMessage(roleKey, null, roleKey, locale);
        String label = p.positions() == null || p.positions().isEmpty() ? p.fullName()
                : p.fullName() + ", " + String.join(", ", p.positions());
        String g = label + " (" + role + ")";
        return g.length() > 300 ? g.substring(0, 300) : g;
    }
}
