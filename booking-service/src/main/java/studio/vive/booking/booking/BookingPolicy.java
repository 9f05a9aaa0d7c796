package studio.vive.booking.booking;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Booking rules beyond slot timing (configuration {@code vive.booking}).
 *
 * @param cancellationWindow online cancellation closes this long before the appointment
 * @param publicBaseUrl      where clients reach this service; manage links start with it
 */
@ConfigurationProperties("vive.booking")
public record BookingPolicy(@NotNull Duration cancellationWindow, @NotBlank String publicBaseUrl) {

    /** The link a client follows to see or cancel their booking. */
    public String manageUrl(java.util.UUID bookingId, String token) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        return base + "/manage/" + bookingId + "?token=" + token;
    }
}
