package vn.phoihop.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.search.Searchable;
import vn.phoihop.search.SearchableChanged;
import vn.phoihop.search.SearchableSource;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/**
 * Meetings, their conclusions and their documents (by file name) as searchable items. Each carries its program, so
 * whoever may see the program finds them and nobody else; the year and bodies are the program's. {@link Meetings}
 * publishes {@code SearchableChanged} when one is recorded or changed.
 */
@Component
class MeetingSearchables implements SearchableSource {

    static final String MEETING = "MEETING";
    static final String CONCLUSION = "CONCLUSION";
    static final String DOCUMENT = "MEETING_DOCUMENT";

    /** Reads everything to index it; never acts. */
    private static final Actor INDEXER = new Actor(new UserId(0), "search-indexer", "search-indexer", null,
            Set.of(Role.ADMIN));

    private final MeetingRepository meetings;
    private final ConclusionRepository conclusions;
    private final AttendeeRepository attendees;
    private final MeetingDocumentNames documents;
    private final Programs programs;
    private final TransactionTemplate reading;
    private final ApplicationEventPublisher events;

    MeetingSearchables(MeetingRepository meetings, ConclusionRepository conclusions, AttendeeRepository attendees,
                       MeetingDocumentNames documents, Programs programs, PlatformTransactionManager transactions,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.conclusions = conclusions;
        this.attendees = attendees;
        this.documents = documents;
        this.programs = programs;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public Set<String> kinds() {
        return Set.of(MEETING, CONCLUSION, DOCUMENT);
    }

    /**
     * The program is read outside the item's transaction: a program that vanished answers 404, which would doom a
     * surrounding transaction.
     */
    @Override
    public Optional<Searchable> find(String kind, long id) {
        Optional<Long> meetingId = reading.execute(t -> switch (kind) {
            case MEETING -> meetings.findById(id).map(Meeting::id);
            case CONCLUSION -> conclusions.findById(id).map(Conclusion::meetingId);
            case DOCUMENT -> documents.describe(id).map(MeetingDetails.DocumentDetails::meetingId);
            default -> Optional.<Long>empty();
        });
        Optional<ProgramDetails> program = meetingId.flatMap(this::programOf);
        if (program.isEmpty()) {
            return Optional.empty();
        }
        ProgramDetails p = program.get();
        return reading.execute(t -> switch (kind) {
            case MEETING -> meetings.findById(id).map(m -> meeting(m, p));
            case CONCLUSION -> conclusions.findById(id).flatMap(c -> meetings.findById(c.meetingId())
                    .map(m -> conclusion(c, m, p)));
            case DOCUMENT -> documents.describe(id).flatMap(d -> meetings.findById(d.meetingId())
                    .map(m -> document(d, m, p)));
            default -> Optional.<Searchable>empty();
        });
    }

    /** Program by program, each read in its own transaction. */
    @Override
    public Stream<Searchable> all() {
        List<Long> programIds = reading.execute(t -> meetings.findAll().stream().map(Meeting::programId).distinct()
                .sorted().toList());
        return programIds.stream().flatMap(programId -> program(programId)
                .map(p -> reading.execute(t -> {
                    List<Searchable> items = new ArrayList<>();
                    for (Meeting m : meetings.findByProgramIdOrderByHeldOnDescIdDesc(programId)) {
                        items.addAll(itemsOf(m, p));
                    }
                    return items;
                })).orElse(List.of()).stream());
    }

    /**
     * A meeting's conclusions and documents show its title: when it changes (published in the meeting's transaction),
     * they are re-indexed with it.
     */
    @EventListener
    void cascade(SearchableChanged changed) {
        if (changed.kind().equals(MEETING)) {
            conclusions.findByMeetingIdOrderBySortOrderAscIdAsc(changed.id())
                    .forEach(c -> events.publishEvent(new SearchableChanged(CONCLUSION, c.id())));
            documents.describeAll(changed.id())
                    .forEach(d -> events.publishEvent(new SearchableChanged(DOCUMENT, d.id())));
        }
    }

    private List<Searchable> itemsOf(Meeting m, ProgramDetails p) {
        List<Searchable> items = new ArrayList<>();
        items.add(meeting(m, p));
        conclusions.findByMeetingIdOrderBySortOrderAscIdAsc(m.id()).forEach(c -> items.add(conclusion(c, m, p)));
        documents.describeAll(m.id()).forEach(d -> items.add(document(d, m, p)));
        return items;
    }

    private Optional<ProgramDetails> programOf(long meetingId) {
        Optional<Long> programId = reading.execute(t -> meetings.findById(meetingId).map(Meeting::programId));
        return programId.flatMap(this::program);
    }

    private Optional<ProgramDetails> program(long programId) {
        try {
            return Optional.of(programs.get(new ProgramId(programId), INDEXER));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    private Searchable meeting(Meeting m, ProgramDetails p) {
        List<String> text = new ArrayList<>();
        text.add(m.place());
        attendees.findByMeetingIdOrderBySortOrderAscIdAsc(m.id()).forEach(a -> {
            text.add(a.personName());
            text.add(a.positionTitle());
            text.add(a.organizationName());
        });
        text.addAll(m.guests());
        text.add(m.minutes());
        return new Searchable(MEETING, m.id(), m.title(), join(text), p.year(), p.id(), bodies(p),
                "/meetings/" + m.id());
    }

    private Searchable conclusion(Conclusion c, Meeting m, ProgramDetails p) {
        return new Searchable(CONCLUSION, c.id(), m.title(), c.content(), p.year(), p.id(), bodies(p),
                "/meetings/" + m.id() + "#conclusion-" + c.id());
    }

    private Searchable document(MeetingDetails.DocumentDetails d, Meeting m, ProgramDetails p) {
        return new Searchable(DOCUMENT, d.id(), d.name(), m.title(), p.year(), p.id(), bodies(p),
                "/meetings/" + m.id() + "#documents");
    }

    /** The program's bodies, for the body filter (visibility is the program's). */
    private static List<OrganizationId> bodies(ProgramDetails p) {
        List<OrganizationId> bodies = new ArrayList<>();
        bodies.add(p.keeperOrganizationId());
        p.parties().forEach(x -> bodies.add(x.organizationId()));
        return bodies;
    }

    private static String join(List<String> parts) {
        return parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }
}

/** Documents' names without their bytes. */
interface MeetingDocumentNames extends Repository<MeetingDocument, Long> {

    @Query("select new vn.phoihop.meetings.MeetingDetails$DocumentDetails(d.id, d.meetingId, d.name, d.contentType,"
            + " d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt) from MeetingDocument d where d.id = :id")
    Optional<MeetingDetails.DocumentDetails> describe(Long id);

    @Query("select new vn.phoihop.meetings.MeetingDetails$DocumentDetails(d.id, d.meetingId, d.name, d.contentType,"
            + " d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt) from MeetingDocument d where d.meetingId = :meetingId"
            + " order by d.id")
    List<MeetingDetails.DocumentDetails> describeAll(Long meetingId);
}
