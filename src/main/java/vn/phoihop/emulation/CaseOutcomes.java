package vn.phoihop.emulation;

import java.time.LocalDate;
import java.util.Optional;

import vn.phoihop.shared.OrganizationId;

/**
 * Implemented (as a bean) by the cases module, which emulation cannot depend on: how many of the cases a body handles
 * that it resolved within a period were resolved on time (within the resolution limit in force). While no bean implements it the criterion
 * {@link BuiltInCriterion#CASES_ON_TIME} is <em>unavailable</em> for every body — shown as such and left out of the
 * weights, never counted as zero.
 */
public interface CaseOutcomes {

    /**
     * The share of the body's cases resolved within {@code from}–{@code to} (inclusive) that were resolved on time;
     * empty when the body resolved none (the criterion is then not applicable to it).
     */
    Optional<Share> resolvedOnTime(OrganizationId body, LocalDate from, LocalDate to);
}
