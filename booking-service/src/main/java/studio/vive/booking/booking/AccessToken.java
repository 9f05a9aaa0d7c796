package studio.vive.booking.booking;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** The hash of one access token of a booking; the token itself is never stored. */
@MappedEntity("booking_access_token")
record AccessToken(@Id UUID id, byte[] tokenHash, UUID bookingId, String purpose, Instant createdAt) {
}
