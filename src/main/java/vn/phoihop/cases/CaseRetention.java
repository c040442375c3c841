package vn.phoihop.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditTrail;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;

/**
 * Erases the citizen's name, address, identity number and phone of cases closed (or withdrawn) longer ago than the
 * retention period; the case's facts stay for statistics. Runs daily on every node — idempotent, so several nodes
 * do no harm — and on demand ({@code POST /api/v1/cases/retention}, ADMIN). Each erasure is an audited change with
 * the reason "retention".
 */
@Service
public class CaseRetention {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRetention.class);

    private final CaseRepository cases;
    private final CasesProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    CaseRetention(CaseRepository cases, CasesProperties properties, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${phoihop.cases.retention-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        int n = eraseExpired(LocalDate.now(clock));
        if (n > 0) {
            LOG.info("Erased the personal data of {} closed cases past retention", n);
        }
    }

    /** The day the daily erasure anonymises a case closed on {@code closedOn}: the first day past the retention. */
    public LocalDate erasureDay(LocalDate closedOn) {
        LocalDate day = closedOn.plus(properties.retention()).plusDays(1);
        // Counting back a period from 29 February lands a day early: the rule below is the one eraseExpired applies.
        while (!closedOn.isBefore(day.minus(properties.retention()))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Runs the erasure now (ADMIN); returns how many cases were anonymised. */
    @Transactional
    public int eraseExpired(Actor actor) {
        if (!actor.isAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
        return eraseExpired(LocalDate.now(clock));
    }

    /** Anonymises the cases closed before {@code today} minus the retention period. */
    @Transactional
    public int eraseExpired(LocalDate today) {
        LocalDate before = today.minus(properties.retention());
        return audit.withReason("retention: personal data kept " + properties.retention() + " after closure", () -> {
            List<CitizenCase> expired = cases.closedBefore(before);
            expired.forEach(c -> c.eraseCitizen(today));
            cases.saveAll(expired);
            return expired.size();
        });
    }
}
