package studio.vive.localstack;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The bearer token the local stack's {@code /prometheus} endpoints accept ({@code METRICS_SCRAPE_TOKEN}):
 * the one {@code ./run-local} was started with, or else a fresh random one for this run, given to
 * every service and printed in the summary box. The services ship no default for it.
 */
final class ScrapeTokenForRun {

    static final String VARIABLE = "METRICS_SCRAPE_TOKEN";
    /** 256 random bits; the services refuse tokens shorter than 32 bytes. */
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScrapeTokenForRun() {
    }

    /** {@code METRICS_SCRAPE_TOKEN} of {@code environment} when set, a new random token otherwise. */
    static String of(Map<String, String> environment) {
        String given = environment.get(VARIABLE);
        if (given != null && !given.isBlank()) {
            return given;
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
