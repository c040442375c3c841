package vn.phoihop.accounts;

import java.time.Clock;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.util.function.SingletonSupplier;

import vn.phoihop.audit.AuditTrail;

/**
 * Two chains: the API answers with tokens and problem details (401, 403, 413, 429); pages sign in with a form and
 * a session (fixation protection by changing the session id, an idle and an absolute timeout). Both send a
 * Content-Security-Policy that allows no inline script, no framing, nosniff, a same-origin referrer policy and, over
 * HTTPS, Strict-Transport-Security; both audit every refusal (403) and limit request bodies.
 */
@Configuration
// Only @PreAuthorize is used: one method-security advisor instead of four (@PreFilter, @PostAuthorize and
// @PostFilter too), since every bean's every method is matched against each advisor at start-up.
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final long ONE_YEAR = 31_536_000;

    /** {@code @PreAuthorize} as {@code @EnableMethodSecurity} sets it up: SpEL with the application's beans. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorize(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
        manager.setExpressionHandler(expressions);
        manager.setApplicationContext(context);
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize(manager);
    }

    @Bean
    PasswordEncoder passwordEncoder(AccountsProperties properties) {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength()));
        return new DelegatingPasswordEncoder("bcrypt", encoders);
    }

    /**
     * The Prometheus metrics ({@code /actuator/prometheus}): operational figures only (requests per route template,
     * pool, JVM), yet not for everyone: the monitoring token or an ADMIN API token, never a page session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain monitoring(HttpSecurity http, ApiTokens tokens, MessageSource messages,
                                   SignInProperties limits) throws Exception {
        ProblemResponses problems = new ProblemResponses(messages);
        http.securityMatcher("/actuator/prometheus")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyAuthority(MonitoringTokenFilter.AUTHORITY, "ROLE_ADMIN"))
                .addFilterBefore(new MonitoringTokenFilter(limits.monitoringToken()), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> answerWithProblems(e, problems))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** The configured OpenID Connect providers, often none (Spring Security's {@code ClientRegistrationRepository}). */
    @Bean
    OidcProviders oidcProviders(Environment environment) {
        return OidcProviders.from(environment);
    }

    /**
     * Spring Security's manager of OAuth 2.0 authorized clients (for calls to other services with a user's token;
     * the application makes none, and OpenID Connect sign-in does not use it), made at its first use. Without this
     * bean Spring Security builds its default one at start-up, token clients for every grant type and a look-up of
     * each among all beans: 0.1–0.3 s of the main thread (bench/STARTUP.md, third session).
     */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(OidcProviders oidcProviders,
                                                          ObjectProvider<OAuth2AuthorizedClientRepository> clients) {
        SingletonSupplier<OAuth2AuthorizedClientManager> manager = SingletonSupplier.of(
                () -> new DefaultOAuth2AuthorizedClientManager(oidcProviders, clients.getObject()));
        return request -> manager.obtain().authorize(request);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, MessageSource messages, SignInGuard guard,
                            SignInProperties limits, AuditTrail audit) throws Exception {
        ProblemResponses problems = new ProblemResponses(messages);
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new DenialRecorder(audit), SecurityContextHolderFilter.class)
                .addFilterAfter(new RequestSizeLimit(limits.maxRequestBody().toBytes(), limits.maxUploadBody().toBytes(), problems), HeaderWriterFilter.class)
                .addFilterBefore(new SignInLimits(guard, problems, true), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> answerWithProblems(e, problems))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInGuard guard, SignInProperties limits, AuditTrail audit,
                              Clock clock, MessageSource messages,
                              OidcProviders oidcProviders, OidcAccounts oidcAccounts)
            throws Exception {
        SignInOutcomes outcomes = new SignInOutcomes(guard, clock);
        if (!oidcProviders.isEmpty()) {
            // Only when a provider is configured (spring.security.oauth2.client.registration.*).
            http.oauth2Login(o -> o.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(oidcAccounts))
                    .successHandler(outcomes).failureHandler(outcomes));
        }
        http.authorizeHttpRequests(a -> a
                        // The public accountability pages and feeds (publicpages): read-only, no login.
                        .requestMatchers(HttpMethod.GET, "/public/programs/*", "/public/programs/*/feed.atom").permitAll()
                        .requestMatchers("/login", SignInLimits.THROTTLED_PAGE, "/webjars/**", "/css/**", "/js/**",
                                "/images/**", "/favicon.ico", "/error", "/actuator/health", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        // iCalendar feeds: calendar programs cannot sign in; the secret in the address is the key.
                        .requestMatchers(HttpMethod.GET, "/ical/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // Spring's default, stated: a new session id at sign-in, so a planted session id is worthless.
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new DenialRecorder(audit), SecurityContextHolderFilter.class)
                .addFilterAfter(new RequestSizeLimit(limits.maxRequestBody().toBytes(), limits.maxUploadBody().toBytes(), null), HeaderWriterFilter.class)
                .addFilterAfter(new SessionLifetime(clock, limits.absoluteSessionTimeout()), HeaderWriterFilter.class)
                // Before the form and the OpenID Connect callback alike, after the CSRF check.
                .addFilterAfter(new SignInLimits(guard, new ProblemResponses(messages), false), LogoutFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** 401 and 403 as problem details (the API and the metrics chains). */
    private static void answerWithProblems(
            org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer<HttpSecurity> e,
            ProblemResponses problems) {
        e.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "problem.unauthorized"))
                .accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "problem.forbidden"));
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Written only on HTTPS requests: over plain HTTP the header would be ignored anyway.
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }
}
