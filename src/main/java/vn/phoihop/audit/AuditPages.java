package vn.phoihop.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Page;
import vn.phoihop.web.FormErrors;

/** The administrator's audit viewer with its filters, and the check of the hash chain. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final FormErrors formErrors;

    AuditPages(AuditTrail trail, FormErrors formErrors) {
        this.trail = trail;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long id = number(entityId, "entityId", errors);
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        model.addAttribute("filter", new Filter(entityType, entityId, actor, from, to));
        Page<AuditEntry> found = new Page<>(List.of(), 0);
        try {
            errors.throwIfAny();
            found = trail.search(new AuditFilter(entityType, id, actor, fromDay, toDay), Math.max(page, 0), PAGE_SIZE);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e);
        }
        model.addAttribute("entries", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "audit/list";
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("result", trail.verify());
        return "audit/verify";
    }

    /** The filter as typed, shown back in the form. */
    record Filter(String entityType, String entityId, String actor, String from, String to) {
    }

    private static Long number(String raw, String field, InvalidInput.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "validation.badValue");
            return null;
        }
    }

    private static LocalDate day(String raw, String field, InvalidInput.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "validation.badValue");
            return null;
        }
    }
}
