package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * notification-service's delivery log ({@code GET /api/admin/notifications?bookingId=}), asked
 * with the signed-in admin's own token; its address is {@code NOTIFICATION_BASE_URL}.
 */
@Client(id = "notification")
interface NotificationLog {

    @Get("/api/admin/notifications{?bookingId}")
    List<Delivery> forBooking(@QueryValue UUID bookingId, @Header(HttpHeaders.AUTHORIZATION) String authorization);

    /** One email about the booking and how its delivery went. */
    @Serdeable
    record Delivery(String kind, String recipient, String status, int attempts, Instant createdAt,
                    @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt,
                    @Nullable Instant failedAt, @Nullable String lastError) {

        @Override
        public String toString() {
            return "Delivery[kind=" + kind + ", status=" + status + "]";
        }
    }
}
