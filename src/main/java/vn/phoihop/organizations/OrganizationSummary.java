package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.shared.OrganizationId;

/** A body as others see it. {@code active} is as of today. */
public record OrganizationSummary(OrganizationId id, String name, String shortName, OrganizationKind kind,
                                  OrganizationId parentId, LocalDate validFrom, LocalDate validTo,
                                  OrganizationId successorId, SuccessorRelation successorRelation,
                                  List<String> aliases, boolean active, long version) {

    /** The short name where there is one: what lists and badges show. */
    public String label() {
        return shortName != null ? shortName : name;
    }
}
