package vn.phoihop.inforequests;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
@RequestMapping("/api/v1/info-requests")
class InfoRequestsApi {

    private final InfoRequests requests;
    private final Accounts accounts;

    InfoRequestsApi(InfoRequests requests, Accounts accounts) {
        this.requests = requests;
        this.accounts = accounts;
    }

    @PostMapping
    ResponseEntity<InfoRequestDetails> send(@RequestBody InfoRequestForm form) {
        InfoRequestDetails created = requests.send(form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/info-requests/" + created.id())).body(created);
    }

    @GetMapping
    Page<InfoRequestDetails> list(@RequestParam(required = false) Long organizationId,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Long programId,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return Page.of(requests.list(OrganizationId.ofNullable(organizationId), parseStatuses(status),
                ProgramId.ofNullable(programId), accounts.currentActor()), page, size);
    }

    @GetMapping("/{id}")
    InfoRequestDetails show(@PathVariable long id) {
        return requests.get(new InfoRequestId(id), accounts.currentActor());
    }

    /** The request's attachment as a download (never shown inline). */
    @GetMapping("/{id}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        return download(requests.attachment(new InfoRequestId(id), accounts.currentActor()));
    }

    static ResponseEntity<byte[]> download(RequestAttachment file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (InvalidMediaTypeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping("/{id}/answer")
    InfoRequestDetails answer(@PathVariable long id, @RequestBody AnswerForm form) {
        return requests.answer(new InfoRequestId(id), form, accounts.currentActor());
    }

    /** Statuses separated by commas; {@code LATE} is the group OVERDUE and ANSWERED_LATE. */
    static Set<InfoRequestStatus> parseStatuses(String raw) {
        Set<InfoRequestStatus> result = EnumSet.noneOf(InfoRequestStatus.class);
        if (raw == null || raw.isBlank()) {
            return result;
        }
        for (String part : raw.split(",")) {
            String s = part.strip();
            if (s.equals("LATE")) {
                result.addAll(InfoRequestStatus.LATE);
                continue;
            }
            try {
                result.add(InfoRequestStatus.valueOf(s));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("status", "validation.oneOf", "OPEN, ANSWERED_ON_TIME, ANSWERED_LATE, OVERDUE, LATE");
            }
        }
        return result;
    }
}
