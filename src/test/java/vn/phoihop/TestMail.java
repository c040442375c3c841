package vn.phoihop;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The SMTP server the tests mail to: one in-process GreenMail per test JVM on a free port (so that test JVMs running
 * at once on one machine never collide), started when the first application with the {@code h2test} or
 * {@code pgtest} profile starts, which it points at it ({@code spring.mail.*}, with credentials); registered in
 * {@code META-INF/spring.factories} of the tests, so every cached test context and every application a test starts
 * itself share it without a context of their own. Stopped by a JVM shutdown hook.
 */
public final class TestMail implements EnvironmentPostProcessor, Ordered {

    public static final String USER = "phoihop";
    public static final String PASSWORD = "mat-khau-smtp";
    private static volatile GreenMail server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("h2test", "pgtest"))) {
            return;
        }
        GreenMail smtp = server();
        environment.getPropertySources().addFirst(new MapPropertySource("testMail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", smtp.getSmtp().getPort(),
                "spring.mail.username", USER,
                "spring.mail.password", PASSWORD,
                "spring.mail.properties.mail.smtp.auth", "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));
            smtp.start();
            Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
            server = smtp;
        }
        return server;
    }

    /** The messages received so far for an address (in any recipient field). */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                Address[] all = m.getAllRecipients();
                return all != null && Arrays.stream(all).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
