package vn.phoihop.shared;

import java.util.Set;

/** Who is acting: the signed-in user (or a token's user), with their body and roles. */
public record Actor(UserId id, String username, String fullName, OrganizationId organizationId, Set<Role> roles) implements java.io.Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** True when the actor holds the role and belongs to the given body. */
    public boolean actsFor(Role role, OrganizationId body) {
        return has(role) && organizationId != null && organizationId.equals(body);
    }

    public boolean belongsTo(OrganizationId body) {
        return organizationId != null && organizationId.equals(body);
    }
}
