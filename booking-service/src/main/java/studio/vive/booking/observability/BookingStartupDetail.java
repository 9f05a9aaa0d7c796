package studio.vive.booking.observability;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import studio.vive.kit.startup.StartupDetail;

/** booking-service's part of the start-up line: its public address, API, docs, login and time zone. */
@Singleton
class BookingStartupDetail implements StartupDetail {

    private final String publicBaseUrl;
    private final String zone;

    BookingStartupDetail(@Value("${vive.booking.public-base-url}") String publicBaseUrl,
                         @Value("${vive.studio.time-zone}") String zone) {
        this.publicBaseUrl = publicBaseUrl;
        this.zone = zone;
    }

    @Override
    public String describe(String baseUrl) {
        return "public " + publicBaseUrl + ", API " + baseUrl + "/api, Swagger UI " + baseUrl + "/swagger-ui, "
                + "staff login POST " + baseUrl + "/login, studio time zone " + zone;
    }
}
