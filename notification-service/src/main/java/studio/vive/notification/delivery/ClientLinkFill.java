package studio.vive.notification.delivery;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import studio.vive.notification.links.BookingServiceLinks;
import studio.vive.notification.links.ClientLinkSlots;
import studio.vive.notification.links.ClientLinks;

/**
 * Fills a client's links into the email about to be sent, fetched from booking-service for this
 * attempt ({@link ClientLinkSlots}). An email without slots is sent as stored, without a call.
 *
 * <p>booking-service unreachable (every instance, after the client's retries) is a transient
 * failure: the attempt is retried on the notification's backoff like an SMTP outage, and only this
 * email waits, not the rest of the queue. An unknown booking is permanent.
 */
@Singleton
class ClientLinkFill {

    private final BookingServiceLinks links;

    ClientLinkFill(BookingServiceLinks links) {
        this.links = links;
    }

    /** {@code notification} as it is to be sent now: its slots filled, or unchanged without any. */
    Notification fillIn(Notification notification) throws DeliveryFailure {
        if (!ClientLinkSlots.inside(notification.textBody()) && !ClientLinkSlots.inside(notification.htmlBody())) {
            return notification;
        }
        ClientLinks issued = fetch(notification);
        return notification.withBodies(ClientLinkSlots.fill(notification.textBody(), issued, false),
                ClientLinkSlots.fill(notification.htmlBody(), issued, true));
    }

    private ClientLinks fetch(Notification notification) throws DeliveryFailure {
        try {
            return links.issue(notification.bookingId());
        } catch (HttpClientResponseException refused) {
            if (refused.getStatus() == HttpStatus.NOT_FOUND) {
                throw DeliveryFailure.permanent("client-links-unknown-booking",
                        "booking-service knows no booking " + notification.bookingId(), refused);
            }
            throw DeliveryFailure.transientFailure("client-links-unavailable",
                    "booking-service answered " + refused.getStatus().getCode() + " for the client's links", refused);
        } catch (HttpClientException unreachable) {
            throw DeliveryFailure.transientFailure("client-links-unavailable",
                    "booking-service could not be reached for the client's links", unreachable);
        }
    }
}
