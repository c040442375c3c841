package vn.phoihop.audit;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.shared.Page;

/** The audit trail for administrators: search it, link it now, verify its hash chain. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    Page<AuditEntry> search(@RequestParam(required = false) String entityType,
                            @RequestParam(required = false) Long entityId,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return trail.search(new AuditFilter(entityType, entityId, actor, from, to), page, size);
    }

    @GetMapping("/verify")
    AuditVerification verify() {
        return trail.verify();
    }

    @PostMapping("/link")
    Map<String, Integer> link() {
        return Map.of("linked", trail.link());
    }
}
