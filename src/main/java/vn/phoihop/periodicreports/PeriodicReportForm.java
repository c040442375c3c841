package vn.phoihop.periodicreports;

import java.time.LocalDate;

/** A party's report for the period starting on {@code periodStart}, with an optional file; submitted today. */
public record PeriodicReportForm(Long organizationId, LocalDate periodStart, String text,
                                 ReportAttachment attachment) {
}
