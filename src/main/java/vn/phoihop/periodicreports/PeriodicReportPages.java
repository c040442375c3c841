package vn.phoihop.periodicreports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.web.FormErrors;

/**
 * The grid of a program's periodic reports (parties × periods; an htmx request, as the program page sends, gets
 * the grid only), the submission form, and a submitted report.
 */
@Controller
class PeriodicReportPages {

    private final PeriodicReports reports;
    private final Programs programs;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final Clock clock;

    PeriodicReportPages(PeriodicReports reports, Programs programs, Accounts accounts, FormErrors formErrors,
                        Clock clock) {
        this.reports = reports;
        this.programs = programs;
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/programs/{id}/periodic-reports")
    String grid(@PathVariable long id, @RequestParam(required = false) Integer year,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        fill(model, new ProgramId(id), year, accounts.currentActor());
        model.addAttribute("embedded", htmx != null);
        return htmx != null ? "periodicreports/grid :: grid" : "periodicreports/grid";
    }

    @PostMapping("/programs/{id}/periodic-reports")
    String submit(@PathVariable long id, @RequestParam(required = false) Long organizationId,
                  @RequestParam(required = false) String periodStart, @RequestParam(required = false) String text,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        Actor actor = accounts.currentActor();
        ReportAttachment attachment = file == null || file.isEmpty() ? null
                : new ReportAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        PeriodicReportForm form = new PeriodicReportForm(organizationId, date(periodStart), text, attachment);
        try {
            reports.submit(new ProgramId(id), form, actor);
            redirect.addFlashAttribute("flash", "periodicreports.flash.submitted");
            return "redirect:/programs/" + id + "/periodic-reports";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", new PeriodicReportForm(organizationId, form.periodStart(), text, null));
            fill(model, new ProgramId(id), null, actor);
            model.addAttribute("embedded", false);
            return "periodicreports/grid";
        }
    }

    @GetMapping("/periodic-reports/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = accounts.currentActor();
        PeriodicReportDetails report = reports.get(new PeriodicReportId(id), actor);
        ProgramDetails program = programs.get(report.programId(), actor);
        model.addAttribute("report", report);
        model.addAttribute("program", program);
        model.addAttribute("partyName", program.parties().stream()
                .filter(p -> p.organizationId().equals(report.organizationId()))
                .map(ProgramDetails.PartyDetails::organizationName).findFirst().orElse(""));
        return "periodicreports/show";
    }

    @GetMapping("/periodic-reports/{id}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        return PeriodicReportsApi.download(reports.attachment(new PeriodicReportId(id), accounts.currentActor()));
    }

    private void fill(Model model, ProgramId programId, Integer year, Actor actor) {
        ProgramDetails program = programs.get(programId, actor);
        PeriodicReportGrid all = reports.grid(programId, null, actor);
        PeriodicReportGrid grid = year == null ? all : reports.grid(programId, year, actor);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("program", program);
        model.addAttribute("grid", grid);
        model.addAttribute("year", year);
        model.addAttribute("years", all.periods().stream().map(PeriodicReportRule.Period::year).distinct().toList());
        model.addAttribute("parties", reports.submittableParties(programId, actor));
        List<PeriodicReportRule.Period> open = all.periods().stream().filter(p -> !p.start().isAfter(today)).toList();
        model.addAttribute("openPeriods", open);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PeriodicReportForm(null, null, null, null));
        }
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.of(1900, 1, 1);
        }
    }
}
