package vn.phoihop.cases;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long after a case is closed its citizen's personal data is kept before being erased
 *                  (Personal Data Protection Law 2025); default five years
 * @param retentionCron when the daily erasure runs (zone Asia/Ho_Chi_Minh); "-" turns it off
 */
@ConfigurationProperties("phoihop.cases")
record CasesProperties(@DefaultValue("P5Y") Period retention, @DefaultValue("0 30 2 * * *") String retentionCron) {
}
