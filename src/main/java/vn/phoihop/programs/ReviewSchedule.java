package vn.phoihop.programs;

import java.time.LocalDate;

import vn.phoihop.shared.ProgramId;

/**
 * When a program's next review (sơ kết) is due. The reviews module answers it, so that the program list can flag
 * programs whose review is overdue without this module knowing about reviews.
 */
public interface ReviewSchedule {

    LocalDate nextReviewDue(ProgramId program);

    /** {@link #nextReviewDue(ProgramId)} of many programs at once (the program list: a fixed number of queries). */
    default java.util.Map<ProgramId, LocalDate> nextReviewDue(java.util.List<ProgramDetails> programs) {
        java.util.Map<ProgramId, LocalDate> due = new java.util.HashMap<>();
        programs.forEach(p -> due.put(p.id(), nextReviewDue(p.id())));
        return due;
    }
}
