package studio.vive.e2e.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables a service instance is started with: the ones CONTRIBUTING.md and the
 * services' application.yml document, pointing at this suite's infrastructure. No Micronaut
 * environment is set, so the services run with their production configuration plus exactly these
 * values (no dev or test credentials).
 */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    static Map<String, String> of(Service service, int port, PlatformStack stack) {
        Infrastructure infrastructure = stack.infrastructure();
        Infrastructure.Database database = infrastructure.database(service.database());
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        environment.put("DATASOURCE_URL", database.jdbcUrl());
        environment.put("DATASOURCE_USERNAME", database.username());
        environment.put("DATASOURCE_PASSWORD", database.password());
        environment.put("JWT_SECRET", E2eConfiguration.JWT_SECRET);
        environment.put("STUDIO_TIME_ZONE", E2eConfiguration.STUDIO_TIME_ZONE);
        environment.put("KAFKA_CONSUMER_THREADS", String.valueOf(E2eConfiguration.CONSUMER_THREADS));
        environment.put("SMTP_HOST", infrastructure.smtpHost());
        environment.put("SMTP_PORT", String.valueOf(infrastructure.smtpPort()));
        environment.put("PUBLIC_BASE_URL", "http://localhost:" + stack.portOf(Service.BOOKING));
        // booking-service's email delivery log page asks notification-service for the rows.
        environment.put("NOTIFICATION_BASE_URL", "http://localhost:" + stack.portOf(Service.NOTIFICATION));
        if (service != Service.SCREENING) {
            // notification-service fetches a client's links from booking-service with this key,
            // which no other service is given (issue 13)
            environment.put("NOTIFICATION_SERVICE_KEY", E2eConfiguration.NOTIFICATION_SERVICE_KEY);
        }
        if (service == Service.NOTIFICATION) {
            environment.put("BOOKING_BASE_URLS", String.join(",", stack.bookingUrls()));
        }
        environment.putAll(E2eConfiguration.specificTo(service, stack.settings()));
        return environment;
    }
}
