package vn.phoihop.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues opaque tokens (only their hash is stored), checks and revokes them. */
@Service
class ApiTokens {

    /** What a sign-in for a token came to. */
    sealed interface Outcome permits Issued, Refused, Locked {
    }

    record Issued(String token, Instant expiresAt) implements Outcome {
    }

    /** Wrong username or password, or a deactivated account. */
    record Refused() implements Outcome {
    }

    /** The account is locked for this long (even for the right password). */
    record Locked(Duration retryAfter) implements Outcome {
    }

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AccountsProperties properties;
    private final Clock clock;
    private final SignInGuard guard;
    // A hash computed for unknown usernames too, so both failures take the same time. Made by the first sign-in
    // attempt whoever asks (not at start-up, where a bcrypt hash costs a noticeable part of a second).
    private volatile String dummyHash;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, PasswordEncoder passwords,
              AccountsProperties properties, Clock clock, SignInGuard guard) {
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
        this.guard = guard;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            synchronized (this) {
                hash = dummyHash;
                if (hash == null) {
                    hash = passwords.encode("not-a-real-password");
                    dummyHash = hash;
                }
            }
        }
        return hash;
    }

    /** Checks the lock, then the password; every attempt is counted and audited by the {@link SignInGuard}. */
    @Transactional
    Outcome issue(String username, String password, String address) {
        Optional<Duration> locked = guard.lockedFor(username);
        if (locked.isPresent()) {
            guard.refusedWhileLocked(username, address, "api");
            return new Locked(locked.get());
        }
        String dummy = dummyHash();
        Optional<User> user = username == null ? Optional.empty() : users.findByUsername(username.strip());
        String hash = user.map(User::passwordHash).orElse(dummy);
        boolean matches = password != null && passwords.matches(password, hash);
        if (user.isEmpty() || !matches || !user.get().active()) {
            if (guard.failed(username, address, "api")) {
                return new Locked(guard.lockedFor(username).orElse(Duration.ofSeconds(1)));
            }
            return new Refused();
        }
        guard.succeeded(username, address, "api");
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.tokenLifetime());
        tokens.save(new ApiToken(user.get().id(), hash(token), now, expires));
        return new Issued(token, expires);
    }

    @Transactional(readOnly = true)
    Optional<SignedInUser> authenticate(String token) {
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.isValidAt(clock.instant()))
                .flatMap(t -> users.findById(t.userId()))
                .filter(User::active)
                .map(Accounts::principal);
    }

    @Transactional
    boolean revoke(String token) {
        Optional<ApiToken> found = tokens.findByTokenHash(hash(token));
        found.ifPresent(t -> t.revoke(clock.instant()));
        return found.isPresent();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
