package vn.phoihop.cases;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.web.FormErrors;

/**
 * The case list with filters and due badges, a page at a time ({@code page} from 0 as in the API, {@code size} 25, 50
 * or 100 as the program page's task list), the registration form, statistics, import and XLSX downloads.
 */
@Controller
class CaseListPages {

    /**
     * One page of the case list: {@code page} counts from 0 as in the API, {@code first}–{@code last} (from 1) of
     * {@code total} are shown. Unreadable or out-of-range values from an old link fall back to the default size and
     * to a page that exists.
     */
    record Paging(int page, int pages, int size, int first, int last, long total) {
        static final List<Integer> SIZES = List.of(25, 50, 100);
        static final int DEFAULT_SIZE = 50;

        static int size(String raw) {
            int s = parse(raw, DEFAULT_SIZE);
            return SIZES.contains(s) ? s : DEFAULT_SIZE;
        }

        static int page(String raw) {
            return Math.max(0, parse(raw, 0));
        }

        static Paging of(int page, int size, long total) {
            int pages = (int) Math.max(1, (total + size - 1) / size);
            int p = Math.min(page, pages - 1);
            int first = total == 0 ? 0 : p * size + 1;
            return new Paging(p, pages, size, first, (int) Math.min(total, (long) (p + 1) * size), total);
        }

        private static int parse(String raw, int otherwise) {
            try {
                return raw == null || raw.isBlank() ? otherwise : Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    private final Cases cases;
    private final CaseStatistics statistics;
    private final CaseWorkbooks workbooks;
    private final CaseImport imports;
    private final Organizations organizations;
    private final Accounts accounts;
    private final FormErrors formErrors;

    CaseListPages(Cases cases, CaseStatistics statistics, CaseWorkbooks workbooks, CaseImport imports,
                  Organizations organizations, Accounts accounts, FormErrors formErrors) {
        this.cases = cases;
        this.statistics = statistics;
        this.workbooks = workbooks;
        this.imports = imports;
        this.organizations = organizations;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String stage,
                @RequestParam(required = false) Long organizationId, @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                Model model) {
        Actor actor = accounts.currentActor();
        Cases.CaseFilter filter = CasesApi.filter(kind, stage, organizationId, overdue);
        int s = Paging.size(size);
        int p = Paging.page(page);
        vn.phoihop.shared.Page<CaseDetails> shown = cases.list(filter, p, s, actor);
        Paging paging = Paging.of(p, s, shown.total());
        if (paging.page() != p) {
            shown = cases.list(filter, paging.page(), s, actor);
        }
        model.addAttribute("cases", shown.items());
        model.addAttribute("paging", paging);
        model.addAttribute("pageSizes", Paging.SIZES);
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("bodies", organizations.list(true));
        model.addAttribute("kind", kind);
        model.addAttribute("stage", stage);
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("today", cases.today());
        model.addAttribute("canCreate", actor.has(vn.phoihop.shared.Role.CASE_HANDLER));
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String newForm(Model model) {
        Actor actor = accounts.currentActor();
        model.addAttribute("form", new CaseForm("COMPLAINT", "FIRST", cases.today(), "DIRECT", false, false,
                "NORMAL", actor.organizationId() == null ? null : actor.organizationId().value(), null, null, null,
                new CaseForm.CitizenForm(null, null, null, null), List.of()));
        return formPage(model);
    }

    @PostMapping("/cases")
    String create(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        Actor actor = accounts.currentActor();
        CaseForm form = new CaseForm(p.get("kind"), p.get("instance"), date(p.get("receivedOn")), p.get("channel"),
                p.containsKey("remoteArea"), p.containsKey("severalPlaces"), p.get("complexity"),
                id(p.get("handlingOrganizationId")), id(p.get("competentOrganizationId")), p.get("subject"),
                p.get("content"), new CaseForm.CitizenForm(p.get("citizen.fullName"), p.get("citizen.address"),
                p.get("citizen.idNumber"), p.get("citizen.phone")), ids(p.get("taskIds")));
        try {
            CaseDetails created = cases.create(form, actor);
            redirect.addFlashAttribute("flash", "cases.flash.created");
            return "redirect:/cases/" + created.id();
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
            model.addAttribute("form", form);
            return formPage(model);
        }
    }

    @GetMapping("/cases/statistics")
    String statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) Long organizationId, Model model) {
        model.addAttribute("figures", statistics.compute(date(from), date(to), organizationId, accounts.currentActor()));
        model.addAttribute("bodies", organizations.list(true));
        model.addAttribute("groups", CaseStatistics.GROUPS);
        return "cases/statistics";
    }

    @GetMapping("/cases/statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) Long organizationId) {
        var f = statistics.compute(date(from), date(to), organizationId, accounts.currentActor());
        return CaseReportsApi.xlsx(workbooks.statistics(f, null, LocaleContextHolder.getLocale()), "thong-ke-vu-viec.xlsx");
    }

    @GetMapping("/cases/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String stage,
                                  @RequestParam(required = false) Long organizationId,
                                  @RequestParam(required = false) Boolean overdue) {
        var list = cases.listAll(CasesApi.filter(kind, stage, organizationId, overdue), accounts.currentActor());
        return CaseReportsApi.xlsx(workbooks.list(list, LocaleContextHolder.getLocale()), "vu-viec.xlsx");
    }

    @GetMapping("/cases/import-template.xlsx")
    ResponseEntity<byte[]> template() {
        return CaseReportsApi.xlsx(workbooks.importTemplate(LocaleContextHolder.getLocale()), "mau-nhap-vu-viec.xlsx");
    }

    @GetMapping("/cases/import")
    String importForm() {
        return "cases/import";
    }

    @PostMapping("/cases/import")
    String importCases(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        try {
            List<Long> ids = imports.importCases(file == null ? new byte[0] : file.getBytes(), accounts.currentActor());
            model.addAttribute("imported", ids.size());
        } catch (InvalidInput e) {
            List<String[]> rows = new ArrayList<>();
            formErrors.of(e).forEach((field, message) -> {
                String row = field.startsWith("rows[") ? field.substring(5, field.indexOf(']')) : "";
                String column = field.contains(".") ? workbooks.importLabel(field.substring(field.indexOf('.') + 1),
                        LocaleContextHolder.getLocale()) : "";
                rows.add(new String[]{row, column, message});
            });
            model.addAttribute("importErrors", rows);
        }
        return "cases/import";
    }

    private String formPage(Model model) {
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("instances", CaseInstance.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("complexities", Complexity.values());
        model.addAttribute("bodies", organizations.list(true));
        return "cases/new";
    }

    static Long id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static List<Long> ids(String raw) {
        List<Long> result = new ArrayList<>();
        if (raw != null) {
            for (String part : raw.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    result.add(id(part));
                }
            }
        }
        return result;
    }

    static LocalDate date(String raw) {
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
