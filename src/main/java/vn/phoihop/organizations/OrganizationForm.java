package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.List;

/** What registers a body (API and page alike). */
public record OrganizationForm(String name, String shortName, OrganizationKind kind, Long parentId,
                               LocalDate validFrom, LocalDate validTo, Long successorId,
                               SuccessorRelation successorRelation, List<String> aliases) {
}
