package studio.vive.booking.links;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.booking.AccessTokens;
import studio.vive.booking.booking.BookingPolicy;
import studio.vive.booking.booking.BookingRepository;

/**
 * Issues the links a client's email carries: a fresh manage link (and its pre-visit re-check
 * page) for one booking, asked for by notification-service just before it sends the email.
 *
 * <p>Why not in the event (issue 13): a link is a bearer credential; on Kafka it would sit in the
 * topic and its dead-letter topic for their whole retention, readable by every consumer. Issued on
 * request it exists only here (as a hash) and in the email itself. Every request issues a new
 * token, so a resent email opens the booking as well as the first; all of them expire together
 * ({@link AccessTokens#expiryOf}).
 */
@Singleton
public class ClientLinks {

    static final String RECHECK_PATH = "/recheck";

    private final BookingRepository bookings;
    private final AccessTokens tokens;
    private final BookingPolicy policy;

    ClientLinks(BookingRepository bookings, AccessTokens tokens, BookingPolicy policy) {
        this.bookings = bookings;
        this.tokens = tokens;
        this.policy = policy;
    }

    /** New links for the booking, or empty when there is no such booking. */
    @Transactional
    public Optional<ClientLinksIssued> issue(UUID bookingId) {
        return bookings.findById(bookingId).map(booking -> {
            String token = tokens.issue(booking.id(), AccessTokens.Purpose.MANAGE_LINK);
            String manageUrl = policy.manageUrl(booking.id(), token);
            return new ClientLinksIssued(manageUrl, recheckUrl(manageUrl), tokens.expiryOf(booking));
        });
    }

    /** The re-check page: the manage link's path with {@code /recheck}, the same token. */
    static String recheckUrl(String manageUrl) {
        int query = manageUrl.indexOf('?');
        return manageUrl.substring(0, query) + RECHECK_PATH + manageUrl.substring(query);
    }
}
