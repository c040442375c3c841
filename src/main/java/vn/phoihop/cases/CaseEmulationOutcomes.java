package vn.phoihop.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.emulation.CaseOutcomes;
import vn.phoihop.emulation.Share;
import vn.phoihop.shared.OrganizationId;

/**
 * The emulation criterion CASES_ON_TIME: of the cases a body handles that it resolved within the period, how many
 * were resolved within the resolution limit in force — the same rule as the statistics' "resolved on time" column
 * ({@link CaseStatusRule#onTime}).
 */
@Component
class CaseEmulationOutcomes implements CaseOutcomes {

    private final CaseRepository repository;
    private final Cases cases;

    CaseEmulationOutcomes(CaseRepository repository, Cases cases) {
        this.repository = repository;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Share> resolvedOnTime(OrganizationId body, LocalDate from, LocalDate to) {
        List<CitizenCase> resolved = repository.findByHandlingOrganizationIdInOrderByReceivedOnDescIdDesc(
                        List.of(body.value())).stream()
                .filter(c -> c.resolvedOn() != null && !c.resolvedOn().isBefore(from) && !c.resolvedOn().isAfter(to))
                .toList();
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Map<String, StatutoryDeadline>> dl = cases.deadlinesOf(resolved);
        int onTime = (int) resolved.stream()
                .filter(c -> Boolean.TRUE.equals(CaseStatusRule.onTime(c, dl.getOrDefault(c.id(), Map.of()))))
                .count();
        return Optional.of(new Share(onTime, resolved.size()));
    }
}
