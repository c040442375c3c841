package vn.phoihop.inforequests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.calendar.Calendar;
import vn.phoihop.calendar.WorkingDayCalendar;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.programs.RegulationDetails;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.Text;

/**
 * Information requests between bodies. Who sends: a focal point or the secretariat of the sending body. Who
 * sees: the sending and receiving bodies, the keeper of the request's program, administrators (others get 404).
 * Who answers: the recipient's focal points, the program keeper's secretariat, administrators.
 */
@Service
@Transactional(readOnly = true)
public class InfoRequests {

    static final int MAX_SUBJECT = 500;
    static final int MAX_CONTENT = 20000;

    private final InfoRequestRepository requests;
    private final InfoRequestFileRepository files;
    private final Programs programs;
    private final Organizations organizations;
    private final Calendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InfoRequests(InfoRequestRepository requests, InfoRequestFileRepository files, Programs programs,
                 Organizations organizations, Calendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.programs = programs;
        this.organizations = organizations;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a request: 403 unless the actor is a focal point or secretariat of the sending body (or an
     * administrator); then 400 for a missing or unknown body, the same body twice, a program the actor may not
     * see, a missing subject or content, a sending day in the future, an attachment without a name, empty or
     * over 10 MB. The due date is the response limit of the
     * program's regulation (5 working days without a program) counted in working days after the sending day.
     */
    @Transactional
    public InfoRequestDetails send(InfoRequestForm form, Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.FOCAL_POINT) && !actor.has(Role.SECRETARIAT)) {
            throw new Forbidden("inforequests.send.forbidden");
        }
        return sendChecked(form, actor);
    }

    /**
     * Sends a request for a report about a case (the cases module, which has checked that the actor supervises the
     * case, replaces the role check by that); otherwise as {@link #send}. The recipient's CASE_HANDLER users may answer.
     */
    @Transactional
    public InfoRequestDetails sendAboutCase(InfoRequestForm form, Actor actor) {
        if (form.caseId() == null) {
            throw InvalidInput.of("caseId", "validation.required");
        }
        return sendChecked(form, actor);
    }

    /** The requests about the given cases, oldest first; no permission check (the cases module checks). */
    public List<InfoRequestDetails> ofCases(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return details(requests.findByCaseIdInOrderBySentOnAscIdAsc(caseIds), LocalDate.now(clock));
    }

    private InfoRequestDetails sendChecked(InfoRequestForm form, Actor actor) {
        if (!actor.isAdmin() && form.fromOrganizationId() != null
                && !actor.belongsTo(new OrganizationId(form.fromOrganizationId()))) {
            throw new Forbidden("inforequests.send.otherBody");
        }
        LocalDate today = LocalDate.now(clock);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        body(errors, "fromOrganizationId", form.fromOrganizationId());
        body(errors, "toOrganizationId", form.toOrganizationId());
        if (form.toOrganizationId() != null && form.toOrganizationId().equals(form.fromOrganizationId())) {
            errors.add("toOrganizationId", "inforequests.to.same");
        }
        int responseDays = RegulationDetails.DEFAULT_RESPONSE_DAYS;
        if (form.programId() != null) {
            try {
                programs.access(new ProgramId(form.programId()), actor);
                responseDays = programs.regulationOf(new ProgramId(form.programId())).infoRequestResponseDays();
            } catch (NotFound e) {
                errors.add("programId", "programs.unknown");
            }
        }
        String subject = Text.clean(form.subject());
        if (subject == null) {
            errors.add("subject", "validation.required");
        } else if (subject.length() > MAX_SUBJECT) {
            errors.add("subject", "validation.tooLong", MAX_SUBJECT);
        }
        String content = Text.clean(form.content());
        if (content == null) {
            errors.add("content", "validation.required");
        } else if (content.length() > MAX_CONTENT) {
            errors.add("content", "validation.tooLong", MAX_CONTENT);
        }
        LocalDate sentOn = form.sentOn() == null ? today : form.sentOn();
        if (sentOn.isAfter(today)) {
            errors.add("sentOn", "inforequests.sentOn.future");
        } else if (sentOn.getYear() < 2000) {
            errors.add("sentOn", "inforequests.sentOn.tooEarly");
        }
        RequestAttachment file = attachment(form.attachment(), errors);
        errors.throwIfAny();
        // One calendar snapshot: the due date and the version recorded with it agree.
        WorkingDayCalendar workingDays = calendar.current();
        LocalDate due = workingDays.addWorkingDays(sentOn, responseDays);
        InfoRequest r = new InfoRequest(form.programId(), form.caseId(), form.fromOrganizationId(),
                form.toOrganizationId(), subject, content, sentOn, responseDays, due, workingDays.version(),
                actor.id().value(), actor.fullName(), clock.instant());
        if (file != null) {
            r.attach(file.fileName(), file.contentType(), file.content().length);
        }
        r = requests.saveAndFlush(r);
        if (file != null) {
            files.saveAndFlush(new InfoRequestFile(r.id(), file.content()));
        }
        events.publishEvent(new InfoRequestSent(new InfoRequestId(r.id()), ProgramId.ofNullable(r.programId()),
                new OrganizationId(r.fromOrganizationId()), new OrganizationId(r.toOrganizationId()), sentOn, due));
        return details(List.of(r), today).get(0);
    }

    /**
     * Answers a request: 404 when the actor may not see it; 403 unless a focal point of the recipient, the
     * program keeper's secretariat or an administrator; 400 for a missing content or an answer day before the
     * request was sent or in the future; 409 when it is already answered.
     */
    @Transactional
    public InfoRequestDetails answer(InfoRequestId id, AnswerForm form, Actor actor) {
        InfoRequest r = visible(id, actor);
        if (!mayAnswer(r, actor)) {
            throw new Forbidden("inforequests.answer.forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate answeredOn = form.answeredOn() == null ? today : form.answeredOn();
        if (answeredOn.isBefore(r.sentOn())) {
            errors.add("answeredOn", "inforequests.answeredOn.beforeSent");
        } else if (answeredOn.isAfter(today)) {
            errors.add("answeredOn", "inforequests.answeredOn.future");
        }
        String content = Text.clean(form.content());
        if (content == null) {
            errors.add("content", "validation.required");
        } else if (content.length() > MAX_CONTENT) {
            errors.add("content", "validation.tooLong", MAX_CONTENT);
        }
        errors.throwIfAny();
        r.answer(answeredOn, content, actor.id().value(), actor.fullName(), clock.instant());
        requests.saveAndFlush(r);
        events.publishEvent(new InfoRequestAnswered(id, ProgramId.ofNullable(r.programId()),
                new OrganizationId(r.fromOrganizationId()), new OrganizationId(r.toOrganizationId()), answeredOn,
                r.dueDate(), !answeredOn.isAfter(r.dueDate())));
        return details(List.of(r), today).get(0);
    }

    public InfoRequestDetails get(InfoRequestId id, Actor actor) {
        return details(List.of(visible(id, actor)), LocalDate.now(clock)).get(0);
    }

    /** Whether the actor may answer the request (the page shows the form only then); 404 as {@link #get}. */
    public boolean mayAnswer(InfoRequestId id, Actor actor) {
        return mayAnswer(visible(id, actor), actor);
    }

    /**
     * The requests the actor may see, newest first, optionally only those from or to a body, with a status, or
     * of a program.
     */
    public List<InfoRequestDetails> list(OrganizationId body, Set<InfoRequestStatus> statuses, ProgramId program,
                                         Actor actor) {
        List<InfoRequestDetails> all = details(visibleRequests(actor), LocalDate.now(clock));
        return all.stream()
                .filter(r -> body == null || body.equals(r.fromOrganizationId()) || body.equals(r.toOrganizationId()))
                .filter(r -> statuses == null || statuses.isEmpty() || statuses.contains(r.status()))
                .filter(r -> program == null || program.equals(r.programId()))
                .toList();
    }

    /** The overdue register of a body: requests addressed to it that are overdue or were answered late. */
    public List<InfoRequestDetails> overdueRegister(OrganizationId body, Actor actor) {
        return list(body, InfoRequestStatus.LATE, null, actor).stream()
                .filter(r -> r.toOrganizationId().equals(body))
                .sorted(java.util.Comparator.comparing(InfoRequestDetails::daysLate).reversed())
                .toList();
    }

    /**
     * The requests of a program sent on or before a day, with statuses as of that day (answers dated later do
     * not count). No permission check: for figures computed for the system (reviews).
     */
    public List<InfoRequestDetails> asOf(ProgramId program, LocalDate day) {
        return details(requests.findByProgramIdOrderBySentOnAscIdAsc(program.value()).stream()
                .filter(r -> !r.sentOn().isAfter(day)).toList(), day);
    }

    /**
     * Every request, of any program or none, sent on or before a day and not answered by then, with its status as of
     * that day (OPEN or OVERDUE). No permission check: for reminders computed for the system (notifications).
     */
    public List<InfoRequestDetails> unansweredAsOf(LocalDate day) {
        return details(requests.unansweredOn(day), day);
    }

    /** The request's file, for download; 404 when the actor may not see the request or it has no file. */
    public RequestAttachment attachment(InfoRequestId id, Actor actor) {
        InfoRequest r = visible(id, actor);
        RequestAttachment.Info info = r.attachment();
        if (info == null) {
            throw new NotFound("info-request-file", id);
        }
        byte[] content = files.findById(id.value()).map(InfoRequestFile::content)
                .orElseThrow(() -> new NotFound("info-request-file", id));
        return new RequestAttachment(info.fileName(), info.contentType(), content);
    }

    /** A valid attachment cleaned up, or null when none was sent; errors under {@code attachment.*}. */
    private static RequestAttachment attachment(RequestAttachment a, InvalidInput.Collector errors) {
        if (a == null || a.fileName() == null && (a.content() == null || a.content().length == 0)) {
            return null;
        }
        String name = Text.clean(a.fileName());
        if (name == null) {
            errors.add("attachment.fileName", "validation.required");
        } else if (name.length() > 255) {
            errors.add("attachment.fileName", "validation.tooLong", 255);
        }
        String type = Text.clean(a.contentType());
        if (type == null) {
            type = "application/octet-stream";
        } else if (type.length() > 200) {
            errors.add("attachment.contentType", "validation.tooLong", 200);
        }
        if (a.content() == null || a.content().length == 0) {
            errors.add("attachment.content", "inforequests.attachment.empty");
        } else if (a.content().length > RequestAttachment.MAX_BYTES) {
            errors.add("attachment.content", "inforequests.attachment.tooLarge");
        }
        return new RequestAttachment(name, type, a.content());
    }

    private void body(InvalidInput.Collector errors, String field, Long id) {
        if (id == null) {
            errors.add(field, "validation.required");
        } else if (!organizations.exists(new OrganizationId(id))) {
            errors.add(field, "organizations.unknown");
        }
    }

    private InfoRequest visible(InfoRequestId id, Actor actor) {
        InfoRequest r = requests.findById(id.value()).orElseThrow(() -> new NotFound("info-request", id));
        if (!canSee(r, actor)) {
            throw new NotFound("info-request", id);
        }
        return r;
    }

    private boolean canSee(InfoRequest r, Actor actor) {
        if (actor.isAdmin()) {
            return true;
        }
        OrganizationId body = actor.organizationId();
        if (body == null) {
            return false;
        }
        return body.value() == r.fromOrganizationId() || body.value() == r.toOrganizationId()
                || body.equals(keeperOf(r));
    }

    private boolean mayAnswer(InfoRequest r, Actor actor) {
        return actor.isAdmin() || actor.actsFor(Role.FOCAL_POINT, new OrganizationId(r.toOrganizationId()))
                || r.caseId() != null && actor.actsFor(Role.CASE_HANDLER, new OrganizationId(r.toOrganizationId()))
                || r.programId() != null && actor.has(Role.SECRETARIAT) && actor.organizationId() != null
                && actor.organizationId().equals(keeperOf(r));
    }

    private OrganizationId keeperOf(InfoRequest r) {
        return r.programId() == null ? null
                : programs.regulationOf(new ProgramId(r.programId())).keeperOrganizationId();
    }

    private List<InfoRequest> visibleRequests(Actor actor) {
        if (actor.isAdmin()) {
            return requests.findAllByOrderBySentOnDescIdDesc();
        }
        OrganizationId body = actor.organizationId();
        if (body == null) {
            return List.of();
        }
        Set<Long> kept = new HashSet<>();
        for (ProgramDetails p : programs.list(null, null, actor)) {
            if (p.keeperOrganizationId().equals(body)) {
                kept.add(p.id().value());
            }
        }
        // An empty IN list is not portable SQL; no program has id -1.
        kept.add(-1L);
        return requests.involving(body.value(), kept);
    }

    private List<InfoRequestDetails> details(List<InfoRequest> list, LocalDate day) {
        Set<OrganizationId> ids = new HashSet<>();
        list.forEach(r -> {
            ids.add(new OrganizationId(r.fromOrganizationId()));
            ids.add(new OrganizationId(r.toOrganizationId()));
        });
        Map<OrganizationId, OrganizationSummary> bodies = ids.isEmpty() ? Map.of() : organizations.byIds(ids);
        Map<Long, WorkingDayCalendar> calendars = new HashMap<>();
        List<InfoRequestDetails> result = new ArrayList<>();
        for (InfoRequest r : list) {
            InfoRequestStatus status = InfoRequestStatusRule.status(r.dueDate(), r.answeredOn(), day);
            int late = 0;
            if (InfoRequestStatus.LATE.contains(status)) {
                WorkingDayCalendar c = calendars.computeIfAbsent(r.calendarVersion(), calendar::at);
                late = InfoRequestStatusRule.workingDaysLate(r.dueDate(), r.answeredOn(), day, c::isWorkingDay);
            }
            boolean answered = r.answeredOn() != null && !r.answeredOn().isAfter(day);
            result.add(new InfoRequestDetails(new InfoRequestId(r.id()), ProgramId.ofNullable(r.programId()),
                    r.caseId(), new OrganizationId(r.fromOrganizationId()), name(bodies, r.fromOrganizationId()),
                    new OrganizationId(r.toOrganizationId()), name(bodies, r.toOrganizationId()), r.subject(),
                    r.content(), r.attachment(), r.sentOn(), r.responseDays(), r.dueDate(), r.calendarVersion(), status, late,
                    answered ? r.answeredOn() : null, answered ? r.answer() : null, r.sentByName(),
                    answered ? r.answeredByName() : null, r.version()));
        }
        return result;
    }

    private static String name(Map<OrganizationId, OrganizationSummary> bodies, Long id) {
        OrganizationSummary s = bodies.get(new OrganizationId(id));
        return s == null ? null : s.name();
    }
}
