package vn.phoihop.dashboards;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.ProgramId;

/** The dashboards as JSON: what the charts draw, for other systems too. */
@RestController
class DashboardsApi {

    private final Dashboards dashboards;
    private final Accounts accounts;

    DashboardsApi(Dashboards dashboards, Accounts accounts) {
        this.dashboards = dashboards;
        this.accounts = accounts;
    }

    /** Every program of the year (default this year) the caller may see. */
    @GetMapping("/api/v1/dashboard")
    LeaderDashboard leader(@RequestParam(required = false) Integer year) {
        return dashboards.leader(year, accounts.currentActor());
    }

    /** One program's figures; 404 when the caller may not see it. */
    @GetMapping("/api/v1/programs/{id}/dashboard")
    ProgramDashboard program(@PathVariable long id) {
        return dashboards.program(new ProgramId(id), accounts.currentActor());
    }

    /** The caller's body: tasks, reports and requests due, recent directions. */
    @GetMapping("/api/v1/me/dashboard")
    BodyDashboard me() {
        return dashboards.body(accounts.currentActor());
    }
}
