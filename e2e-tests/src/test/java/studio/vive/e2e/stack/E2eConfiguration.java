package studio.vive.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The suite's own configuration of the platform: a signing secret made for this run, the studio's
 * zone, and the few settings it tightens so a run fits the CI budget (each one named and explained).
 */
public final class E2eConfiguration {

    /** A fresh 256-bit HS256 secret for this run, shared by the three services as in production. */
    static final String JWT_SECRET = HexFormat.of().formatHex(randomBytes(32));

    /** A fresh key for this run, booking-service's and notification-service's only. */
    static final String NOTIFICATION_SERVICE_KEY = HexFormat.of().formatHex(randomBytes(32));

    static final String STUDIO_TIME_ZONE = "Australia/Sydney";

    /** Consumer threads per listener in every service, as in production (stated, not assumed). */
    public static final int CONSUMER_THREADS = 3;

    private E2eConfiguration() {
    }

    /**
     * booking-service's limit of booking requests per client address and minute for the instances
     * the suite drives: every request of the suite comes from 127.0.0.1, so the production limit
     * would stop the suite itself. The rate limit is proven on an extra instance with a low limit.
     */
    public static final int SUITE_RATE_LIMIT = 1_000_000;

    /** Variables only one service reads. */
    static Map<String, String> specificTo(Service service, StackSettings settings) {
        Map<String, String> environment = new LinkedHashMap<>();
        switch (service) {
            case BOOKING -> {
                environment.put("MICRONAUT_CONFIG_FILES", bookingConfiguration(settings).toString());
                environment.put("BOOKING_RATE_LIMIT_REQUESTS", String.valueOf(SUITE_RATE_LIMIT));
                // The suite signs staff in many times from one address too.
                environment.put("STAFF_LOGIN_RATE_LIMIT_REQUESTS", String.valueOf(SUITE_RATE_LIMIT));
                // ... and changes many bookings (re-checks, reschedules).
                environment.put("BOOKING_CHANGE_RATE_LIMIT_REQUESTS", String.valueOf(SUITE_RATE_LIMIT));
            }
            case SCREENING -> {
            }
            case NOTIFICATION -> {
                // Production backs off up to 2 minutes between SMTP attempts; a 15 s cap proves the
                // same "60 s outage loses nothing" without a 2-minute tail in every CI run.
                environment.put("NOTIFICATION_MAX_BACKOFF", "15s");
            }
        }
        return environment;
    }

    private static boolean bookingConfigurationWritten;

    /** The staff users of this run, written once as a configuration file booking-service reads. */
    private static synchronized Path bookingConfiguration(StackSettings settings) {
        Path file = settings.work().resolve("booking-service-e2e.yml");
        // Written once per run: this run's passwords are new, a file from an earlier run is stale.
        if (!bookingConfigurationWritten) {
            bookingConfigurationWritten = true;
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, StaffAccounts.bookingServiceYaml());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
