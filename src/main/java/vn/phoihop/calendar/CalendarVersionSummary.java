package vn.phoihop.calendar;

import java.time.Instant;

/**
 * One calendar version: which year an administrator edited or returned to the shipped rule, who and when.
 *
 * @param version         the version number
 * @param year            the year edited
 * @param restoresDefault true when the edit returned the year to the announced arrangement or default rule
 * @param createdBy       the administrator's username
 * @param createdAt       when the version was saved
 */
public record CalendarVersionSummary(long version, int year, boolean restoresDefault, String createdBy,
                                     Instant createdAt) {
}
