package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.emulation.ScoreCalculation.Result;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.organizations.PersonDetails;
import vn.phoihop.programs.ProgramAccess;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PatchValues;
import vn.phoihop.shared.PersonId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.Text;

/**
 * Emulation of a program's bodies. Who sees: whoever may see the program (404 otherwise). Who edits movements,
 * criteria and weights and proposes commendations: the keeper's secretariat and ADMIN. Who rates (manual criteria)
 * and approves or rejects proposals: LEADER (of a body that sees the program) and ADMIN.
 * <p>
 * Every program has a default movement over its period with the built-in criteria and a leader's rating, made the
 * first time anyone looks, so that scores exist without any set-up. The period scored is [from, to] within the
 * movement's period by default, {@code to} capped at today (statuses as of a future day would be guesses).
 */
@Service
@Transactional(readOnly = true)
public class Emulation {

    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> MOVEMENT_PATCH = Set.of("version", "title", "periodStart", "periodEnd");
    private static final Set<String> CRITERION_PATCH = Set.of("version", "title", "weight", "maxValue");

    private final MovementRepository movements;
    private final CriterionRepository criteria;
    private final RatingRepository ratings;
    private final ProposalRepository proposals;
    private final Measurements measurements;
    private final Programs programs;
    private final Organizations organizations;
    private final MessageSource messages;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    Emulation(MovementRepository movements, CriterionRepository criteria, RatingRepository ratings,
              ProposalRepository proposals, Measurements measurements, Programs programs, Organizations organizations,
              MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.movements = movements;
        this.criteria = criteria;
        this.ratings = ratings;
        this.proposals = proposals;
        this.measurements = measurements;
        this.programs = programs;
        this.organizations = organizations;
        this.messages = messages;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // --- movements, criteria, weights

    /** The program's movements, the default one first made if missing; 404 when the actor may not see it. */
    public List<MovementDetails> movements(ProgramId program, Actor actor) {
        programs.access(program, actor);
        defaultMovement(program);
        return movements.findByProgramIdOrderByPeriodStartDescIdAsc(program.value()).stream()
                .sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
                .map(this::details).toList();
    }

    public MovementDetails movement(long id, Actor actor) {
        return details(visibleMovement(id, actor));
    }

    @Transactional
    public MovementDetails createMovement(ProgramId program, MovementForm form, Actor actor) {
        ProgramAccess access = editable(program, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = title(form.title(), "title", errors);
        LocalDate start = form.periodStart() == null ? access.periodStart() : form.periodStart();
        LocalDate end = form.periodEnd() == null ? access.periodEnd() : form.periodEnd();
        if (end.isBefore(start)) {
            errors.add("periodEnd", "validation.endBeforeStart");
        }
        errors.throwIfAny();
        Movement m = movements.saveAndFlush(new Movement(program.value(), title, start, end, false, clock.instant()));
        addDefaultCriteria(m);
        return details(m);
    }

    @Transactional
    public MovementDetails updateMovement(long id, Map<String, Object> fields, Actor actor) {
        Movement m = visibleMovement(id, actor);
        editable(new ProgramId(m.programId()), actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        fields.keySet().stream().filter(k -> !MOVEMENT_PATCH.contains(k))
                .forEach(k -> errors.add(k, "validation.notPatchable"));
        Long version = version(fields, errors);
        String title = fields.containsKey("title") ? title(PatchValues.string(fields.get("title")), "title", errors)
                : m.title();
        LocalDate start = fields.containsKey("periodStart") ? date(fields.get("periodStart"), "periodStart", errors)
                : m.periodStart();
        LocalDate end = fields.containsKey("periodEnd") ? date(fields.get("periodEnd"), "periodEnd", errors)
                : m.periodEnd();
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("periodEnd", "validation.endBeforeStart");
        }
        errors.throwIfAny();
        if (m.version() != version) {
            throw new Conflict("problem.stale");
        }
        m.describe(title, start, end);
        return details(movements.saveAndFlush(m));
    }

    /** Deletes a movement other than the default one, with its criteria, unless it has ratings or proposals (409). */
    @Transactional
    public void deleteMovement(long id, Actor actor) {
        Movement m = visibleMovement(id, actor);
        editable(new ProgramId(m.programId()), actor);
        if (m.isDefault()) {
            throw new Conflict("emulation.movement.defaultKept");
        }
        List<Criterion> own = criteria.findByMovementIdOrderBySortOrderAscIdAsc(m.id());
        if (!ratings.findByCriterionIdInOrderByRatedOnAscIdAsc(ids(own)).isEmpty()
                || proposals.findByProgramIdOrderByProposedAtDescIdDesc(m.programId()).stream()
                .anyMatch(p -> p.movementId().equals(m.id()))) {
            throw new Conflict("emulation.movement.inUse");
        }
        criteria.deleteAll(own);
        movements.delete(m);
    }

    @Transactional
    public MovementDetails.CriterionDetails addCriterion(long movementId, CriterionForm form, Actor actor) {
        Movement m = visibleMovement(movementId, actor);
        editable(new ProgramId(m.programId()), actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String code = Text.clean(form.code());
        List<Criterion> existing = criteria.findByMovementIdOrderBySortOrderAscIdAsc(m.id());
        if (code == null) {
            errors.add("code", "validation.required");
        } else if (!CODE.matcher(code).matches()) {
            errors.add("code", "emulation.criterion.code");
        } else if (existing.stream().anyMatch(c -> c.code().equals(code))) {
            errors.add("code", "emulation.criterion.duplicate");
        }
        BuiltInCriterion builtIn = code == null ? null : BuiltInCriterion.of(code);
        String title = builtIn != null && Text.clean(form.title()) == null ? builtInTitle(builtIn)
                : title(form.title(), "title", errors);
        BigDecimal weight = form.weight() == null ? (builtIn == null ? BigDecimal.TEN : builtIn.defaultWeight())
                : form.weight();
        weight(weight, "weight", errors);
        BigDecimal max = null;
        if (builtIn == null) {
            max = form.maxValue() == null ? BuiltInCriterion.LEADER_RATING_MAX : form.maxValue();
            maxValue(max, "maxValue", errors);
        }
        errors.throwIfAny();
        Criterion c = criteria.saveAndFlush(new Criterion(m.id(), code, builtIn == null ? CriterionKind.MANUAL
                : CriterionKind.BUILT_IN, title, weight, max, existing.size()));
        return criterion(c);
    }

    @Transactional
    public MovementDetails.CriterionDetails updateCriterion(long id, Map<String, Object> fields, Actor actor) {
        Criterion c = visibleCriterion(id, actor);
        editable(programOf(c), actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        fields.keySet().stream().filter(k -> !CRITERION_PATCH.contains(k))
                .forEach(k -> errors.add(k, "validation.notPatchable"));
        Long version = version(fields, errors);
        String title = fields.containsKey("title") ? title(PatchValues.string(fields.get("title")), "title", errors)
                : c.title();
        BigDecimal weight = fields.containsKey("weight") ? number(fields.get("weight"), "weight", errors) : c.weight();
        weight(weight, "weight", errors);
        BigDecimal max = c.maxValue();
        if (fields.containsKey("maxValue")) {
            if (c.kind() == CriterionKind.BUILT_IN) {
                errors.add("maxValue", "emulation.criterion.maxValue.builtIn");
            } else {
                max = number(fields.get("maxValue"), "maxValue", errors);
                maxValue(max, "maxValue", errors);
            }
        }
        errors.throwIfAny();
        if (c.version() != version) {
            throw new Conflict("problem.stale");
        }
        c.change(title, weight, max);
        return criterion(criteria.saveAndFlush(c));
    }

    @Transactional
    public void deleteCriterion(long id, Actor actor) {
        Criterion c = visibleCriterion(id, actor);
        editable(programOf(c), actor);
        if (!ratings.findByCriterionIdOrderByRatedOnDescIdDesc(c.id()).isEmpty()) {
            throw new Conflict("emulation.criterion.rated");
        }
        criteria.delete(c);
    }

    // --- manual ratings

    /**
     * Records a rating of a body on a manual criterion: 404 when the actor may not see the program; 403 unless
     * LEADER or ADMIN; 400 for a built-in criterion, an unknown body, a value outside 0–max or with more than two
     * decimals, a day in the future. Every rating is kept with who entered it and when; the latest one dated within
     * a scored period counts.
     */
    @Transactional
    public RatingDetails rate(long criterionId, RatingForm form, Actor actor) {
        Criterion c = visibleCriterion(criterionId, actor);
        if (!canRate(actor)) {
            throw new Forbidden("emulation.rate.forbidden");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (c.kind() != CriterionKind.MANUAL) {
            errors.add("criterionId", "emulation.rate.builtIn");
        }
        if (form.organizationId() == null) {
            errors.add("organizationId", "validation.required");
        } else if (!organizations.exists(new OrganizationId(form.organizationId()))) {
            errors.add("organizationId", "organizations.unknown");
        }
        BigDecimal max = c.maxValue() == null ? BuiltInCriterion.LEADER_RATING_MAX : c.maxValue();
        if (form.value() == null) {
            errors.add("value", "validation.required");
        } else if (form.value().signum() < 0 || form.value().compareTo(max) > 0 || form.value().scale() > 2
                && form.value().stripTrailingZeros().scale() > 2) {
            errors.add("value", "emulation.rate.range", max.stripTrailingZeros().toPlainString());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = form.ratedOn() == null ? today : form.ratedOn();
        if (on.isAfter(today)) {
            errors.add("ratedOn", "emulation.rate.future");
        }
        String comment = Text.clean(form.comment());
        if (comment != null && comment.length() > 2000) {
            errors.add("comment", "validation.tooLong", 2000);
        }
        errors.throwIfAny();
        Rating r = ratings.saveAndFlush(new Rating(c.id(), form.organizationId(), form.value(), on, comment,
                actor.id().value(), actor.fullName(), clock.instant()));
        return rating(r);
    }

    public List<RatingDetails> ratings(long criterionId, Actor actor) {
        Criterion c = visibleCriterion(criterionId, actor);
        return ratings.findByCriterionIdOrderByRatedOnDescIdDesc(c.id()).stream().map(Emulation::rating).toList();
    }

    // --- scores

    /** The ranking of a movement (default: the program's default movement) over [from, to]. */
    public ScoreBoard scores(ProgramId program, Long movementId, LocalDate from, LocalDate to, Actor actor) {
        programs.access(program, actor);
        return board(program, movementFor(program, movementId), from, to).board();
    }

    /** A body's score with the items behind each criterion; 404 when the body is not scored in the program. */
    public ScoreExplanation explain(ProgramId program, OrganizationId body, Long movementId, LocalDate from,
                                    LocalDate to, Actor actor) {
        programs.access(program, actor);
        Computed computed = board(program, movementFor(program, movementId), from, to);
        ScoreBoard.BodyScore score = computed.board().items().stream().filter(s -> s.organizationId().equals(body))
                .findFirst().orElseThrow(() -> new NotFound("emulation-score", body));
        Map<String, List<Evidence>> evidence = computed.evidence().getOrDefault(body, Map.of());
        List<ScoreExplanation.CriterionEvidence> items = score.criteria().stream()
                .map(c -> new ScoreExplanation.CriterionEvidence(c.code(), c.title(), c.status(),
                        evidence.getOrDefault(c.code(), List.of()))).toList();
        return new ScoreExplanation(score, computed.board().movementId(), computed.board().from(),
                computed.board().to(), items);
    }

    private record Computed(ScoreBoard board, Map<OrganizationId, Map<String, List<Evidence>>> evidence) {
    }

    private Computed board(ProgramId program, Movement m, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? m.periodStart() : from;
        LocalDate end = to == null ? m.periodEnd() : to;
        if (end.isAfter(today)) {
            end = today;
        }
        if (end.isBefore(start)) {
            throw InvalidInput.of(to == null ? "from" : "to", "emulation.period.order");
        }
        List<Criterion> own = criteria.findByMovementIdOrderBySortOrderAscIdAsc(m.id());
        Measurements.Taken taken = measurements.take(program, own, start, end);
        List<ScoreCalculation.Criterion> weights = own.stream()
                .map(c -> new ScoreCalculation.Criterion(c.code(), c.weight())).toList();
        List<Result> ranked = ScoreCalculation.rank(weights, taken.measures());
        Map<OrganizationId, OrganizationSummary> names = organizations.byIds(taken.measures().keySet());
        Map<String, String> titles = new LinkedHashMap<>();
        own.forEach(c -> titles.put(c.code(), c.title()));
        List<ScoreBoard.BodyScore> items = new ArrayList<>();
        for (Result r : ranked) {
            OrganizationSummary s = names.get(r.organizationId());
            items.add(new ScoreBoard.BodyScore(r.organizationId(), s == null ? null : s.name(), r.score(), r.rank(),
                    ScoreCalculation.band(r.score()), r.lines().stream().map(l -> new ScoreBoard.CriterionScore(
                    l.code(), titles.get(l.code()), l.availability().name(), l.value(), l.weight(),
                    l.effectiveWeight(), l.points(), l.numerator(), l.denominator())).toList()));
        }
        return new Computed(new ScoreBoard(items, items.size(), m.id(), m.title(), start, end), taken.evidence());
    }

    // --- commendation proposals

    /**
     * Proposes a commendation from the ranking: 404 when the actor may not see the program; 403 unless the keeper's
     * secretariat or ADMIN; 400 for a missing or unknown form, a body not scored in the movement, a form not given to
     * that kind of recipient, a person who holds no position in the body, a missing reason; 409 when the same
     * recipient already has a proposal (pending or approved) for that movement and period — one achievement is
     * rewarded once.
     */
    @Transactional
    public ProposalDetails propose(ProgramId program, ProposalForm form, Actor actor) {
        editable(program, actor);
        Movement m = movementFor(program, form.movementId());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        CommendationForm kind = null;
        if (form.form() == null || form.form().isBlank()) {
            errors.add("form", "validation.required");
        } else {
            try {
                kind = CommendationForm.valueOf(form.form().strip());
            } catch (IllegalArgumentException e) {
                errors.add("form", "validation.oneOf", String.join(", ",
                        java.util.Arrays.stream(CommendationForm.values()).map(Enum::name).toList()));
            }
        }
        String reason = Text.clean(form.reason());
        if (reason == null) {
            errors.add("reason", "validation.required");
        } else if (reason.length() > 5000) {
            errors.add("reason", "validation.tooLong", 5000);
        }
        ScoreBoard board = null;
        ScoreBoard.BodyScore score = null;
        if (form.organizationId() == null) {
            errors.add("organizationId", "validation.required");
        } else {
            board = board(program, m, form.from(), form.to()).board();
            score = board.items().stream().filter(s -> s.organizationId().value() == form.organizationId())
                    .findFirst().orElse(null);
            if (score == null) {
                errors.add("organizationId", "emulation.proposal.notScored");
            }
        }
        String personName = null;
        if (form.personId() != null) {
            try {
                PersonDetails person = organizations.person(new PersonId(form.personId()));
                personName = person.fullName();
                if (form.organizationId() != null && person.positions().stream()
                        .noneMatch(p -> p.organizationId().value() == form.organizationId())) {
                    errors.add("personId", "emulation.proposal.personNotInBody");
                }
            } catch (NotFound e) {
                errors.add("personId", "emulation.proposal.personUnknown");
            }
        }
        if (kind != null && (form.personId() == null ? !kind.forCollectives() : !kind.forIndividuals())) {
            errors.add("form", form.personId() == null ? "emulation.proposal.formIndividual"
                    : "emulation.proposal.formCollective");
        }
        errors.throwIfAny();
        LocalDate start = board.from();
        LocalDate end = board.to();
        boolean duplicate = proposals.findByMovementIdAndOrganizationId(m.id(), form.organizationId()).stream()
                .anyMatch(p -> p.status() != ProposalStatus.REJECTED && java.util.Objects.equals(p.personId(),
                        form.personId()) && p.periodStart().equals(start) && p.periodEnd().equals(end));
        if (duplicate) {
            throw new Conflict("emulation.proposal.duplicate");
        }
        Proposal p = proposals.saveAndFlush(new Proposal(program.value(), m.id(), start, end, form.organizationId(),
                form.personId(), personName, kind, reason, score.score(), score.rank(), actor.fullName(),
                clock.instant()));
        return proposalDetails(List.of(p)).get(0);
    }

    public List<ProposalDetails> proposals(ProgramId program, ProposalStatus status, Actor actor) {
        programs.access(program, actor);
        return proposalDetails(proposals.findByProgramIdOrderByProposedAtDescIdDesc(program.value()).stream()
                .filter(p -> status == null || p.status() == status).toList());
    }

    public ProposalDetails proposal(long id, Actor actor) {
        return proposalDetails(List.of(visibleProposal(id, actor))).get(0);
    }

    /** Approves or rejects a proposal: 404 / 403 unless LEADER or ADMIN / 409 when already decided. */
    @Transactional
    public ProposalDetails decide(long id, boolean approve, String note, Actor actor) {
        Proposal p = visibleProposal(id, actor);
        if (!canApprove(actor)) {
            throw new Forbidden("emulation.approve.forbidden");
        }
        String clean = Text.clean(note);
        if (clean != null && clean.length() > 2000) {
            throw InvalidInput.of("note", "validation.tooLong", 2000);
        }
        p.decide(approve ? ProposalStatus.APPROVED : ProposalStatus.REJECTED, actor.fullName(), clock.instant(), clean);
        return proposalDetails(List.of(proposals.saveAndFlush(p))).get(0);
    }

    /** The approved commendations of a program, by form; 404 when the actor may not see the program. */
    public CommendationList approvedList(ProgramId program, Actor actor) {
        ProgramDetails details = programs.get(program, actor);
        List<ProposalDetails> approved = proposals(program, ProposalStatus.APPROVED, actor);
        List<CommendationList.Group> groups = new ArrayList<>();
        for (CommendationForm form : CommendationForm.values()) {
            List<CommendationList.Row> rows = new ArrayList<>();
            for (ProposalDetails p : approved) {
                if (p.form() == form) {
                    rows.add(new CommendationList.Row(rows.size() + 1, p.organizationName(), p.personName(),
                            p.reason(), p.score(), p.rank(), p.periodStart(), p.periodEnd(), p.decidedBy(),
                            p.decidedAt() == null ? null : LocalDate.ofInstant(p.decidedAt(), clock.getZone())));
                }
            }
            if (!rows.isEmpty()) {
                groups.add(new CommendationList.Group(form, rows));
            }
        }
        return new CommendationList(details.id().value(), details.title(), details.code(), details.year(),
                details.keeperName(), groups);
    }

    // --- what the pages show

    public boolean canEdit(ProgramId program, Actor actor) {
        return programs.access(program, actor).canEdit();
    }

    public boolean canRate(Actor actor) {
        return actor.isAdmin() || actor.has(Role.LEADER);
    }

    public boolean canApprove(Actor actor) {
        return actor.isAdmin() || actor.has(Role.LEADER);
    }

    /** Whether a module measures case outcomes (else CASES_ON_TIME is unavailable). */
    public boolean casesAvailable() {
        return measurements.casesAvailable();
    }

    // --- helpers

    private Movement movementFor(ProgramId program, Long movementId) {
        if (movementId == null) {
            return defaultMovement(program);
        }
        Movement m = movements.findById(movementId).filter(x -> x.programId().equals(program.value()))
                .orElse(null);
        if (m == null) {
            throw InvalidInput.of("movementId", "emulation.movement.unknown");
        }
        return m;
    }

    /** The program's default movement, made (in its own transaction, once across nodes) when missing. */
    private Movement defaultMovement(ProgramId program) {
        var found = movements.findByProgramIdAndDefaultKey(program.value(), Movement.DEFAULT);
        if (found.isPresent()) {
            return found.get();
        }
        ProgramDetails p = programs.describe(program);
        try {
            newTransaction.executeWithoutResult(s -> {
                Movement m = movements.saveAndFlush(new Movement(program.value(),
                        messages.getMessage("emulation.movement.defaultTitle", null, VIETNAMESE),
                        p.periodStart(), p.periodEnd(), true, clock.instant()));
                addDefaultCriteria(m);
            });
        } catch (DataIntegrityViolationException e) {
            // Another request (or node) made it first: the unique (program, default) key refused ours.
        }
        return movements.findByProgramIdAndDefaultKey(program.value(), Movement.DEFAULT)
                .orElseThrow(() -> new IllegalStateException("no default movement for program " + program));
    }

    private void addDefaultCriteria(Movement m) {
        int order = 0;
        for (BuiltInCriterion b : BuiltInCriterion.values()) {
            criteria.save(new Criterion(m.id(), b.name(), CriterionKind.BUILT_IN, builtInTitle(b), b.defaultWeight(),
                    null, order++));
        }
        criteria.saveAndFlush(new Criterion(m.id(), BuiltInCriterion.LEADER_RATING, CriterionKind.MANUAL,
                messages.getMessage("emulation.criterion.LEADER_RATING", null, VIETNAMESE),
                BuiltInCriterion.LEADER_RATING_WEIGHT, BuiltInCriterion.LEADER_RATING_MAX, order));
    }

    private String builtInTitle(BuiltInCriterion b) {
        return messages.getMessage("emulation.criterion." + b.name(), null, VIETNAMESE);
    }

    private ProgramAccess editable(ProgramId program, Actor actor) {
        ProgramAccess access = programs.access(program, actor);
        if (!access.canEdit()) {
            throw new Forbidden("emulation.edit.forbidden");
        }
        return access;
    }

    private Movement visibleMovement(long id, Actor actor) {
        Movement m = movements.findById(id).orElseThrow(() -> new NotFound("emulation-movement", id));
        try {
            programs.access(new ProgramId(m.programId()), actor);
        } catch (NotFound e) {
            throw new NotFound("emulation-movement", id);
        }
        return m;
    }

    private Criterion visibleCriterion(long id, Actor actor) {
        Criterion c = criteria.findById(id).orElseThrow(() -> new NotFound("emulation-criterion", id));
        try {
            visibleMovement(c.movementId(), actor);
        } catch (NotFound e) {
            throw new NotFound("emulation-criterion", id);
        }
        return c;
    }

    private Proposal visibleProposal(long id, Actor actor) {
        Proposal p = proposals.findById(id).orElseThrow(() -> new NotFound("emulation-proposal", id));
        try {
            programs.access(new ProgramId(p.programId()), actor);
        } catch (NotFound e) {
            throw new NotFound("emulation-proposal", id);
        }
        return p;
    }

    private ProgramId programOf(Criterion c) {
        return new ProgramId(movements.findById(c.movementId()).orElseThrow().programId());
    }

    private static String title(String raw, String field, InvalidInput.Collector errors) {
        String title = Text.clean(raw);
        if (title == null) {
            errors.add(field, "validation.required");
        } else if (title.length() > 300) {
            errors.add(field, "validation.tooLong", 300);
        }
        return title;
    }

    private static void weight(BigDecimal w, String field, InvalidInput.Collector errors) {
        if (w == null) {
            errors.add(field, "validation.required");
        } else if (w.signum() < 0 || w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > 2) {
            errors.add(field, "emulation.weight.range");
        }
    }

    private static void maxValue(BigDecimal v, String field, InvalidInput.Collector errors) {
        if (v == null) {
            errors.add(field, "validation.required");
        } else if (v.signum() <= 0 || v.compareTo(MAX_WEIGHT) > 0 || v.stripTrailingZeros().scale() > 2) {
            errors.add(field, "emulation.maxValue.range");
        }
    }

    private static BigDecimal number(Object raw, String field, InvalidInput.Collector errors) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(raw).strip());
        } catch (NumberFormatException e) {
            errors.add(field, "emulation.number");
            return BigDecimal.ZERO;
        }
    }

    private static LocalDate date(Object raw, String field, InvalidInput.Collector errors) {
        if (raw == null) {
            errors.add(field, "validation.required");
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(raw).strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(field, "emulation.date");
            return null;
        }
    }

    private static Long version(Map<String, Object> fields, InvalidInput.Collector errors) {
        Object v = fields.get("version");
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        errors.add("version", "validation.required");
        return -1L;
    }

    private static List<Long> ids(Collection<Criterion> list) {
        List<Long> ids = new ArrayList<>(list.stream().map(Criterion::id).toList());
        ids.add(-1L);
        return ids;
    }

    private MovementDetails details(Movement m) {
        return new MovementDetails(m.id(), new ProgramId(m.programId()), m.title(), m.periodStart(), m.periodEnd(),
                m.isDefault(), criteria.findByMovementIdOrderBySortOrderAscIdAsc(m.id()).stream()
                .map(Emulation::criterion).toList(), m.version());
    }

    private static MovementDetails.CriterionDetails criterion(Criterion c) {
        return new MovementDetails.CriterionDetails(c.id(), c.movementId(), c.code(), c.kind(), c.title(), c.weight(),
                c.maxValue(), c.version());
    }

    private static RatingDetails rating(Rating r) {
        return new RatingDetails(r.id(), r.criterionId(), new OrganizationId(r.organizationId()), r.rating(),
                r.ratedOn(), r.comment(), r.enteredByName(), r.enteredAt());
    }

    private List<ProposalDetails> proposalDetails(List<Proposal> list) {
        Set<OrganizationId> ids = new HashSet<>();
        list.forEach(p -> ids.add(new OrganizationId(p.organizationId())));
        Map<OrganizationId, OrganizationSummary> names = ids.isEmpty() ? Map.of() : organizations.byIds(ids);
        return list.stream().map(p -> {
            OrganizationSummary s = names.get(new OrganizationId(p.organizationId()));
            return new ProposalDetails(p.id(), new ProgramId(p.programId()), p.movementId(), p.periodStart(),
                    p.periodEnd(), new OrganizationId(p.organizationId()), s == null ? null : s.name(),
                    PersonId.ofNullable(p.personId()), p.personName(), p.form(), p.reason(), p.score(), p.rank(),
                    p.status(), p.proposedBy(), p.proposedAt(), p.decidedBy(), p.decidedAt(), p.decisionNote(),
                    p.version());
        }).toList();
    }
}
