package vn.phoihop.reviews;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.phoihop.programs.ReviewSchedule;
import vn.phoihop.shared.ProgramId;

/** Answers the programs module with the one six-month rule of {@link Reviews#nextReviewDue}. */
@Component
class ProgramReviewSchedule implements ReviewSchedule {

    private final Reviews reviews;

    ProgramReviewSchedule(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public LocalDate nextReviewDue(ProgramId program) {
        return reviews.nextReviewDue(program);
    }

    @Override
    public java.util.Map<ProgramId, LocalDate> nextReviewDue(java.util.List<vn.phoihop.programs.ProgramDetails> programs) {
        return reviews.nextReviewDue(programs);
    }
}
