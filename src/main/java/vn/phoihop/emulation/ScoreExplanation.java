package vn.phoihop.emulation;

import java.util.List;

/** A body's score with, for each criterion, the items that were counted and how. */
public record ScoreExplanation(ScoreBoard.BodyScore score, long movementId, java.time.LocalDate from,
                               java.time.LocalDate to, List<CriterionEvidence> criteria) {

    public record CriterionEvidence(String code, String title, String status, List<Evidence> items) {
    }
}
