package vn.phoihop.dashboards;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;

/**
 * The home page (a focal point's body dashboard; leaders go to the leader dashboard, everyone else to the programs),
 * the leader dashboard, and a program's dashboard (an htmx request, as the program page sends, gets the section
 * only). Charts read the same JSON the API answers from a {@code data-json} attribute (no inline script).
 */
@Controller
class DashboardPages {

    private final Dashboards dashboards;
    private final Accounts accounts;
    private final JsonMapper json;

    DashboardPages(Dashboards dashboards, Accounts accounts, JsonMapper json) {
        this.dashboards = dashboards;
        this.accounts = accounts;
        this.json = json;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = accounts.currentActor();
        if (actor.has(Role.FOCAL_POINT)) {
            model.addAttribute("dashboard", dashboards.body(actor));
            return "dashboards/body";
        }
        return actor.has(Role.LEADER) ? "redirect:/dashboard" : "redirect:/programs";
    }

    @GetMapping("/dashboard")
    String leader(@RequestParam(required = false) String year, Model model) {
        int thisYear = dashboards.today().getYear();
        Integer asked = null;
        try {
            asked = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            // An unreadable year from an old link: this year's dashboard rather than an error page.
        }
        if (asked != null && (asked < 2000 || asked > 2100)) {
            asked = null;
        }
        LeaderDashboard dashboard = dashboards.leader(asked, accounts.currentActor());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("json", json.writeValueAsString(dashboard));
        List<Integer> years = IntStream.rangeClosed(Math.min(thisYear, dashboard.year()) - 5,
                Math.max(thisYear, dashboard.year()) + 1).boxed().sorted((a, b) -> b - a).toList();
        model.addAttribute("years", years);
        return "dashboards/leader";
    }

    @GetMapping("/programs/{id}/dashboard")
    String program(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        ProgramDashboard dashboard = dashboards.program(new ProgramId(id), accounts.currentActor());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("json", json.writeValueAsString(dashboard));
        return htmx != null ? "dashboards/program :: dashboard" : "dashboards/program";
    }
}
