package vn.phoihop.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;

import vn.phoihop.audit.AuditTrail;
import vn.phoihop.shared.Text;

/**
 * Counts failed sign-ins, page form and API token alike, and records every attempt in the audit trail. An account
 * with {@code accountFailures} failures within {@code accountWindow} is locked for {@code lockDuration}: counters and
 * locks are in the database so that every node agrees. Failures are also limited per client address (Bucket4j, in
 * memory: an address hammering one node is slowed by that node).
 */
@Service
class SignInGuard {

    static final String LOGIN = "login";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SignInProperties limits;
    private final AuditTrail audit;
    private final UserRepository users;
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    SignInGuard(JdbcTemplate jdbc, Clock clock, SignInProperties limits, AuditTrail audit, UserRepository users) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
        this.audit = audit;
        this.users = users;
    }

    /** How much longer the account stays locked, when it is. */
    @Transactional(readOnly = true)
    Optional<Duration> lockedFor(String username) {
        String name = key(username);
        if (name == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.query("select locked_until from account_lock where username = ?",
                        (rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant(), name).stream()
                .filter(now::isBefore).findFirst().map(until -> roundUp(Duration.between(now, until)));
    }

    /** How long the client address must wait before its next attempt, when it has failed too often. */
    Optional<Duration> throttledFor(String address) {
        Bucket bucket = addresses.get(address);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty()
                : Optional.of(roundUp(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    /** A failed attempt; answers true when it locked the account. */
    @Transactional
    boolean failed(String username, String address, String via) {
        addresses.computeIfAbsent(address, a -> bucket()).tryConsume(1);
        String name = key(username);
        audit.recordEvent("LOGIN_FAILURE", name == null ? "anonymous" : name, LOGIN, userId(name), details(via, address));
        if (name == null) {
            return false;
        }
        Instant now = clock.instant();
        jdbc.update("insert into login_failure (username, client_address, occurred_at) values (?, ?, ?)", name,
                address, utc(now));
        Long recent = jdbc.queryForObject("select count(*) from login_failure where username = ? and occurred_at > ?",
                Long.class, name, utc(now.minus(limits.accountWindow())));
        if (recent == null || recent < limits.accountFailures()) {
            return false;
        }
        Instant until = now.plus(limits.lockDuration());
        jdbc.update("insert into account_lock (username, locked_until) values (?, ?) on conflict do nothing", name,
                utc(until));
        jdbc.update("update account_lock set locked_until = ? where username = ?", utc(until), name);
        jdbc.update("delete from login_failure where username = ?", name);
        audit.recordEvent("ACCOUNT_LOCKED", name, LOGIN, userId(name),
                details(via, address) + " until=" + until.truncatedTo(ChronoUnit.SECONDS));
        return true;
    }

    /** An attempt refused because the account is locked: audited, not counted (the lock does not grow). */
    @Transactional
    void refusedWhileLocked(String username, String address, String via) {
        String name = key(username);
        audit.recordEvent("LOGIN_FAILURE", name, LOGIN, userId(name), details(via, address) + " locked");
    }

    /** A successful sign-in clears the account's failures. */
    @Transactional
    void succeeded(String username, String address, String via) {
        String name = key(username);
        jdbc.update("delete from login_failure where username = ?", name);
        audit.recordEvent("LOGIN_SUCCESS", name, LOGIN, userId(name), details(via, address));
    }

    /** Forgets what no longer counts: old failures, ended locks, addresses whose limit has refilled. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    @Transactional
    void forgetOld() {
        Instant now = clock.instant();
        jdbc.update("delete from login_failure where occurred_at < ?", utc(now.minus(Duration.ofDays(1))));
        jdbc.update("delete from account_lock where locked_until < ?", utc(now));
        addresses.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limits.failuresPerAddress());
    }

    private Bucket bucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limits.failuresPerAddress())
                .refillGreedy(limits.failuresPerAddress(), limits.addressWindow()).build()).build();
    }

    private Long userId(String name) {
        return name == null ? null : users.findByUsername(name).map(User::id).orElse(null);
    }

    static String key(String username) {
        String name = Text.clean(username);
        if (name == null) {
            return null;
        }
        name = name.toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String details(String via, String address) {
        return "via=" + via + " address=" + address;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Duration roundUp(Duration d) {
        return Duration.ofSeconds(Math.max(1, d.getSeconds() + (d.getNano() > 0 ? 1 : 0)));
    }
}
