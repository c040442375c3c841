package vn.phoihop.programs;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Direction;
import vn.phoihop.shared.PatchValues;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.ProgramId;

@RestController
@RequestMapping("/api/v1/programs")
class ProgramsApi {

    record SignRequest(LocalDate signedOn) {
    }

    record ThemeRequest(String title) {
    }

    record DirectionRequest(String text) {
    }

    private final Programs programs;
    private final Accounts accounts;

    ProgramsApi(Programs programs, Accounts accounts) {
        this.programs = programs;
        this.accounts = accounts;
    }

    @PostMapping
    ResponseEntity<ProgramDetails> create(@RequestBody ProgramForm form) {
        ProgramDetails created = programs.create(form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.id())).body(created);
    }

    @GetMapping
    Page<ProgramDetails> list(@RequestParam(required = false) Integer year,
                              @RequestParam(required = false) ProgramStatus status,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return Page.of(programs.list(year, status, accounts.currentActor()), page, size);
    }

    @GetMapping("/{id}")
    ProgramDetails show(@PathVariable long id) {
        return programs.get(new ProgramId(id), accounts.currentActor());
    }

    @PatchMapping("/{id}")
    ProgramDetails update(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        programs.access(new ProgramId(id), accounts.currentActor());
        return programs.update(new ProgramId(id), PatchValues.version(fields), fields, accounts.currentActor());
    }

    @PostMapping("/{id}/sign")
    ProgramDetails sign(@PathVariable long id, @RequestBody SignRequest request) {
        return programs.sign(new ProgramId(id), request.signedOn(), accounts.currentActor());
    }

    @PostMapping("/{id}/close")
    ProgramDetails close(@PathVariable long id) {
        return programs.close(new ProgramId(id), accounts.currentActor());
    }

    @PostMapping("/{id}/themes")
    ResponseEntity<ProgramDetails.ThemeDetails> addTheme(@PathVariable long id, @RequestBody ThemeRequest request) {
        var theme = programs.addTheme(new ProgramId(id), request.title(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/themes/" + theme.id())).body(theme);
    }

    @PostMapping("/{id}/comments")
    ResponseEntity<Direction> comment(@PathVariable long id, @RequestBody DirectionRequest request) {
        Direction d = programs.addDirection(new ProgramId(id), request.text(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/comments/" + d.id())).body(d);
    }

    @GetMapping("/{id}/comments")
    Page<Direction> comments(@PathVariable long id) {
        var all = programs.directions(new ProgramId(id), accounts.currentActor());
        return new Page<>(all, all.size());
    }
}
