package vn.phoihop.accounts;

import java.util.List;

/** What creates a user; the password is never returned. */
public record UserForm(String username, String password, String fullName, String email, String locale,
                       Long personId, Long organizationId, List<String> roles) {
}
