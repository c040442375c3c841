package vn.phoihop.opinion;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

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
import vn.phoihop.shared.Page;
import vn.phoihop.shared.ProgramId;

@RestController
@RequestMapping("/api/v1")
class OpinionsApi {

    private final Opinions opinions;
    private final Accounts accounts;

    OpinionsApi(Opinions opinions, Accounts accounts) {
        this.opinions = opinions;
        this.accounts = accounts;
    }

    @PostMapping("/programs/{id}/opinion-notes")
    ResponseEntity<OpinionNoteDetails> record(@PathVariable long id, @RequestBody OpinionNoteForm form) {
        OpinionNoteDetails created = opinions.record(new ProgramId(id), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/opinion-notes/" + created.id())).body(created);
    }

    @GetMapping("/programs/{id}/opinion-notes")
    Page<OpinionNoteDetails> list(@PathVariable long id, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String tone,
                                  @RequestParam(required = false) String topic,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return Page.of(opinions.list(new ProgramId(id), date(from, "from"), date(to, "to"), tone(tone), topic,
                accounts.currentActor()), page, size);
    }

    /** Counts by tone, in all and by topic, of the notes dated within [from, to] (default: the program's period). */
    @GetMapping("/programs/{id}/opinion-notes/summary")
    OpinionSummary summary(@PathVariable long id, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to) {
        return opinions.summary(new ProgramId(id), date(from, "from"), date(to, "to"), accounts.currentActor());
    }

    @GetMapping("/opinion-notes/{id}")
    OpinionNoteDetails show(@PathVariable long id) {
        return opinions.get(id, accounts.currentActor());
    }

    @PatchMapping("/opinion-notes/{id}")
    OpinionNoteDetails update(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        return opinions.update(id, fields, accounts.currentActor());
    }

    @DeleteMapping("/opinion-notes/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        opinions.delete(id, accounts.currentActor());
        return ResponseEntity.noContent().build();
    }

    static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "opinion.date");
        }
    }

    static Tone tone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Tone.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("tone", "validation.oneOf", "POSITIVE, NEUTRAL, NEGATIVE");
        }
    }
}
