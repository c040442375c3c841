package vn.phoihop.cases;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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

import vn.phoihop.accounts.Accounts;
import vn.phoihop.inforequests.InfoRequestDetails;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.PatchValues;

@RestController
@RequestMapping("/api/v1/cases")
class CasesApi {

    record AcceptForm(LocalDate acceptedOn) {
    }

    record RefuseForm(LocalDate refusedOn, String reason) {
    }

    record TransferForm(LocalDate transferredOn, Long organizationId) {
    }

    record VerifyForm(LocalDate startedOn) {
    }

    record ResolveForm(LocalDate resolvedOn, String decisionNumber, String summary) {
    }

    record CloseForm(LocalDate closedOn) {
    }

    record WithdrawForm(LocalDate withdrawnOn, String reason) {
    }

    record ExtensionForm(LocalDate decidedOn, Integer days, String reason) {
    }

    record NoteForm(String text) {
    }

    record SupervisorForm(Long organizationId) {
    }

    record RuleForm(Long supervisingOrganizationId, String scope, Long handlingOrganizationId, Integer percent) {
    }

    record ReportRequestForm(String subject, String content, LocalDate sentOn) {
    }

    private final Cases cases;
    private final CaseDocuments documents;
    private final CaseSupervisors supervisors;
    private final CaseDeadlines deadlines;
    private final CaseRetention retention;
    private final Accounts accounts;

    CasesApi(Cases cases, CaseDocuments documents, CaseSupervisors supervisors, CaseDeadlines deadlines,
             CaseRetention retention, Accounts accounts) {
        this.retention = retention;
        this.cases = cases;
        this.documents = documents;
        this.supervisors = supervisors;
        this.deadlines = deadlines;
        this.accounts = accounts;
    }

