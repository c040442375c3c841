package vn.phoihop.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.phoihop.shared.Actor;

/** The security principal for pages, tokens and OpenID Connect sign-ins alike. */
class SignedInUser implements UserDetails {

    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String passwordHash;
    private final boolean active;
    private final String locale;

    SignedInUser(Actor actor, String passwordHash, boolean active, String locale) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.active = active;
        this.locale = locale;
    }

    Actor actor() {
        return actor;
    }

    String locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }
}
