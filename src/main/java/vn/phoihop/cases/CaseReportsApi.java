package vn.phoihop.cases;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.audit.AuditTrail;
import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.OrganizationId;

/** Statistics, XLSX exports and the XLSX import of cases. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseReportsApi {

    private final Cases cases;
    private final CaseStatistics statistics;
    private final CaseWorkbooks workbooks;
    private final CaseImport imports;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Accounts accounts;

    CaseReportsApi(Cases cases, CaseStatistics statistics, CaseWorkbooks workbooks, CaseImport imports,
                   Organizations organizations, AuditTrail audit, Accounts accounts) {
        this.cases = cases;
        this.statistics = statistics;
        this.workbooks = workbooks;
        this.imports = imports;
        this.organizations = organizations;
        this.audit = audit;
        this.accounts = accounts;
    }

    @GetMapping("/statistics")
    CaseStatistics.Figures statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) Long organizationId) {
        return statistics.compute(from, to, organizationId, accounts.currentActor());
    }

    @GetMapping("/statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) Long organizationId) {
        Actor actor = accounts.currentActor();
        CaseStatistics.Figures f = statistics.compute(from, to, organizationId, actor);
        String body = organizationId == null ? null : organizations.find(new OrganizationId(organizationId))
                .map(OrganizationSummary::name).orElse(null);
        return xlsx(workbooks.statistics(f, body, LocaleContextHolder.getLocale()), "thong-ke-vu-viec.xlsx");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String stage,
                                  @RequestParam(required = false) Long organizationId,
                                  @RequestParam(required = false) Boolean overdue) {
        Actor actor = accounts.currentActor();
        List<CaseDetails> list = cases.listAll(CasesApi.filter(kind, stage, organizationId, overdue), actor);
        audit.recordEvent("EXPORT", actor.username(), "case", null, list.size() + " cases to XLSX");
        return xlsx(workbooks.list(list, LocaleContextHolder.getLocale()), "vu-viec.xlsx");
    }

    @GetMapping("/import-template.xlsx")
    ResponseEntity<byte[]> template() {
        return xlsx(workbooks.importTemplate(LocaleContextHolder.getLocale()), "mau-nhap-vu-viec.xlsx");
    }

    /** The XLSX file as the raw request body; all rows or none. */
    @PostMapping("/import")
    ResponseEntity<Map<String, Object>> importCases(HttpServletRequest request) throws IOException {
        List<Long> ids = imports.importCases(request.getInputStream().readAllBytes(), accounts.currentActor());
        return ResponseEntity.created(URI.create("/api/v1/cases")).body(Map.of("imported", ids.size(), "ids", ids));
    }

    static ResponseEntity<byte[]> xlsx(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CaseWorkbooks.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
