package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PersonId;
import vn.phoihop.shared.PositionId;

/** A person with every position they hold or held. */
public record PersonDetails(PersonId id, String fullName, List<PositionDetails> positions, long version) {

    /** A position as it is recorded: who, which body, which title, from when to when. */
    public record PositionDetails(PositionId id, PersonId personId, String personName, OrganizationId organizationId,
                                  String title, LocalDate from, LocalDate to) {
    }
}
