package vn.phoihop.accounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start with no user, creates {@code admin}: with PHOIHOP_ADMIN_PASSWORD when set, otherwise a random
 * password printed once in the log and written to {@code <data dir>/initial-admin-password}, owner-readable only.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Accounts accounts;
    private final AccountsProperties properties;

    AdministratorBootstrap(Accounts accounts, AccountsProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.hasAnyUser()) {
            return;
        }
        String password = properties.adminPassword();
        if (password != null && !password.isBlank()) {
            accounts.registerAdministrator(password);
            log.info("Created the administrator 'admin' with the password from PHOIHOP_ADMIN_PASSWORD");
            return;
        }
        byte[] raw = new byte[18];
        new SecureRandom().nextBytes(raw);
        password = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        accounts.registerAdministrator(password);
        Path file = properties.dataDir().resolve("initial-admin-password");
        Files.createDirectories(properties.dataDir());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, password + System.lineSeparator());
        log.warn("Created the administrator 'admin' with password: {} (also in {}; change it)", password, file);
    }
}
