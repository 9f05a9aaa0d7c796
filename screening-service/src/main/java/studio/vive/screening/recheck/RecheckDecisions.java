package studio.vive.screening.recheck;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.RecheckDecided;
import studio.vive.contracts.RecheckSubmitted;
import studio.vive.messaging.inbox.ProcessedEvents;
import studio.vive.messaging.outbox.Outbox;
import studio.vive.screening.rules.MatchedRule;
import studio.vive.screening.rules.Screening;
import studio.vive.screening.rules.ScreeningEngine;

/**
 * Decides a pre-visit re-check exactly once, by the urgent rules alone: the processed-event mark,
 * the decision and its {@link RecheckDecided} (through the outbox) commit together. The answers
 * are not stored: the re-check is decided at once and booking-service acts on the outcome.
 */
@Singleton
public class RecheckDecisions {

    /** The consumer name under which processed re-check ids are recorded. */
    static final String CONSUMER = "screening-recheck";

    private static final Logger LOG = LoggerFactory.getLogger(RecheckDecisions.class);

    private final ScreeningEngine engine;
    private final RecheckDecisionRepository decisions;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Clock clock;

    RecheckDecisions(ScreeningEngine engine, RecheckDecisionRepository decisions, ProcessedEvents processedEvents,
                     Outbox outbox, Clock clock) {
        this.engine = engine;
        this.decisions = decisions;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Decides {@code recheck} unless it was decided before (a redelivery). */
    @Transactional
    public void decide(RecheckSubmitted recheck) {
        if (!processedEvents.markProcessed(recheck.eventId(), CONSUMER)) {
            LOG.info("Re-check {} already decided (redelivery); nothing to do", recheck.eventId());
            return;
        }
        Screening screening = engine.recheck(recheck.answers());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        RecheckDecision decision = decisions.save(new RecheckDecision(recheck.eventId(), recheck.bookingId(),
                screening.tier(), screening.ruleSetVersion(), now, UUID.randomUUID(),
                screening.matched().stream().map(MatchedRule::withoutClientMessage).toList()));
        outbox.append(EventTopic.SCREENING_OUTCOMES, new RecheckDecided(decision.outcomeEventId(),
                RecheckDecided.SCHEMA_VERSION, now, recheck.bookingId(), recheck.eventId(),
                screening.ruleSetVersion(), now, screening.tier(),
                screening.matched().stream().map(MatchedRule::reason).toList()));
        // Tier and count only: which rules matched would tell the log reader about the client's health.
        LOG.info("Re-check {} decided {} ({} rules matched)", recheck.eventId(), screening.tier(),
                screening.matched().size());
    }

    /** The re-check decisions of a booking (staff and tests). */
    public List<RecheckDecision> of(UUID bookingId) {
        return decisions.findByBookingId(bookingId);
    }
}
