package vn.phoihop.reviews;

import java.time.LocalDate;
import java.util.Map;

import vn.phoihop.shared.ProgramId;

/**
 * A module that adds a section of figures to reviews (periodic reports, information requests, later cases):
 * implemented by a {@code @Component} in that module, so that reviews never know its tables. Figures are plain
 * JSON values (numbers, strings, lists and maps of them), computed as of {@code periodEnd}.
 */
public interface ReviewFigureContributor {

    /** The key of the section in {@code figures.sections}, e.g. {@code periodicReports}. */
    String section();

    Map<String, Object> figures(ProgramId program, LocalDate periodStart, LocalDate periodEnd);
}
