package studio.vive.testsupport;

import java.util.Locale;

/** How the shared test infrastructure is provided; chosen with {@code -Dvive.infra=...}. */
enum InfrastructureMode {
    /** Testcontainers when Docker answers, embedded otherwise. */
    AUTO,
    /** Kafka, PostgreSQL and GreenMail in the test JVM (local-infra). */
    EMBEDDED,
    /** Containers: apache/kafka (KRaft), postgres:17, greenmail/standalone. */
    TESTCONTAINERS;

    static final String PROPERTY = "vive.infra";

    static InfrastructureMode fromSystemProperty() {
        String value = System.getProperty(PROPERTY, "auto").trim();
        if (value.isEmpty()) {
            return AUTO;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " is not one of auto, embedded, testcontainers", e);
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
