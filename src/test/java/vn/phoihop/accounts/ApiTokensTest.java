package vn.phoihop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import vn.phoihop.shared.Role;

/** Tokens live as long as {@code phoihop.accounts.token-lifetime} says, and not a moment after a revocation. */
class ApiTokensTest {

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-03-02T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Hands clock = new Hands();
    final Map<String, ApiToken> stored = new HashMap<>();
    final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder(4);
    ApiTokens tokens;

    @BeforeEach
    void wire() {
        UserRepository users = mock(UserRepository.class);
        ApiTokenRepository repository = mock(ApiTokenRepository.class);
        SignInGuard guard = mock(SignInGuard.class);
        User user = new User("nguyen.van.a", passwords.encode("mot-mat-khau-du-dai"), "Nguyễn Văn A", null, "vi",
                null, 3L, EnumSet.of(Role.LEADER));
        ReflectionTestUtils.setField(user, "id", 11L);
        when(users.findByUsername("nguyen.van.a")).thenReturn(Optional.of(user));
        when(users.findById(11L)).thenReturn(Optional.of(user));
        when(repository.save(any())).thenAnswer(call -> {
            ApiToken token = call.getArgument(0);
            stored.put((String) ReflectionTestUtils.getField(token, "tokenHash"), token);
            return token;
        });
        when(repository.findByTokenHash(anyString())).thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0))));
        when(guard.lockedFor(any())).thenReturn(Optional.empty());
        AccountsProperties properties = new AccountsProperties(null, Path.of("target"), Duration.ofMinutes(5), 4);
        tokens = new ApiTokens(repository, users, passwords, properties, clock, guard);
    }

    String issue() {
        ApiTokens.Outcome outcome = tokens.issue("nguyen.van.a", "mot-mat-khau-du-dai", "127.0.0.1");
        assertThat(outcome).isInstanceOf(ApiTokens.Issued.class);
        ApiTokens.Issued issued = (ApiTokens.Issued) outcome;
        assertThat(issued.expiresAt()).isEqualTo(clock.now.plus(Duration.ofMinutes(5)));
        return issued.token();
    }

    @Test
    void aTokenWorksUntilItsLifetimeEndsAndNotAfter() {
        String token = issue();
        clock.now = clock.now.plus(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(tokens.authenticate(token)).map(SignedInUser::getUsername).hasValue("nguyen.van.a");
        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.authenticate(token)).isEmpty();
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        String token = issue();
        assertThat(tokens.revoke(token)).isTrue();
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.revoke("never-issued")).isFalse();
    }

    @Test
    void storesOnlyTheHashOfAToken() {
        String token = issue();
        assertThat(stored).containsOnlyKeys(ApiTokens.hash(token)).doesNotContainKey(token);
    }

    @Test
    void refusesTheWrongPasswordAndALockedAccount() {
        assertThat(tokens.issue("nguyen.van.a", "sai-mat-khau", "127.0.0.1")).isInstanceOf(ApiTokens.Refused.class);
        assertThat(tokens.issue("nobody", "mot-mat-khau-du-dai", "127.0.0.1")).isInstanceOf(ApiTokens.Refused.class);
    }
}
