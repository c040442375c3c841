package vn.phoihop.opinion;

import java.time.LocalDate;

/** A note as sent; {@code notedOn} defaults to today, {@code tone} is POSITIVE, NEUTRAL or NEGATIVE. */
public record OpinionNoteForm(String topic, String source, String locality, String tone, Long taskId,
                              LocalDate notedOn, String content) {
}
