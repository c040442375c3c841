package vn.phoihop.meetings;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.tasks.TaskDetails;
import vn.phoihop.tasks.TaskForm;

@RestController
@RequestMapping("/api/v1")
class MeetingsApi {

    record ConclusionRequest(String text) {
    }

    private final Meetings meetings;
    private final Accounts accounts;

    MeetingsApi(Meetings meetings, Accounts accounts) {
        this.meetings = meetings;
        this.accounts = accounts;
    }

    @PostMapping("/programs/{programId}/meetings")
    ResponseEntity<MeetingDetails> create(@PathVariable long programId, @RequestBody MeetingForm form) {
        MeetingDetails created = meetings.create(new ProgramId(programId), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id())).body(created);
    }

    @GetMapping("/programs/{programId}/meetings")
    Page<MeetingSummary> list(@PathVariable long programId, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return Page.of(meetings.list(new ProgramId(programId), accounts.currentActor()), page, size);
    }

    @GetMapping("/meetings/{id}")
    MeetingDetails show(@PathVariable long id) {
        return meetings.get(new MeetingId(id), accounts.currentActor());
    }

    @PatchMapping("/meetings/{id}")
    MeetingDetails update(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        return meetings.update(new MeetingId(id), version(fields.get("version")), fields, accounts.currentActor());
    }

    @PostMapping("/meetings/{id}/conclusions")
    ResponseEntity<MeetingDetails.ConclusionDetails> addConclusion(@PathVariable long id,
                                                                   @RequestBody ConclusionRequest request) {
        var created = meetings.addConclusion(new MeetingId(id), request.text(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/conclusions/" + created.id())).body(created);
    }

    @GetMapping("/meetings/{id}/conclusions")
    Page<MeetingDetails.ConclusionDetails> conclusions(@PathVariable long id) {
        List<MeetingDetails.ConclusionDetails> all = meetings.get(new MeetingId(id), accounts.currentActor())
                .conclusions();
        return new Page<>(all, all.size());
    }

    @GetMapping("/conclusions/{id}")
    MeetingDetails.ConclusionDetails conclusion(@PathVariable long id) {
        return meetings.conclusion(new ConclusionId(id), accounts.currentActor());
    }

    @PostMapping("/conclusions/{id}/tasks")
    ResponseEntity<TaskDetails> createFollowUp(@PathVariable long id, @RequestBody TaskForm form) {
        TaskDetails created = meetings.createFollowUp(new ConclusionId(id), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
    }

    /** The version sent, or {@code null} when missing or unreadable (the facade answers 400 after 404 and 403). */
    /** A document sent as the raw request body (any content type), its name in the query: {@code ?name=…}. */
    @PostMapping("/meetings/{id}/documents")
    ResponseEntity<MeetingDetails.DocumentDetails> addDocument(@PathVariable long id,
                                                               @RequestParam(required = false) String name,
                                                               HttpServletRequest request) throws IOException {
        var created = meetings.addDocument(new MeetingId(id), name, request.getContentType(), request.getInputStream(),
                accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/documents/" + created.id()))
                .body(created);
    }

    @GetMapping("/meetings/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        return download(meetings.document(new MeetingId(id), documentId, accounts.currentActor()));
    }

    /** The document as an attachment under its own name, so a browser never renders it in the application. */
    static ResponseEntity<byte[]> download(Meetings.DocumentFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private static Long version(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        return null;
    }
}
