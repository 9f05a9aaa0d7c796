package studio.vive.e2e.stack;

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

    static final String STUDIO_TIME_ZONE = "Australia/Sydney";

    private E2eConfiguration() {
    }

    /** Variables only one service reads. */
    static Map<String, String> specificTo(Service service) {
        Map<String, String> environment = new LinkedHashMap<>();
        switch (service) {
            case BOOKING -> {
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

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
