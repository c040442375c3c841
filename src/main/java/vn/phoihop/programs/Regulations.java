package vn.phoihop.programs;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/** Reads and validates programs' regulations; {@link Programs} checks who may do it first. */
@Component
class Regulations {

    static final String CADENCES = Arrays.stream(ReportCadence.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final RegulationRepository regulations;
    private final Clock clock;

    Regulations(RegulationRepository regulations, Clock clock) {
        this.regulations = regulations;
        this.clock = clock;
    }

    RegulationDetails of(Program p) {
        return regulations.findByProgramId(p.id()).map(r -> details(p, r))
                .orElseGet(() -> RegulationDetails.defaults(new ProgramId(p.id()),
                        new OrganizationId(p.keeperOrganizationId())));
    }

    /** {@link #of} for many programs in one query. */
    java.util.Map<Long, RegulationDetails> ofAll(java.util.List<Program> programs) {
        java.util.Map<Long, Regulation> byProgram = regulations.findByProgramIdIn(programs.stream().map(Program::id)
                .toList()).stream().collect(Collectors.toMap(Regulation::programId, r -> r, (a, b) -> a));
        java.util.Map<Long, RegulationDetails> result = new java.util.HashMap<>();
        for (Program p : programs) {
            Regulation r = byProgram.get(p.id());
            result.put(p.id(), r != null ? details(p, r) : RegulationDetails.defaults(new ProgramId(p.id()),
                    new OrganizationId(p.keeperOrganizationId())));
        }
        return result;
    }

    RegulationDetails save(Program p, RegulationForm form, Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ReportCadence cadence = null;
        if (form.reportCadence() == null || form.reportCadence().isBlank()) {
            errors.add("reportCadence", "validation.required");
        } else {
            try {
                cadence = ReportCadence.valueOf(form.reportCadence().strip());
            } catch (IllegalArgumentException e) {
                errors.add("reportCadence", "validation.oneOf", CADENCES);
            }
        }
        range(errors, "reportDueDay", form.reportDueDay(), 1, 31, "regulation.reportDueDay.range");
        range(errors, "infoRequestResponseDays", form.infoRequestResponseDays(), 1, 60,
                "regulation.infoRequestResponseDays.range");
        Integer review = form.reviewIntervalMonths();
        if (review != null && review > RegulationDetails.MAX_REVIEW_MONTHS) {
            errors.add("reviewIntervalMonths", "regulation.reviewIntervalMonths.atMostSix");
        } else {
            range(errors, "reviewIntervalMonths", review, 1, RegulationDetails.MAX_REVIEW_MONTHS,
                    "regulation.reviewIntervalMonths.range");
        }
        errors.throwIfAny();
        Regulation r = regulations.findByProgramId(p.id()).orElseGet(() -> new Regulation(p.id()));
        if (form.version() != null && form.version() != (r.id() == null ? 0 : r.version())) {
            throw new Conflict("problem.stale");
        }
        r.change(cadence, form.reportDueDay(), form.infoRequestResponseDays(), review, clock.instant(),
                actor.username());
        try {
            return details(p, regulations.saveAndFlush(r));
        } catch (DataIntegrityViolationException e) {
            // Two first saves at once: the unique program_id keeps one; the other retries against it.
            throw new Conflict("problem.stale");
        }
    }

    private static void range(InvalidInput.Collector errors, String field, Integer value, int min, int max,
                              String key) {
        if (value == null) {
            errors.add(field, "validation.required");
        } else if (value < min || value > max) {
            errors.add(field, key);
        }
    }

    private static RegulationDetails details(Program p, Regulation r) {
        return new RegulationDetails(new ProgramId(p.id()), new OrganizationId(p.keeperOrganizationId()),
                r.reportCadence(), r.reportDueDay(), r.infoRequestResponseDays(), r.reviewIntervalMonths(), false,
                r.updatedAt(), r.updatedBy(), r.version());
    }
}
