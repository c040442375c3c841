package vn.phoihop.cases;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Role;
import vn.phoihop.web.FormErrors;

/** One case: stages, deadlines with their legal basis, extensions, documents, supervision; the stage actions. */
@Controller
class CasePages {

    private final Cases cases;
    private final CaseDocuments documents;
    private final CaseSupervisors supervisors;
    private final Organizations organizations;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final org.springframework.context.MessageSource messages;

    CasePages(Cases cases, CaseDocuments documents, CaseSupervisors supervisors, Organizations organizations,
              Accounts accounts, FormErrors formErrors, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.cases = cases;
        this.documents = documents;
        this.supervisors = supervisors;
        this.organizations = organizations;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = accounts.currentActor();
        CaseId caseId = new CaseId(id);
        CaseDetails c = cases.get(caseId, actor);
        model.addAttribute("c", c);
        model.addAttribute("mayHandle", cases.mayHandle(caseId, actor));
        model.addAttribute("mayAnnotate", cases.mayAnnotate(caseId, actor));
        model.addAttribute("mayAssign", actor.isAdmin() || actor.belongsTo(c.handlingOrganizationId())
                && (actor.has(Role.CASE_HANDLER) || actor.has(Role.LEADER)));
        model.addAttribute("mayRequestReport", actor.organizationId() != null
                && c.supervisingOrganizationIds().contains(actor.organizationId())
                && (actor.has(Role.SUPERVISOR) || actor.has(Role.LEADER)));
        model.addAttribute("reports", supervisors.reportRequests(caseId, actor));
        var bodies = organizations.list(null);
        model.addAttribute("bodies", organizations.list(true));
        model.addAttribute("bodyNames", bodies.stream().collect(java.util.stream.Collectors.toMap(
                b -> b.id(), b -> b.name())));
        model.addAttribute("today", cases.today());
        return "cases/show";
    }

    /** A stage action or an addition from the case page; errors come back as a flash list above the forms. */
    @PostMapping("/cases/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> p,
               RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        CaseId c = new CaseId(id);
        try {
            switch (action) {
                case "accept" -> cases.accept(c, CaseListPages.date(p.get("acceptedOn")), actor);
                case "refuse" -> cases.refuse(c, CaseListPages.date(p.get("refusedOn")), p.get("reason"), actor);
                case "transfer" -> cases.transfer(c, CaseListPages.date(p.get("transferredOn")),
                        CaseListPages.id(p.get("organizationId")), actor);
                case "verify" -> cases.startVerifying(c, CaseListPages.date(p.get("startedOn")), actor);
                case "resolve" -> cases.resolve(c, CaseListPages.date(p.get("resolvedOn")), p.get("decisionNumber"),
                        p.get("summary"), actor);
                case "close" -> cases.close(c, CaseListPages.date(p.get("closedOn")), actor);
                case "withdraw" -> cases.withdraw(c, CaseListPages.date(p.get("withdrawnOn")), p.get("reason"), actor);
                case "extensions" -> cases.extend(c, CaseListPages.date(p.get("decidedOn")),
                        CaseListPages.id(p.get("days")) == null ? null : CaseListPages.id(p.get("days")).intValue(),
                        p.get("reason"), actor);
                case "notes" -> cases.addNote(c, p.get("text"), actor);
                case "supervisors" -> supervisors.assign(c, CaseListPages.id(p.get("organizationId")), actor);
                case "report-requests" -> supervisors.requestReport(c, null, p.get("content"),
                        CaseListPages.date(p.get("sentOn")), actor);
                default -> throw new vn.phoihop.shared.NotFound("case-action", action);
            }
            redirect.addFlashAttribute("flash", "cases.flash.updated");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("actionErrors", formErrors.of(e).values());
        } catch (vn.phoihop.shared.RuleViolation e) {
            redirect.addFlashAttribute("actionErrors", java.util.List.of(messages.getMessage(e.messageKey(), e.args(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        } catch (vn.phoihop.shared.Conflict e) {
            redirect.addFlashAttribute("actionErrors", java.util.List.of(messages.getMessage(e.messageKey(), e.args(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/documents")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            documents.add(new CaseId(id), file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? null : file.getInputStream(),
                    accounts.currentActor());
            redirect.addFlashAttribute("flash", "cases.flash.updated");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("actionErrors", formErrors.of(e).values());
        }
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        return CasesApi.download(documents.get(new CaseId(id), documentId, accounts.currentActor()));
    }
}
