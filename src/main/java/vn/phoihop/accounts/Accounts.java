package vn.phoihop.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.PersonId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.Text;
import vn.phoihop.shared.UserId;

/** Users and who is acting now. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    static final Set<String> LOCALES = Set.of("vi", "en");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 12;
    private static final PasswordPolicy PASSWORDS = PasswordPolicy.load();

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final Organizations organizations;

    Accounts(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwords, Organizations organizations) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.organizations = organizations;
    }

    /** The signed-in user or token holder; throws when nobody is signed in. */
    public Actor currentActor() {
        return findCurrentActor().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public Optional<Actor> findCurrentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    @Transactional
    public UserSummary register(UserForm form) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String username = Text.clean(form.username());
        if (username == null) {
            errors.add("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "accounts.username.pattern");
        }
        String password = form.password();
        if (password == null || password.isEmpty()) {
            errors.add("password", "validation.required");
        } else if (password.length() < MIN_PASSWORD) {
            errors.add("password", "accounts.password.tooShort", MIN_PASSWORD);
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username)) {
            errors.add("password", "accounts.password.containsUsername");
        } else if (PASSWORDS.isGuessable(password)) {
            errors.add("password", "security.password.common");
        }
        String fullName = Text.clean(form.fullName());
        if (fullName == null) {
            errors.add("fullName", "validation.required");
        }
        String email = Text.clean(form.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add("email", "validation.email");
        }
        String locale = form.locale() == null ? "vi" : form.locale();
        if (!LOCALES.contains(locale)) {
            errors.add("locale", "accounts.locale.unknown");
        }
        if (form.organizationId() == null) {
            errors.add("organizationId", "validation.required");
        } else if (!organizations.exists(new OrganizationId(form.organizationId()))) {
            errors.add("organizationId", "organizations.unknown");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (form.roles() == null || form.roles().isEmpty()) {
            errors.add("roles", "accounts.roles.required");
        } else {
            for (int i = 0; i < form.roles().size(); i++) {
                try {
                    roles.add(Role.valueOf(form.roles().get(i)));
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add("roles[" + i + "]", "accounts.roles.unknown");
                }
            }
        }
        errors.throwIfAny();
        if (users.findByUsername(username).isPresent()) {
            throw new Conflict("accounts.username.taken", username);
        }
        User user = users.save(new User(username, passwords.encode(password), fullName, email, locale,
                form.personId(), form.organizationId(), roles));
        return summary(user);
    }

    /** The first administrator, created once on an empty database. */
    @Transactional
    UserSummary registerAdministrator(String password) {
        User admin = users.save(new User("admin", passwords.encode(password), "Quản trị hệ thống", null, "vi", null,
                null, EnumSet.of(Role.ADMIN)));
        return summary(admin);
    }

    boolean hasAnyUser() {
        return users.count() > 0;
    }

    @Transactional
    public UserSummary deactivate(UserId id) {
        User user = users.findById(id.value()).orElseThrow(() -> new NotFound("user", id));
        // An administrator who locks themselves out may leave nobody able to administer the system.
        if (findCurrentActor().map(a -> a.id().equals(id)).orElse(false)) {
            throw new vn.phoihop.shared.Forbidden("admin.users.deactivateSelf");
        }
        user.deactivate();
        tokens.findByUserId(user.id()).forEach(t -> t.revoke(java.time.Instant.now()));
        return summary(users.saveAndFlush(user));
    }

    @Transactional
    public void changeLocale(UserId id, String locale) {
        if (!LOCALES.contains(locale)) {
            throw InvalidInput.of("locale", "accounts.locale.unknown");
        }
        users.findById(id.value()).ifPresent(u -> u.changeLocale(locale));
    }

    public List<UserSummary> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(Accounts::summary).toList();
    }

    public UserSummary get(UserId id) {
        return users.findById(id.value()).map(Accounts::summary).orElseThrow(() -> new NotFound("user", id));
    }

    static UserSummary summary(User u) {
        return new UserSummary(new UserId(u.id()), u.username(), u.fullName(), u.email(), u.locale(),
                PersonId.ofNullable(u.personId()), OrganizationId.ofNullable(u.organizationId()),
                u.roles().stream().map(Enum::name).sorted().toList(), u.active(), u.version());
    }

    static SignedInUser principal(User u) {
        return new SignedInUser(new Actor(new UserId(u.id()), u.username(), u.fullName(),
                OrganizationId.ofNullable(u.organizationId()), u.roles()), u.passwordHash(), u.active(), u.locale());
    }
}
