package vn.phoihop.search;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.web.FormErrors;

/** The search page behind the navbar's search box; an htmx request gets the results fragment only. */
@Controller
class SearchPages {

    static final int PAGE_SIZE = 20;
    /** Bootstrap colours of the kind badges; kinds of later modules show in grey until added here. */
    static final Map<String, String> BADGES = Map.of(
            ProgramDocuments.PROGRAM, "text-bg-primary",
            ProgramDocuments.TASK, "text-bg-success",
            ProgramDocuments.PROGRESS, "text-bg-info",
            ProgramDocuments.PROGRAM_DIRECTION, "text-bg-warning",
            ProgramDocuments.TASK_DIRECTION, "text-bg-warning",
            "MEETING", "text-bg-dark",
            "CONCLUSION", "text-bg-dark",
            "MEETING_DOCUMENT", "text-bg-light");

    private final Search search;
    private final Accounts accounts;
    private final Organizations organizations;
    private final FormErrors formErrors;

    SearchPages(Search search, Accounts accounts, Organizations organizations, FormErrors formErrors) {
        this.search = search;
        this.accounts = accounts;
        this.organizations = organizations;
        this.formErrors = formErrors;
    }

    @GetMapping("/search")
    String show(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) Integer page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        int current = page == null || page < 0 ? 0 : page;
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("page", current);
        model.addAttribute("kinds", search.kinds());
        model.addAttribute("badges", BADGES);
        if (q != null && !q.isBlank()) {
            try {
                SearchResults results = search.search(new Search.Request(q, kind, year, organizationId, current,
                        PAGE_SIZE), accounts.currentActor());
                model.addAttribute("results", results);
                model.addAttribute("pages", (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            } catch (InvalidInput e) {
                formErrors.addTo(model, e);
            }
        }
        if (htmx != null) {
            return "search/page :: results";
        }
        model.addAttribute("bodies", organizations.list(true));
        return "search/page";
    }
}
