package vn.phoihop.programs;

/**
 * What sets a program's regulation (API {@code PUT} and the edit page). The cadence is text so that a wrong
 * value is answered after the permission check, naming the field. {@code version} is optional: when sent, a
 * stale one is refused (409).
 */
public record RegulationForm(String reportCadence, Integer reportDueDay, Integer infoRequestResponseDays,
                             Integer reviewIntervalMonths, Long version) {
}
