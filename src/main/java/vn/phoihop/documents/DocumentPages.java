package vn.phoihop.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.documents.DocumentExports.Format;
import vn.phoihop.shared.InvalidInput;

/**
 * The same downloads for the signed-in pages (session and CSRF rules of the pages), linked from the review,
 * program and overdue-register pages.
 */
@Controller
class DocumentPages {

    private final DocumentExports exports;
    private final Accounts accounts;

    DocumentPages(DocumentExports exports, Accounts accounts) {
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

    /** A malformed number or filter on a download link: the error page with 400, never a server error. */
    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInput e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("messageKey", e.errors().isEmpty() ? null : e.errors().get(0).messageKey());
        return "error";
    }
}
