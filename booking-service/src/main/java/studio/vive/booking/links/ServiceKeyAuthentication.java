package studio.vive.booking.links;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Authenticates notification-service by the key it sends in {@value #HEADER}
 * ({@code NOTIFICATION_SERVICE_KEY}, shared by the two services only), with the one role
 * {@value #LINK_ISSUER}: it can ask for a client's links and nothing else (no staff page, no
 * admin API). A key of its own, not the token-signing secret, so notification-service can mint
 * no staff token. Unset, no caller gets the role (said once at start-up); set, it must be at
 * least {@value #MINIMUM_BYTES} bytes. Compared as digests in constant time.
 */
@Singleton
class ServiceKeyAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    /** The request header carrying the key. */
    static final String HEADER = "X-Service-Key";
    /** The role of a caller that may fetch client links. */
    static final String LINK_ISSUER = "CLIENT_LINK_ISSUER";
    static final int MINIMUM_BYTES = 32;

    private static final String SERVICE = "notification-service";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceKeyAuthentication.class);

    @Nullable
    private final byte[] expectedDigest;

    ServiceKeyAuthentication(@Value("${vive.client-links.notification-service-key:}") @Nullable String key) {
        if (key == null || key.isBlank()) {
            LOG.warn("NOTIFICATION_SERVICE_KEY is not set: notification-service cannot fetch client links,"
                    + " so its confirmations and reminders wait unsent");
            this.expectedDigest = null;
            return;
        }
        if (key.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("NOTIFICATION_SERVICE_KEY must be at least " + MINIMUM_BYTES
                    + " bytes (e.g. openssl rand -base64 32)");
        }
        this.expectedDigest = digest(key);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (expectedDigest == null) {
            return Mono.empty();
        }
        return Mono.justOrEmpty(request.getHeaders().get(HEADER))
                .filter(presented -> MessageDigest.isEqual(expectedDigest, digest(presented)))
                .map(valid -> Authentication.build(SERVICE, List.of(LINK_ISSUER)));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJvmHasSha256) {
            throw new IllegalStateException(everyJvmHasSha256);
        }
    }
}
