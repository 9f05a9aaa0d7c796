package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.availability.SlotRules;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.time.StudioTime;

/**
 * The hold loop: tries to hold the slot with each candidate therapist in turn until one hold
 * commits. A hold that lost its race to another booking moves on to the next therapist; one
 * aborted by a deadlock or serialization failure ({@link HoldConflict#ABORTED_BY_RACE}) is tried
 * once more with the same therapist first.
 */
@Singleton
class HoldAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(HoldAttempts.class);
    /** A hold aborted by a deadlock or serialization failure is tried this often per therapist. */
    private static final int HOLD_ATTEMPTS_PER_THERAPIST = 2;

    private final BookingHold holds;
    private final IdempotentReplay replays;
    private final SlotRules rules;
    private final StudioTime time;
    private final BookingMetrics metrics;

    HoldAttempts(BookingHold holds, IdempotentReplay replays, SlotRules rules, StudioTime time,
                 BookingMetrics metrics) {
        this.holds = holds;
        this.replays = replays;
        this.rules = rules;
        this.time = time;
        this.metrics = metrics;
    }

    /** What to hold: the request, its service, and how a retry of it is recognised. */
    record Hold(BookingRequest request, MassageService service, @Nullable String idempotencyKey,
                String fingerprint) {
    }

    /**
     * Holds the slot with the first of {@code candidates} whose time is still free.
     *
     * @param chosen whether the client chose the therapist (only the refusal's wording differs)
     * @throws SlotTakenException when every candidate's time is held by another booking
     */
    AcceptedBooking holdFirstFree(Hold hold, List<String> candidates, boolean chosen) {
        for (String therapistId : candidates) {
            Optional<AcceptedBooking> accepted = holdWith(therapistId, hold);
            if (accepted.isPresent()) {
                return accepted.get();
            }
        }
        // the race may have been lost to a concurrent retry of this very request
        return replays.replay(hold.idempotencyKey(), hold.fingerprint()).orElseThrow(() ->
                new SlotTakenException(chosen
                        ? "That time has just been booked. Please choose another time."
                        : "Every therapist is booked at that time. Please choose another time."));
    }

    /**
     * Holds the slot with one therapist, or empty when another booking holds it. A transaction
     * aborted by a race is tried once more with the same therapist; after that the caller moves
     * on to the next one.
     */
    private Optional<AcceptedBooking> holdWith(String therapistId, Hold hold) {
        Instant startsAt = hold.request().startsAt().toInstant();
        for (int attempt = 1; attempt <= HOLD_ATTEMPTS_PER_THERAPIST; attempt++) {
            try {
                return Optional.of(accepted(holds.hold(new BookingHold.Attempt(hold.request(), hold.service(),
                        therapistId, rules.buffer(), hold.idempotencyKey(), hold.fingerprint())), therapistId, hold));
            } catch (DataAccessException failure) {
                HoldConflict conflict = HoldConflict.of(failure).orElseThrow(() -> failure);
                if (conflict == HoldConflict.IDEMPOTENCY_KEY_USED) {
                    // a concurrent request with the same key won the race: answer as it did
                    return Optional.of(replays.replay(hold.idempotencyKey(), hold.fingerprint())
                            .orElseThrow(() -> failure));
                }
                if (conflict == HoldConflict.SLOT_TAKEN) {
                    LOG.debug("Slot at {} with {} already held", startsAt, therapistId);
                    return Optional.empty();
                }
                LOG.info("Hold at {} with {} aborted by a concurrent transaction (attempt {})",
                        startsAt, therapistId, attempt);
            }
        }
        return Optional.empty();
    }

    private AcceptedBooking accepted(AcceptedBooking accepted, String therapistId, Hold hold) {
        metrics.accepted();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", accepted.id().toString())) {
            LOG.info("Booking {} accepted: {} with {} at {}, awaiting screening", accepted.id(),
                    hold.service().code(), therapistId, time.local(hold.request().startsAt().toInstant()));
        }
        return accepted;
    }
}
