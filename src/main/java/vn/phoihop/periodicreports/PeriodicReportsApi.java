package vn.phoihop.periodicreports;

import java.net.URI;
import java.nio.charset.StandardCharsets;

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
import vn.phoihop.shared.Page;
import vn.phoihop.shared.ProgramId;

@RestController
@RequestMapping("/api/v1")
class PeriodicReportsApi {

    private final PeriodicReports reports;
    private final Accounts accounts;

    PeriodicReportsApi(PeriodicReports reports, Accounts accounts) {
        this.reports = reports;
        this.accounts = accounts;
    }

    @GetMapping("/programs/{id}/periodic-reports")
    Page<PeriodicReportSlot> list(@PathVariable long id, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return Page.of(reports.slots(new ProgramId(id), year, accounts.currentActor()), page, size);
    }

    @PostMapping("/programs/{id}/periodic-reports")
    ResponseEntity<PeriodicReportDetails> submit(@PathVariable long id, @RequestBody PeriodicReportForm form) {
        PeriodicReportDetails created = reports.submit(new ProgramId(id), form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/periodic-reports/" + created.id())).body(created);
    }

    @GetMapping("/periodic-reports/{id}")
    PeriodicReportDetails show(@PathVariable long id) {
        return reports.get(new PeriodicReportId(id), accounts.currentActor());
    }

    /** The report's attachment as a download (never shown inline). */
    @GetMapping("/periodic-reports/{id}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        return download(reports.attachment(new PeriodicReportId(id), accounts.currentActor()));
    }

    static ResponseEntity<byte[]> download(ReportAttachment file) {
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
}
