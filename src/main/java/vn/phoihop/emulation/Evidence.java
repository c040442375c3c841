package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One item a criterion counted for a body, so that a person can check a score: a task, a periodic report, an
 * information request or a rating. {@code onTime}: whether it counts in the numerator; {@code url}: its page.
 */
public record Evidence(String kind, Long id, String label, LocalDate dueDate, LocalDate doneOn, String status,
                       boolean onTime, BigDecimal rating, String enteredBy, String url) {
}
