package vn.phoihop.programs;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PositionId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.ThemeId;

/** A program with its parties and themes. Party names are as of signing once signed. */
public record ProgramDetails(ProgramId id, String title, int year, LocalDate periodStart, LocalDate periodEnd,
                             String code, OrganizationId keeperOrganizationId, String keeperName,
                             ProgramStatus status, LocalDate signedOn, LocalDate closedOn, boolean isPublic,
                             ProgramId previousProgramId, List<PartyDetails> parties, List<ThemeDetails> themes,
                             long version) {

    public record PartyDetails(long id, OrganizationId organizationId, String organizationName,
                               PositionId signatoryPositionId, String signatoryName, String signatoryTitle) {
    }

    public record ThemeDetails(ThemeId id, String title) {
        /** What pick-lists show. */
        public String label() {
            return title;
        }
    }
}
