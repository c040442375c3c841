package vn.phoihop.accounts;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional sign-in through an OpenID Connect provider (configured with {@code spring.security.oauth2.client.*}): the
 * provider vouches for who the person is, PhoiHop still decides what they may do. The claim named by
 * {@code phoihop.security.oidc-username-claim} must name an active local user whose account is not locked; roles
 * and body come from that user, never from the provider.
 */
@Service
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    // Made at the first OpenID Connect sign-in: most installations have no provider, and its HTTP client and
    // token classes are not worth loading at start-up.
    private volatile OidcUserService provider;
    private final UserRepository users;
    private final SignInGuard guard;
    private final SignInProperties properties;

    OidcAccounts(UserRepository users, SignInGuard guard, SignInProperties properties) {
        this.users = users;
        this.guard = guard;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider().loadUser(request);
        String username = SignInGuard.key(oidc.getClaimAsString(properties.oidcUsernameClaim()));
        if (username == null) {
            throw refused("missing_username");
        }
        if (guard.lockedFor(username).isPresent()) {
            throw refused("account_locked");
        }
        return users.findByUsername(username).filter(User::active)
                .map(u -> new OidcSignedInUser(Accounts.principal(u), oidc))
                .orElseThrow(() -> refused("unknown_user"));
    }

    private OidcUserService provider() {
        OidcUserService service = provider;
        if (service == null) {
            synchronized (this) {
                service = provider;
                if (service == null) {
                    service = new OidcUserService();
                    provider = service;
                }
            }
        }
        return service;
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
