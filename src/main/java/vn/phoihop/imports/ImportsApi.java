package vn.phoihop.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.meetings.MeetingDetails;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;

/**
 * Imports over the API: task lists (template, export, dry run and import), program documents (draft, then save) and
 * meeting reports (draft, then save). Files come as a multipart field {@code file} or as the raw request body.
 */
@RestController
@RequestMapping("/api/v1")
class ImportsApi {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record MeetingTextRequest(String text, Integer year) {
    }

    private final TaskImports taskImports;
    private final ProgramImports programImports;
    private final MeetingImports meetingImports;
    private final Accounts accounts;

    ImportsApi(TaskImports taskImports, ProgramImports programImports, MeetingImports meetingImports,
               Accounts accounts) {
        this.taskImports = taskImports;
        this.programImports = programImports;
        this.meetingImports = meetingImports;
        this.accounts = accounts;
    }

    @GetMapping("/programs/{id}/tasks/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return xlsx("mau-nhiem-vu-" + id + ".xlsx", taskImports.template(new ProgramId(id), accounts.currentActor()));
    }

    @GetMapping("/programs/{id}/tasks/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return xlsx("nhiem-vu-" + id + ".xlsx", taskImports.export(new ProgramId(id), accounts.currentActor()));
    }

    /** {@code ?dryRun=true}: 200 with every bad row, nothing changes; otherwise 201 with the tasks, or 400 and none. */
    @PostMapping("/programs/{id}/tasks/import")
    ResponseEntity<?> importTasks(@PathVariable long id, @RequestParam(required = false) Boolean dryRun,
                                  @RequestParam(required = false) MultipartFile file, HttpServletRequest request)
            throws IOException {
        var actor = accounts.currentActor();
        byte[] content = content(file, request);
        if (Boolean.TRUE.equals(dryRun)) {
            return ResponseEntity.ok(taskImports.preview(new ProgramId(id), content, actor));
        }
        TaskImports.Imported imported = taskImports.importNow(new ProgramId(id), content, actor);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/tasks")).body(imported);
    }

    @PostMapping("/imports/program-docx")
    ProgramDraft programDocx(@RequestParam(required = false) MultipartFile file, HttpServletRequest request)
            throws IOException {
        return programImports.read(content(file, request), accounts.currentActor());
    }

    @PostMapping("/imports/program-draft")
    ResponseEntity<ProgramDetails> programDraft(@RequestBody ProgramImports.SaveForm form) {
        ProgramDetails created = programImports.save(form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.id())).body(created);
    }

    @PostMapping("/imports/meeting-text")
    MeetingDraft meetingText(@RequestBody MeetingTextRequest request) {
        return meetingImports.read(request.text(), request.year(), accounts.currentActor());
    }

    @PostMapping("/imports/meeting-draft")
    ResponseEntity<MeetingDetails> meetingDraft(@RequestBody MeetingImports.SaveForm form) {
        MeetingDetails created = meetingImports.save(form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id())).body(created);
    }

    /** The file of a multipart field, else the raw body; at most one byte past the limit is read. */
    static byte[] content(MultipartFile file, HttpServletRequest request) throws IOException {
        if (file != null) {
            if (file.getSize() > TaskSheet.MAX_BYTES) {
                throw InvalidInput.of("file", "imports.file.tooLarge");
            }
            return file.getBytes();
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            throw InvalidInput.of("file", "validation.required");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(TaskSheet.MAX_BYTES + 1);
            if (bytes.length > TaskSheet.MAX_BYTES) {
                throw InvalidInput.of("file", "imports.file.tooLarge");
            }
            return bytes;
        }
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
