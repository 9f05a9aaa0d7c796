package studio.vive.kit.metrics;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token a metrics scraper presents to {@code /prometheus} ({@code METRICS_SCRAPE_TOKEN},
 * property {@value #PROPERTY}). It has no default: unset, no scraper is let in (only ADMIN staff
 * tokens are, see {@link MetricsAccessRule}), which is said once at start-up. Set, it must be at
 * least {@value #MINIMUM_BYTES} bytes, or the service refuses to start. Compared in constant time.
 */
@Context
public class ScrapeToken {

    /** Where the token is configured. */
    public static final String PROPERTY = "vive.metrics.scrape-token";
    /** A guessable token would open the metrics to anyone who guesses it. */
    public static final int MINIMUM_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(ScrapeToken.class);
    private static final String BEARER = "bearer ";

    @Nullable
    private final byte[] expectedDigest;

    public ScrapeToken(@Value("${" + PROPERTY + ":}") @Nullable String token) {
        if (token == null || token.isBlank()) {
            this.expectedDigest = null;
            LOG.warn("METRICS_SCRAPE_TOKEN is not set: /prometheus answers only ADMIN staff tokens");
            return;
        }
        if (token.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("METRICS_SCRAPE_TOKEN must be at least " + MINIMUM_BYTES
                    + " bytes (e.g. openssl rand -base64 32)");
        }
        this.expectedDigest = digest(token);
    }

    /** Whether {@code request} carries {@code Authorization: Bearer <the scrape token>}. */
    public boolean presentedBy(HttpRequest<?> request) {
        return expectedDigest != null && bearer(request)
                .map(presented -> MessageDigest.isEqual(expectedDigest, digest(presented)))
                .orElse(false);
    }

    private static Optional<String> bearer(HttpRequest<?> request) {
        return request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)
                .filter(value -> value.length() > BEARER.length()
                        && value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER))
                .map(value -> value.substring(BEARER.length()).strip());
    }

    /** Digests of equal length, so the comparison takes the same time whatever was presented. */
    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJvmHasSha256) {
            throw new IllegalStateException(everyJvmHasSha256);
        }
    }
}
