package vn.phoihop.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on its own in-memory H2 database with a low per-address sign-in limit and an OpenID Connect
 * provider ({@link FakeOpenIdProvider}): for the tests that break the audit chain, exhaust the limit of 127.0.0.1 or
 * need a provider, which would disturb or change every other test on the shared context. Every class using it
 * shares this one Spring context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:phoihop-isolated;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "phoihop.security.failures-per-address=" + OnIsolatedH2.FAILURES_PER_ADDRESS,
        // The test links on demand; the scheduled linker would race it.
        "phoihop.audit.link-interval=3600000"})
@ActiveProfiles("h2test")
@ContextConfiguration(initializers = FakeOpenIdProvider.class)
public @interface OnIsolatedH2 {

    int FAILURES_PER_ADDRESS = 5;
}
