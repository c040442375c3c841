package vn.phoihop.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks users up for the sign-in form. */
@Service
class UserDirectory implements UserDetailsService {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.strip()).map(Accounts::principal)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
