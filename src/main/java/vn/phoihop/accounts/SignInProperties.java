package vn.phoihop.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that protect sign-in and the server ({@code phoihop.security.*}).
 *
 * @param accountFailures         failed sign-ins on one account within {@code accountWindow} that lock it
 * @param accountWindow           the window in which failures on one account are counted
 * @param lockDuration            how long a locked account stays locked (API: 429 with Retry-After)
 * @param failuresPerAddress      failed sign-ins from one client address per {@code addressWindow} before 429
 * @param addressWindow           the window of the per-address limit
 * @param absoluteSessionTimeout  a page session ends this long after sign-in however active it is (the idle
 *                                timeout is {@code server.servlet.session.timeout})
 * @param maxRequestBody          larger request bodies are refused with 413
 * @param maxUploadBody           the same for requests that carry a file (multipart forms and the API's
 *                                attachment endpoints): a 10 MB file, base64 in JSON, fits
 * @param oidcUsernameClaim       with OpenID Connect sign-in, the ID token claim that holds the local username
 * @param monitoringToken         the bearer token a metrics scraper sends to {@code /actuator/prometheus} (ADMIN API
 *                                tokens work too); empty: only ADMIN tokens
 */
@ConfigurationProperties("phoihop.security")
record SignInProperties(@DefaultValue("10") int accountFailures,
                        @DefaultValue("15m") Duration accountWindow,
                        @DefaultValue("15m") Duration lockDuration,
                        @DefaultValue("30") int failuresPerAddress,
                        @DefaultValue("15m") Duration addressWindow,
                        @DefaultValue("12h") Duration absoluteSessionTimeout,
                        @DefaultValue("1MB") DataSize maxRequestBody,
                        @DefaultValue("15MB") DataSize maxUploadBody,
                        @DefaultValue("preferred_username") String oidcUsernameClaim,
                        @DefaultValue("") String monitoringToken) {
}
