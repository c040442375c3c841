package vn.phoihop.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.documents.DocumentExports.Format;

/**
 * Official documents (DOCX, PDF) and registers (XLSX) over the API, with the read permission of what they show.
 * {@code number}: the official number when the office has allocated one; blank leaves the space empty.
 */
@RestController
@RequestMapping("/api/v1")
class DocumentsApi {

    private final DocumentExports exports;
    private final Accounts accounts;

    DocumentsApi(DocumentExports exports, Accounts accounts) {
        this.exports = exports;
        this.accounts = accounts;
    }

    @GetMapping("/reviews/{id}/document.docx")
    ResponseEntity<byte[]> reviewDocx(@PathVariable long id, @RequestParam(required = false) String number) {
        return exports.review(id, number, Format.DOCX, accounts.currentActor()).response();
    }

    @GetMapping("/reviews/{id}/document.pdf")
    ResponseEntity<byte[]> reviewPdf(@PathVariable long id, @RequestParam(required = false) String number) {
        return exports.review(id, number, Format.PDF, accounts.currentActor()).response();
    }

    @GetMapping("/programs/{id}/document.docx")
    ResponseEntity<byte[]> programDocx(@PathVariable long id, @RequestParam(required = false) String number) {
        return exports.program(id, number, Format.DOCX, accounts.currentActor()).response();
    }

    @GetMapping("/programs/{id}/document.pdf")
    ResponseEntity<byte[]> programPdf(@PathVariable long id, @RequestParam(required = false) String number) {
        return exports.program(id, number, Format.PDF, accounts.currentActor()).response();
    }

    @GetMapping("/programs/{id}/tasks.xlsx")
    ResponseEntity<byte[]> tasks(@PathVariable long id, @RequestParam(required = false) String status,
                                 @RequestParam(required = false) Long organizationId) {
        return exports.programTasks(id, status, organizationId, accounts.currentActor()).response();
    }

    @GetMapping("/reviews/{id}/figures.xlsx")
    ResponseEntity<byte[]> figures(@PathVariable long id) {
        return exports.reviewFigures(id, accounts.currentActor()).response();
    }

    @GetMapping("/info-requests/overdue.xlsx")
    ResponseEntity<byte[]> overdue(@RequestParam(required = false) Long organizationId) {
        return exports.overdue(organizationId, accounts.currentActor()).response();
    }
}
