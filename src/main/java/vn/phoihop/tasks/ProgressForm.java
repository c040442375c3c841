package vn.phoihop.tasks;

import java.time.LocalDate;

/** A progress report as sent. */
public record ProgressForm(LocalDate reportedOn, Integer percent, String text, Boolean completed, String visibility) {
}
