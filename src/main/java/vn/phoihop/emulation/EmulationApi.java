package vn.phoihop.emulation;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.ProgramId;

@RestController
@RequestMapping("/api/v1")
class EmulationApi {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Emulation emulation;
    private final Accounts accounts;
    private final CommendationDocument document;

    EmulationApi(Emulation emulation, Accounts accounts, CommendationDocument document) {
        this.document = document;
        this.emulation = emulation;
        this.accounts = accounts;
    }

    /** {@code {items:[{organizationId, score, rank, band, criteria:[{code, value, weight, points, …}]}], total, …}}. */
    @GetMapping("/programs/{id}/emulation/scores")
    ScoreBoard scores(@PathVariable long id, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) Long movementId) {
        return emulation.scores(new ProgramId(id), movementId, date(from, "from"), date(to, "to"),
                accounts.currentActor());
    }

    /** A body's score with the tasks, reports, requests and ratings each criterion counted. */
    @GetMapping("/programs/{id}/emulation/scores/{organizationId}")
    ScoreExplanation explain(@PathVariable long id, @PathVariable long organizationId,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) Long movementId) {
        return emulation.explain(new ProgramId(id), new OrganizationId(organizationId), movementId, date(from, "from"),
                date(to, "to"), accounts.currentActor());
    }

    @GetMapping("/programs/{id}/emulation/movements")
    Page<MovementDetails> movements(@PathVariable long id, @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return Page.of(emulation.movements(new ProgramId(id), accounts.currentActor()), page, size);
    }

    @PostMapping("/programs/{id}/emulation/movements")
    ResponseEntity<MovementDetails> createMovement(@PathVariable long id, @RequestBody MovementForm form) {
        MovementDetails created = emulation.createMovement(new ProgramId(id), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/emulation/movements/" + created.id())).body(created);
    }

    @GetMapping("/emulation/movements/{id}")
    MovementDetails movement(@PathVariable long id) {
        return emulation.movement(id, accounts.currentActor());
    }

    @PatchMapping("/emulation/movements/{id}")
    MovementDetails updateMovement(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        return emulation.updateMovement(id, fields, accounts.currentActor());
    }

    @DeleteMapping("/emulation/movements/{id}")
    ResponseEntity<Void> deleteMovement(@PathVariable long id) {
        emulation.deleteMovement(id, accounts.currentActor());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/emulation/movements/{id}/criteria")
    ResponseEntity<MovementDetails.CriterionDetails> addCriterion(@PathVariable long id,
                                                                 @RequestBody CriterionForm form) {
        var created = emulation.addCriterion(id, form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/emulation/criteria/" + created.id())).body(created);
    }

    @PatchMapping("/emulation/criteria/{id}")
    MovementDetails.CriterionDetails updateCriterion(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        return emulation.updateCriterion(id, fields, accounts.currentActor());
    }

    @DeleteMapping("/emulation/criteria/{id}")
    ResponseEntity<Void> deleteCriterion(@PathVariable long id) {
        emulation.deleteCriterion(id, accounts.currentActor());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/emulation/criteria/{id}/ratings")
    Page<RatingDetails> ratings(@PathVariable long id, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return Page.of(emulation.ratings(id, accounts.currentActor()), page, size);
    }

    @PostMapping("/emulation/criteria/{id}/ratings")
    ResponseEntity<RatingDetails> rate(@PathVariable long id, @RequestBody RatingForm form) {
        RatingDetails created = emulation.rate(id, form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/emulation/criteria/" + id + "/ratings")).body(created);
    }

    @GetMapping("/programs/{id}/emulation/proposals")
    Page<ProposalDetails> proposals(@PathVariable long id, @RequestParam(required = false) String status,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return Page.of(emulation.proposals(new ProgramId(id), status(status), accounts.currentActor()), page, size);
    }

    @PostMapping("/programs/{id}/emulation/proposals")
    ResponseEntity<ProposalDetails> propose(@PathVariable long id, @RequestBody ProposalForm form) {
        ProposalDetails created = emulation.propose(new ProgramId(id), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/emulation/proposals/" + created.id())).body(created);
    }

    @GetMapping("/emulation/proposals/{id}")
    ProposalDetails proposal(@PathVariable long id) {
        return emulation.proposal(id, accounts.currentActor());
    }

    record Decision(String note) {
    }

    @PostMapping("/emulation/proposals/{id}/approve")
    ProposalDetails approve(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return emulation.decide(id, true, decision == null ? null : decision.note(), accounts.currentActor());
    }

    @PostMapping("/emulation/proposals/{id}/reject")
    ProposalDetails reject(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return emulation.decide(id, false, decision == null ? null : decision.note(), accounts.currentActor());
    }

    /** The approved commendations by form (the structure a document in the official layout renders). */
    @GetMapping("/programs/{id}/emulation/commendations")
    CommendationList commendations(@PathVariable long id) {
        return emulation.approvedList(new ProgramId(id), accounts.currentActor());
    }

    @GetMapping("/programs/{id}/emulation/commendations.xlsx")
    ResponseEntity<byte[]> commendationsWorkbook(@PathVariable long id) {
        return workbook(emulation.approvedList(new ProgramId(id), accounts.currentActor()));
    }

    /** The approved list as a document in the official layout (DOCX), the keeping body in the heading. */
    @GetMapping("/programs/{id}/emulation/commendations.docx")
    ResponseEntity<byte[]> commendationsDocx(@PathVariable long id) {
        return document.docx(new ProgramId(id), accounts.currentActor());
    }

    /** The approved list as a document in the official layout (PDF, fonts embedded). */
    @GetMapping("/programs/{id}/emulation/commendations.pdf")
    ResponseEntity<byte[]> commendationsPdf(@PathVariable long id) {
        return document.pdf(new ProgramId(id), accounts.currentActor());
    }

    static ResponseEntity<byte[]> workbook(CommendationList list) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("khen-thuong-" + list.programId() + ".xlsx").build().toString())
                .body(CommendationWorkbook.write(list));
    }

    static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "emulation.date");
        }
    }

    static ProposalStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ProposalStatus.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("status", "validation.oneOf", "PROPOSED, APPROVED, REJECTED");
        }
    }
}
