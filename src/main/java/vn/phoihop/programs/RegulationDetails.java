package vn.phoihop.programs;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * A program's framework regulation (quy chế phối hợp): the periodic-report cadence and due day (a day of the
 * month after each period ends), the response limit for information requests in working days, the review
 * interval (at most six months), and the body that keeps the secretariat. {@code isDefault} when nobody has
 * saved one for the program: the documented defaults apply (quarterly reports due on the 15th, 5 working days,
 * a review every 6 months).
 */
public record RegulationDetails(ProgramId programId, OrganizationId keeperOrganizationId,
                                ReportCadence reportCadence, int reportDueDay, int infoRequestResponseDays,
                                int reviewIntervalMonths, @JsonProperty("isDefault") boolean isDefault,
                                Instant updatedAt, String updatedBy, long version) {

    public static final ReportCadence DEFAULT_CADENCE = ReportCadence.QUARTERLY;
    public static final int DEFAULT_DUE_DAY = 15;
    public static final int DEFAULT_RESPONSE_DAYS = 5;
    public static final int DEFAULT_REVIEW_MONTHS = 6;
    /** The program requires a review (sơ kết) at least every six months. */
    public static final int MAX_REVIEW_MONTHS = 6;

    /** The regulation a program follows until its secretariat saves one. */
    public static RegulationDetails defaults(ProgramId programId, OrganizationId keeper) {
        return new RegulationDetails(programId, keeper, DEFAULT_CADENCE, DEFAULT_DUE_DAY, DEFAULT_RESPONSE_DAYS,
                DEFAULT_REVIEW_MONTHS, true, null, null, 0);
    }
}
