package vn.phoihop.inforequests;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;

/**
 * Requests to and from my body (an htmx request, as the program page sends, gets the list only) and a body's
 * overdue register.
 */
@Controller
class InfoRequestListPages {

    private final InfoRequests requests;
    private final Programs programs;
    private final Organizations organizations;
    private final Accounts accounts;

    InfoRequestListPages(InfoRequests requests, Programs programs, Organizations organizations, Accounts accounts) {
        this.requests = requests;
        this.programs = programs;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    @GetMapping("/info-requests")
    String list(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String status,
                @RequestParam(required = false) Long programId,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = accounts.currentActor();
        if (programId != null) {
            model.addAttribute("program", programs.get(new ProgramId(programId), actor));
        }
        Set<InfoRequestStatus> statuses;
        try {
            statuses = InfoRequestsApi.parseStatuses(status);
        } catch (InvalidInput e) {
            // A status from an old link: show everything rather than an error page.
            statuses = Set.of();
        }
        model.addAttribute("requests", requests.list(OrganizationId.ofNullable(organizationId), statuses,
                ProgramId.ofNullable(programId), actor));
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("status", status);
        model.addAttribute("programId", programId);
        model.addAttribute("statuses", InfoRequestStatus.values());
        model.addAttribute("bodies", organizations.list(null));
        model.addAttribute("canSend", actor.isAdmin() || actor.has(Role.FOCAL_POINT) || actor.has(Role.SECRETARIAT));
        return htmx != null ? "inforequests/list :: results" : "inforequests/list";
    }

    @GetMapping("/info-requests/overdue")
    String overdue(@RequestParam(required = false) Long organizationId, Model model) {
        Actor actor = accounts.currentActor();
        OrganizationId body = organizationId != null ? new OrganizationId(organizationId) : actor.organizationId();
        model.addAttribute("body", body == null ? null : organizations.find(body).orElse(null));
        model.addAttribute("bodies", organizations.list(null));
        model.addAttribute("requests", body == null ? List.of() : requests.overdueRegister(body, actor));
        return "inforequests/overdue";
    }
}
