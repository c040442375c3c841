package vn.phoihop.opinion;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.reviews.ReviewFigureContributor;
import vn.phoihop.shared.ProgramId;

/** The public-opinion section of a review: the notes dated within the period, by tone, in all and by topic. */
@Component
@Order(4)
class OpinionFigures implements ReviewFigureContributor {

    private final Opinions opinions;

    OpinionFigures(Opinions opinions) {
        this.opinions = opinions;
    }

    @Override
    public String section() {
        return "opinion";
    }

    @Override
    public Map<String, Object> figures(ProgramId program, LocalDate periodStart, LocalDate periodEnd) {
        return opinions.summaryFor(program, periodStart, periodEnd).asFigures();
    }
}
