package studio.vive.e2e.booking;

import java.util.UUID;

/**
 * A booking the service answered 202 for: what the client holds (id and access token) and what
 * the suite knows it should end as.
 *
 * @param id the booking id
 * @param accessToken the token for {@code X-Booking-Token}
 * @param request what was sent
 */
public record AcceptedBooking(UUID id, String accessToken, BookingRequest request) {

    public Tier expectedTier() {
        return request.screening().tier();
    }

    public String clientEmail() {
        return request.client().email();
    }

    public String therapistId() {
        return request.slot().therapistId();
    }

    @Override
    public String toString() {
        return "booking " + id + " (" + request.screening().label() + ")";
    }
}
