package vn.phoihop.periodicreports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.programs.ProgramAccess;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.programs.RegulationDetails;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.Text;

/**
 * Periodic reports of programs: the slots each party owes with their statuses, and submissions by the party's
 * focal points or the keeper's secretariat (API.md "Roles and scope").
 */
@Service
@Transactional(readOnly = true)
public class PeriodicReports {

    static final int MAX_TEXT = 20000;

    private final PeriodicReportRepository reports;
    private final PeriodicReportFileRepository files;
    private final Programs programs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeriodicReports(PeriodicReportRepository reports, PeriodicReportFileRepository files, Programs programs,
                    ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
    }

    /** The grid of a program the actor may see (404 otherwise), statuses as of today, optionally one year's periods. */
    public PeriodicReportGrid grid(ProgramId programId, Integer year, Actor actor) {
        return grid(programs.get(programId, actor), LocalDate.now(clock), year);
    }

    /** {@link #grid} as a flat list of slots, period by period. */
    public List<PeriodicReportSlot> slots(ProgramId programId, Integer year, Actor actor) {
        return grid(programId, year, actor).slots();
    }

    /**
     * Every slot of a program with its status as of a day: only submissions dated on or before the day count.
     * No permission check: for figures computed for the system (reviews).
     */
    public List<PeriodicReportSlot> asOf(ProgramId programId, LocalDate day) {
        return grid(programs.describe(programId), day, null).slots();
    }

    /** The bodies the actor may submit reports for in the program: parties they act for, or all for the keeper. */
    public List<ProgramDetails.PartyDetails> submittableParties(ProgramId programId, Actor actor) {
        ProgramAccess access = programs.access(programId, actor);
        return programs.get(programId, actor).parties().stream()
                .filter(p -> access.canEdit() || actor.actsFor(Role.FOCAL_POINT, p.organizationId()))
                .toList();
    }

    /**
     * Submits a party's report for a period, dated today. 404 when the actor may not see the program; 403 unless
     * a focal point of that body, the keeper's secretariat or an administrator; 400 for a body that is not a
     * party, a period start that starts no period, a period not started yet, a missing text or an attachment
     * without a name, empty or over 10 MB; 409 when the slot already has a report.
     */
    @Transactional
    public PeriodicReportDetails submit(ProgramId programId, PeriodicReportForm form, Actor actor) {
        ProgramAccess access = programs.access(programId, actor);
        if (!access.canEdit()) {
            if (!actor.has(Role.FOCAL_POINT)) {
                throw new Forbidden("periodicreports.submit.forbidden");
            }
            if (form.organizationId() != null
                    && !actor.actsFor(Role.FOCAL_POINT, new OrganizationId(form.organizationId()))) {
                throw new Forbidden("periodicreports.submit.otherBody");
            }
        }
        ProgramDetails program = programs.get(programId, actor);
        RegulationDetails regulation = programs.regulationOf(programId);
        LocalDate today = LocalDate.now(clock);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (form.organizationId() == null) {
            errors.add("organizationId", "validation.required");
        } else if (program.parties().stream().noneMatch(p -> p.organizationId().value() == form.organizationId())) {
            errors.add("organizationId", "periodicreports.organization.notParty");
        }
        Optional<PeriodicReportRule.Period> period = Optional.empty();
        if (form.periodStart() == null) {
            errors.add("periodStart", "validation.required");
        } else {
            period = periods(program, regulation).stream().filter(p -> p.start().equals(form.periodStart()))
                    .findFirst();
            if (period.isEmpty()) {
                errors.add("periodStart", "periodicreports.period.unknown");
            } else if (period.get().start().isAfter(today)) {
                errors.add("periodStart", "periodicreports.period.notStarted");
            }
        }
        String text = Text.clean(form.text());
        if (text == null) {
            errors.add("text", "validation.required");
        } else if (text.length() > MAX_TEXT) {
            errors.add("text", "validation.tooLong", MAX_TEXT);
        }
        ReportAttachment file = attachment(form.attachment(), errors);
        errors.throwIfAny();
        if (reports.existsByProgramIdAndOrganizationIdAndPeriodStart(programId.value(), form.organizationId(),
                form.periodStart())) {
            throw new Conflict("periodicreports.submit.duplicate");
        }
        PeriodicReport saved;
        try {
            PeriodicReport report = new PeriodicReport(programId.value(), form.organizationId(), form.periodStart(),
                    today, text, actor.id().value(), actor.fullName(), clock.instant());
            if (file != null) {
                report.attach(file.fileName(), file.contentType(), file.content().length);
            }
            saved = reports.saveAndFlush(report);
            if (file != null) {
                files.saveAndFlush(new PeriodicReportFile(saved.id(), file.content()));
            }
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("periodicreports.submit.duplicate");
        }
        PeriodicReportDetails details = details(saved, period.get(), regulation);
        events.publishEvent(new PeriodicReportSubmitted(details.id(), programId, details.organizationId(),
                details.periodStart(), details.periodEnd(), details.dueDate(), today,
                details.status() == PeriodicReportStatus.ON_TIME));
        return details;
    }

