package vn.phoihop.accounts;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword the first administrator's password (PHOIHOP_ADMIN_PASSWORD); random when empty
 * @param dataDir       where the embedded database and the initial administrator password live
 * @param tokenLifetime how long an API token lives
 * @param bcryptStrength the cost of password hashing (tests lower it to stay fast)
 */
@ConfigurationProperties("phoihop.accounts")
record AccountsProperties(String adminPassword, @DefaultValue("./data") Path dataDir,
                          @DefaultValue("8h") Duration tokenLifetime,
                          @DefaultValue("10") int bcryptStrength) {
}
