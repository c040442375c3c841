package vn.phoihop.accounts;

import java.util.List;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PersonId;
import vn.phoihop.shared.UserId;

/** A user as shown to administrators and over the API (never the password). */
public record UserSummary(UserId id, String username, String fullName, String email, String locale,
                          PersonId personId, OrganizationId organizationId, List<String> roles, boolean active,
                          long version) {
}