    /** A submitted report with its text; 404 unless the actor may see its program. */
    public PeriodicReportDetails get(PeriodicReportId id, Actor actor) {
        PeriodicReport r = reports.findById(id.value()).orElseThrow(() -> new NotFound("periodic-report", id));
        ProgramId programId = new ProgramId(r.programId());
        try {
            programs.access(programId, actor);
        } catch (NotFound e) {
            throw new NotFound("periodic-report", id);
        }
        ProgramDetails program = programs.get(programId, actor);
        RegulationDetails regulation = programs.regulationOf(programId);
        PeriodicReportRule.Period period = periods(program, regulation).stream()
                .filter(p -> p.start().equals(r.periodStart())).findFirst().orElse(null);
        return details(r, period, regulation);
    }

    /** The file of a report, for download; 404 when the actor may not see the report or it has no file. */
    public ReportAttachment attachment(PeriodicReportId id, Actor actor) {
        PeriodicReportDetails report = get(id, actor);
        if (report.attachment() == null) {
            throw new NotFound("periodic-report-file", id);
        }
        byte[] content = files.findById(id.value()).map(PeriodicReportFile::content)
                .orElseThrow(() -> new NotFound("periodic-report-file", id));
        return new ReportAttachment(report.attachment().fileName(), report.attachment().contentType(), content);
    }

    /** A valid attachment cleaned up, or null when none was sent; errors under {@code attachment.*}. */
    private static ReportAttachment attachment(ReportAttachment a, InvalidInput.Collector errors) {
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
            errors.add("attachment.content", "periodicreports.attachment.empty");
        } else if (a.content().length > ReportAttachment.MAX_BYTES) {
            errors.add("attachment.content", "periodicreports.attachment.tooLarge");
        }
        return new ReportAttachment(name, type, a.content());
    }

    private PeriodicReportGrid grid(ProgramDetails program, LocalDate day, Integer year) {
        RegulationDetails regulation = programs.regulationOf(program.id());
        List<PeriodicReportRule.Period> periods = periods(program, regulation).stream()
                .filter(p -> year == null || p.year() == year).toList();
        Map<String, PeriodicReport> submitted = new HashMap<>();
        reports.findByProgramId(program.id().value())
                .forEach(r -> submitted.put(r.organizationId() + "/" + r.periodStart(), r));
        List<PeriodicReportGrid.Row> rows = new ArrayList<>();
        for (ProgramDetails.PartyDetails party : program.parties()) {
            List<PeriodicReportSlot> cells = new ArrayList<>();
            for (PeriodicReportRule.Period p : periods) {
                LocalDate due = PeriodicReportRule.dueDate(p.end(), regulation.reportDueDay());
                PeriodicReport r = submitted.get(party.organizationId().value() + "/" + p.start());
                boolean counted = r != null && !r.submittedOn().isAfter(day);
                cells.add(new PeriodicReportSlot(party.organizationId(), p.start(), p.end(), due,
                        PeriodicReportRule.status(due, r == null ? null : r.submittedOn(), day),
                        counted ? r.submittedOn() : null, counted ? new PeriodicReportId(r.id()) : null));
            }
            rows.add(new PeriodicReportGrid.Row(party.organizationId(), party.organizationName(), cells));
        }
        return new PeriodicReportGrid(regulation.reportCadence(), regulation.reportDueDay(), periods, rows);
    }

    private static List<PeriodicReportRule.Period> periods(ProgramDetails program, RegulationDetails regulation) {
        return PeriodicReportRule.periods(regulation.reportCadence().months(), program.periodStart(),
                program.periodEnd());
    }

    private PeriodicReportDetails details(PeriodicReport r, PeriodicReportRule.Period period,
                                          RegulationDetails regulation) {
        LocalDate due = period == null ? null : PeriodicReportRule.dueDate(period.end(), regulation.reportDueDay());
        return new PeriodicReportDetails(new PeriodicReportId(r.id()), new ProgramId(r.programId()),
                new OrganizationId(r.organizationId()), r.periodStart(), period == null ? null : period.end(), due,
                r.submittedOn(), due == null ? null : PeriodicReportRule.status(due, r.submittedOn(),
                LocalDate.now(clock)), r.text(), r.attachment(), r.authorName(), r.createdAt());
    }
}
