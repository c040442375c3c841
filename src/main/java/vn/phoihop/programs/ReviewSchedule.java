package vn.phoihop.programs;

import java.time.LocalDate;

import vn.phoihop.shared.ProgramId;

/**
 * When a program's next review (sơ kết) is due. The reviews module answers it, so that the program list can flag
 * programs whose review is overdue without this module knowing about reviews.
 */
public interface ReviewSchedule {

    LocalDate nextReviewDue(ProgramId program);
}
