package vn.phoihop.accounts;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A local user signed in through an OpenID Connect provider: the same principal as a form sign-in, plus the ID token. */
final class OidcSignedInUser extends SignedInUser implements OidcUser {

    private static final long serialVersionUID = 1L;

    private final OidcUser oidc;

    OidcSignedInUser(SignedInUser local, OidcUser oidc) {
        super(local.actor(), local.getPassword(), local.isEnabled(), local.locale());
        this.oidc = oidc;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
