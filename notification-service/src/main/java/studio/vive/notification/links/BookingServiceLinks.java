package studio.vive.notification.links;

import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Retryable;
import java.util.UUID;

/**
 * booking-service's internal API for a client's links. Its instances are
 * {@code micronaut.http.services.booking.urls} ({@code BOOKING_BASE_URLS}); each call goes to the
 * next one (round robin), so a retry after a failure reaches another instance. A 404 (no such
 * booking) is not retried ({@link RetryUnlessNotFound}).
 */
@Client(id = "booking")
@Header(name = "X-Service-Key", value = "${vive.notification.client-links.service-key}")
public interface BookingServiceLinks {

    /** Fresh links for the booking; a new token on every call. */
    @Post("/api/internal/bookings/{bookingId}/client-links")
    @Retryable(attempts = "${vive.notification.client-links.attempts}",
            delay = "${vive.notification.client-links.retry-delay}", predicate = RetryUnlessNotFound.class)
    ClientLinks issue(@PathVariable UUID bookingId);
}
