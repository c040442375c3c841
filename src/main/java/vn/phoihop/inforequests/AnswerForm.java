package vn.phoihop.inforequests;

import java.time.LocalDate;

/** The recipient's answer to a request; {@code answeredOn} defaults to today. */
public record AnswerForm(LocalDate answeredOn, String content) {
}
