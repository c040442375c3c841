package vn.phoihop.notifications;

import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server digests go through, when {@code spring.mail.host} is set: Spring Boot's mail sender when its
 * auto-configuration made one, otherwise one made here from the same {@code spring.mail.*} properties. The second
 * case is a jar processed ahead of time without {@code spring.mail.host} at build time, where Boot's bean condition
 * was fixed to «no mail» by the build.
 */
@Component
class SmtpServer {

    private final ObjectProvider<JavaMailSender> boot;
    private final Environment environment;
    private volatile JavaMailSender own;

    SmtpServer(ObjectProvider<JavaMailSender> boot, Environment environment) {
        this.boot = boot;
        this.environment = environment;
    }

    /** The sender, or null when no SMTP server is configured (nothing is mailed then). */
    JavaMailSender sender() {
        JavaMailSender sender = boot.getIfAvailable();
        if (sender != null) {
            return sender;
        }
        sender = own;
        if (sender == null) {
            MailProperties mail = Binder.get(environment).bind("spring.mail", MailProperties.class)
                    .orElseGet(MailProperties::new);
            if (mail.getHost() == null || mail.getHost().isBlank()) {
                return null;
            }
            own = sender = of(mail);
        }
        return sender;
    }

    /** As Spring Boot configures its sender (without SSL bundles, which need Boot's own configuration). */
    private static JavaMailSender of(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        if (mail.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        }
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        if (mail.getSsl().isEnabled()) {
            properties.setProperty("mail." + mail.getProtocol() + ".ssl.enable", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
