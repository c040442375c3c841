package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.ProgramId;

/** A movement with its criteria and weights; {@code isDefault}: the program's own, made on first use. */
public record MovementDetails(long id, ProgramId programId, String title, LocalDate periodStart, LocalDate periodEnd,
                              boolean isDefault, List<CriterionDetails> criteria, long version) {

    /** A criterion; {@code maxValue} is the top of a manual criterion's scale (null for built-in ones). */
    public record CriterionDetails(long id, long movementId, String code, CriterionKind kind, String title,
                                   BigDecimal weight, BigDecimal maxValue, long version) {
    }
}
