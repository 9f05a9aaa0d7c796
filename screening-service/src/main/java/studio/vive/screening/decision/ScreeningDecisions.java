package studio.vive.screening.decision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.EventTopic;
import studio.vive.messaging.consume.RejectedEventException;
import studio.vive.messaging.inbox.ProcessedEvents;
import studio.vive.messaging.outbox.Outbox;
import studio.vive.screening.rules.Screening;
import studio.vive.screening.rules.ScreeningEngine;

/**
 * Decides a booking request exactly once: the processed-event mark, the decision and its outcome
 * event (through the outbox) commit together or not at all. A redelivered request, also one that
 * arrives after a crash between deciding and publishing, finds its mark and changes nothing; the
 * outbox relay publishes the event that committed with the decision.
 */
@Singleton
public class ScreeningDecisions {

    /** The consumer name under which processed request ids are recorded. */
    static final String CONSUMER = "screening-intake";

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningDecisions.class);

    private final ScreeningEngine engine;
    private final DecisionRepository decisions;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Clock clock;
    private final DecisionMetrics metrics;

    ScreeningDecisions(ScreeningEngine engine, DecisionRepository decisions, ProcessedEvents processedEvents,
                       Outbox outbox, Clock clock, DecisionMetrics metrics) {
        this.engine = engine;
        this.decisions = decisions;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Decides {@code request} unless it (or another request for its booking) was decided before.
     *
     * @throws RejectedEventException when the request cannot be screened (appointment before birth)
     */
    @Transactional
    public void decide(BookingRequested request) {
        if (!processedEvents.markProcessed(request.eventId(), CONSUMER)) {
            LOG.info("Request already decided (redelivery); nothing to do");
            return;
        }
        if (decisions.existsById(request.bookingId())) {
            // A second request event for a decided booking: the first decision stands, one outcome per booking.
            LOG.warn("Booking already has a decision from another request event; keeping the first");
            return;
        }
        if (request.appointmentDate().isBefore(request.clientDateOfBirth())) {
            throw new RejectedEventException("appointment date is before the client's date of birth");
        }
        Screening screening = engine.screen(request);
        Decision decision = decisions.save(new Decision(request.bookingId(), request.eventId(), screening.tier(),
                screening.ruleSetVersion(), now(), UUID.randomUUID(), screening.matched(),
                StoredAnswers.of(request), null, screening.clearanceId(),
                screening.clearedByDoctor().isEmpty() ? null : screening.clearedByDoctor()));
        outbox.append(EventTopic.SCREENING_OUTCOMES, OutcomeEvents.of(decision, screening));
        metrics.decided(decision.tier());
        // Tier and count only: which rules matched would tell the log reader about the client's health.
        LOG.info("Decided {} ({} rules matched, {} cleared by doctor) with rule set {}", decision.tier(),
                screening.matched().size(), screening.clearedByDoctor().size(), decision.ruleSetVersion());
    }

    /** The decision of a booking, if it has one. */
    public Optional<Decision> find(UUID bookingId) {
        return decisions.findById(bookingId);
    }

    /** PostgreSQL keeps microseconds: stamp what the database will give back. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
