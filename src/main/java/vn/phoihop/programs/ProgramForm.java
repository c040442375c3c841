package vn.phoihop.programs;

import java.time.LocalDate;
import java.util.List;

/** What creates a program (API and page). */
public record ProgramForm(String title, Integer year, LocalDate periodStart, LocalDate periodEnd, String code,
                          Long keeperOrganizationId, List<PartyForm> parties, Boolean isPublic,
                          Long previousProgramId) {

    public record PartyForm(Long organizationId, Long signatoryPositionId) {
    }
}