    @PostMapping
    ResponseEntity<CaseDetails> create(@RequestBody CaseForm form) {
        CaseDetails created = cases.create(form, accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + created.id())).body(created);
    }

    @GetMapping
    Page<CaseDetails> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String stage,
                           @RequestParam(required = false) Long organizationId,
                           @RequestParam(required = false) Boolean overdue,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return cases.list(filter(kind, stage, organizationId, overdue), page, size, accounts.currentActor());
    }

    static Cases.CaseFilter filter(String kind, String stage, Long organizationId, Boolean overdue) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        CaseKind k = kind == null || kind.isBlank() ? null : Cases.oneOf(CaseKind.class, kind, "kind", errors, null);
        CaseStage s = stage == null || stage.isBlank() ? null
                : Cases.oneOf(CaseStage.class, stage, "stage", errors, null);
        errors.throwIfAny();
        return new Cases.CaseFilter(k, s, organizationId, overdue);
    }

    @GetMapping("/{id}")
    CaseDetails show(@PathVariable long id) {
        return cases.get(new CaseId(id), accounts.currentActor());
    }

    @PatchMapping("/{id}")
    CaseDetails update(@PathVariable long id, @RequestBody Map<String, Object> fields) {
        Actor actor = accounts.currentActor();
        if (!cases.mayHandle(new CaseId(id), actor)) {
            throw new Forbidden("cases.handle.forbidden");
        }
        return cases.update(new CaseId(id), PatchValues.version(fields), fields, actor);
    }

    @PostMapping("/{id}/accept")
    CaseDetails accept(@PathVariable long id, @RequestBody AcceptForm form) {
        return cases.accept(new CaseId(id), form.acceptedOn(), accounts.currentActor());
    }

    @PostMapping("/{id}/refuse")
    CaseDetails refuse(@PathVariable long id, @RequestBody RefuseForm form) {
        return cases.refuse(new CaseId(id), form.refusedOn(), form.reason(), accounts.currentActor());
    }

    @PostMapping("/{id}/transfer")
    CaseDetails transfer(@PathVariable long id, @RequestBody TransferForm form) {
        return cases.transfer(new CaseId(id), form.transferredOn(), form.organizationId(), accounts.currentActor());
    }

    @PostMapping("/{id}/verify")
    CaseDetails verify(@PathVariable long id, @RequestBody VerifyForm form) {
        return cases.startVerifying(new CaseId(id), form.startedOn(), accounts.currentActor());
    }

    @PostMapping("/{id}/resolve")
    CaseDetails resolve(@PathVariable long id, @RequestBody ResolveForm form) {
        return cases.resolve(new CaseId(id), form.resolvedOn(), form.decisionNumber(), form.summary(),
                accounts.currentActor());
    }

    @PostMapping("/{id}/close")
    CaseDetails close(@PathVariable long id, @RequestBody(required = false) CloseForm form) {
        return cases.close(new CaseId(id), form == null ? null : form.closedOn(), accounts.currentActor());
    }

    @PostMapping("/{id}/withdraw")
    CaseDetails withdraw(@PathVariable long id, @RequestBody WithdrawForm form) {
        return cases.withdraw(new CaseId(id), form.withdrawnOn(), form.reason(), accounts.currentActor());
    }

    @PostMapping("/{id}/extensions")
    ResponseEntity<CaseDetails.Extension> extend(@PathVariable long id, @RequestBody ExtensionForm form) {
        CaseDetails.Extension e = cases.extend(new CaseId(id), form.decidedOn(), form.days(), form.reason(),
                accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/extensions/" + e.id())).body(e);
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<CaseDetails.Note> note(@PathVariable long id, @RequestBody NoteForm form) {
        CaseDetails.Note n = cases.addNote(new CaseId(id), form.text(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/notes/" + n.id())).body(n);
    }

    @PostMapping("/{id}/supervisors")
    ResponseEntity<CaseDetails> supervise(@PathVariable long id, @RequestBody SupervisorForm form) {
        CaseDetails c = supervisors.assign(new CaseId(id), form.organizationId(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(c);
    }

    @PostMapping("/{id}/report-requests")
    ResponseEntity<InfoRequestDetails> requestReport(@PathVariable long id, @RequestBody ReportRequestForm form) {
        InfoRequestDetails r = supervisors.requestReport(new CaseId(id), form.subject(), form.content(), form.sentOn(),
                accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/info-requests/" + r.id())).body(r);
    }

    @GetMapping("/{id}/report-requests")
    Page<InfoRequestDetails> reportRequests(@PathVariable long id) {
        return Page.of(supervisors.reportRequests(new CaseId(id), accounts.currentActor()), null, null);
    }

    @GetMapping("/supervision-rules")
    Page<CaseSupervisors.RuleDetails> rules() {
        return Page.of(supervisors.rules(accounts.currentActor()), null, null);
    }

    @PostMapping("/supervision-rules")
    ResponseEntity<CaseSupervisors.RuleDetails> addRule(@RequestBody RuleForm form) {
        CaseSupervisors.RuleDetails r = supervisors.addRule(form.supervisingOrganizationId(), form.scope(),
                form.handlingOrganizationId(), form.percent(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/cases/supervision-rules/" + r.id())).body(r);
    }

    /** Erases now the citizen data of cases closed longer ago than the retention period (ADMIN). */
    @PostMapping("/retention")
    Map<String, Integer> retention() {
        return Map.of("erased", retention.eraseExpired(accounts.currentActor()));
    }

    @GetMapping("/deadline-rules")
    Page<DeadlineRule> deadlineRules() {
        return Page.of(cases.deadlineRules(accounts.currentActor()), null, 500);
    }

    @PatchMapping("/deadline-rules/{code}")
    DeadlineRule updateDeadlineRule(@PathVariable String code, @RequestBody Map<String, Object> fields) {
        return cases.updateDeadlineRule(code, fields, accounts.currentActor());
    }

    /** Open cases due within {@code within} working days or overdue, for the caller's body (ADMIN: all). */
    @GetMapping("/due")
    Page<CaseDeadlines.DueCase> due(@RequestParam(defaultValue = "0") int within,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return Page.of(deadlines.dueOrOverdue(cases.today(), within, accounts.currentActor()), page, size);
    }

    /** A document sent as the raw request body with its content type, its name in the query: {@code ?name=…}. */
    @PostMapping("/{id}/documents")
    ResponseEntity<CaseDetails.Document> addDocument(@PathVariable long id, @RequestParam(required = false) String name,
                                                     HttpServletRequest request) throws IOException {
        CaseDetails.Document d = documents.add(new CaseId(id), name, request.getContentType(),
                request.getInputStream(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/documents/" + d.id())).body(d);
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        return download(documents.get(new CaseId(id), documentId, accounts.currentActor()));
    }

    static ResponseEntity<byte[]> download(CaseDocuments.DocumentFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
