package vn.phoihop.accounts;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The OpenID Connect providers configured with {@code spring.security.oauth2.client.registration.*} (and
 * {@code ...provider.*}), read when the application starts, as Spring Boot reads them; none is the usual case.
 * Defined by the application rather than by Boot's auto-configuration, which exists only when the properties are set
 * while the build processes the application ahead of time: the same jar must offer a provider configured at run time.
 */
final class OidcProviders implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private final Map<String, ClientRegistration> registrations;

    private OidcProviders(Map<String, ClientRegistration> registrations) {
        this.registrations = registrations;
    }

    static OidcProviders from(Environment environment) {
        OAuth2ClientProperties properties = Binder.get(environment)
                .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .orElseGet(OAuth2ClientProperties::new);
        properties.validate();
        var registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
        return new OidcProviders(new LinkedHashMap<>(registrations));
    }

    boolean isEmpty() {
        return registrations.isEmpty();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return registrations.get(registrationId);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return registrations.values().iterator();
    }
}
