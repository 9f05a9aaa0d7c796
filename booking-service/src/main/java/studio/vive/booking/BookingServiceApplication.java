package studio.vive.booking;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the booking-service. */
@OpenAPIDefinition(info = @Info(title = "Vive Studios booking-service", version = "1",
        description = "Availability, bookings with screening, and staff views. Errors are application/problem+json "
                + "(RFC 9457). Times are in the studio's time zone with offset."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class BookingServiceApplication {

    private BookingServiceApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).start();
    }
}
