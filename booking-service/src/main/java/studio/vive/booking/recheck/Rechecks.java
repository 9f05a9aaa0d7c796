package studio.vive.booking.recheck;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.booking.AccessTokens;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.booking.ClientBookings;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.RecheckSubmitted;
import studio.vive.contracts.UrgentAnswers;
import studio.vive.messaging.outbox.Outbox;

/**
 * Takes a client's pre-visit re-check: a confirmed booking whose appointment has not begun sends
 * its six urgent answers to screening-service ({@link RecheckSubmitted}, through the outbox). The
 * answers are health data: they are not stored here, only in the outbox row until published,
 * and never logged. Screening's {@code RecheckDecided} is applied by {@link RecheckOutcomes}.
 */
@Singleton
public class Rechecks {

    /** The header that carries a booking's access token, as for every client request. */
    static final String TOKEN_HEADER = ClientBookings.TOKEN_HEADER;

    private static final Logger LOG = LoggerFactory.getLogger(Rechecks.class);

    private final BookingRepository bookings;
    private final AccessTokens tokens;
    private final ClientBookings clientBookings;
    private final Outbox outbox;
    private final StudioTime time;

    Rechecks(BookingRepository bookings, AccessTokens tokens, ClientBookings clientBookings, Outbox outbox,
             StudioTime time) {
        this.bookings = bookings;
        this.tokens = tokens;
        this.clientBookings = clientBookings;
        this.outbox = outbox;
        this.time = time;
    }

    /** @throws ProblemException 404 unless {@code token} opens the booking */
    @Transactional(readOnly = true)
    public void requireOpens(UUID id, String token) {
        bookings.findById(id).filter(b -> tokens.opens(b, token)).orElseThrow(Rechecks::notFound);
    }

    /**
     * Sends the re-check of booking {@code id} for screening.
     *
     * @return the booking as it is now (still confirmed: the outcome follows)
     * @throws ProblemException 404 for a wrong token; 409 unless the booking is confirmed and its
     *                          appointment still ahead
     */
    @Transactional
    public BookingView submit(UUID id, String token, UrgentAnswers answers) {
        Booking booking = bookings.findByIdForUpdate(id).filter(b -> tokens.opens(b, token))
                .orElseThrow(Rechecks::notFound);
        requireRecheckable(booking);
        RecheckSubmitted recheck = RecheckSubmitted.of(id, time.now(), answers);
        outbox.append(EventTopic.RECHECK_SUBMITTED, recheck);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", id.toString())) {
            LOG.info("Booking {} re-check {} sent for screening", id, recheck.eventId());
        }
        return clientBookings.find(id, token).orElseThrow(Rechecks::notFound);
    }

    private void requireRecheckable(Booking booking) {
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new ProblemException(ProblemType.NOT_RECHECKABLE,
                    "Only a confirmed booking can be re-checked; this one is not confirmed.");
        }
        if (!time.now().isBefore(booking.startsAt())) {
            throw new ProblemException(ProblemType.NOT_RECHECKABLE,
                    "This appointment has already begun, so there is nothing left to re-check.");
        }
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "No booking matches this id and access token.");
    }
}
