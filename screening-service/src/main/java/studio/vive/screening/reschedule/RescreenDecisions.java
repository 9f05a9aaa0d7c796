package studio.vive.screening.reschedule;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.RescreenRequested;
import studio.vive.contracts.ScreeningAnswers;
import studio.vive.messaging.consume.RejectedEventException;
import studio.vive.messaging.inbox.ProcessedEvents;
import studio.vive.messaging.outbox.Outbox;
import studio.vive.screening.decision.Decision;
import studio.vive.screening.decision.OutcomeEvents;
import studio.vive.screening.decision.ScreeningDecisions;
import studio.vive.screening.decision.StoredAnswers;
import studio.vive.screening.rules.MatchedRule;
import studio.vive.screening.rules.Screening;
import studio.vive.screening.rules.ScreeningEngine;

/**
 * Decides a rescheduled booking again for its new date, exactly once: the processed-event mark,
 * the {@link RescreenDecision} and its outcome event (through the outbox) commit together.
 *
 * <p>The answers are those kept with the booking's first decision, or those the client gave again
 * once the first ones were purged; the latter are decided at once and not kept. A booking with no
 * first decision, or whose answers are gone and were not given again, cannot be decided: the
 * request is dead-lettered with that reason and the booking shows as stranded to the admins.
 */
@Singleton
public class RescreenDecisions {

    /** The consumer name under which processed re-screen ids are recorded. */
    static final String CONSUMER = "screening-rescreen";

    private static final Logger LOG = LoggerFactory.getLogger(RescreenDecisions.class);

    private final ScreeningEngine engine;
    private final ScreeningDecisions firstDecisions;
    private final RescreenDecisionRepository decisions;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Clock clock;

    RescreenDecisions(ScreeningEngine engine, ScreeningDecisions firstDecisions, RescreenDecisionRepository decisions,
                      ProcessedEvents processedEvents, Outbox outbox, Clock clock) {
        this.engine = engine;
        this.firstDecisions = firstDecisions;
        this.decisions = decisions;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Decides {@code request} unless it was decided before (a redelivery).
     *
     * @throws RejectedEventException when there is nothing to decide it from
     */
    @Transactional
    public void decide(RescreenRequested request) {
        if (!processedEvents.markProcessed(request.eventId(), CONSUMER)) {
            LOG.info("Re-screen {} already decided (redelivery); nothing to do", request.eventId());
            return;
        }
        if (request.appointmentDate().isBefore(request.clientDateOfBirth())) {
            throw new RejectedEventException("appointment date is before the client's date of birth");
        }
        Screening screening = screen(request);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        RescreenDecision decision = decisions.save(new RescreenDecision(request.eventId(), request.bookingId(),
                request.appointmentDate(), request.answeredAgain(), screening.tier(), screening.ruleSetVersion(), now,
                UUID.randomUUID(),
                screening.matched().stream().map(MatchedRule::withoutClientMessage).toList()));
        outbox.append(EventTopic.SCREENING_OUTCOMES, OutcomeEvents.of(decision.outcomeEventId(), request.bookingId(),
                request.eventId(), now, screening));
        // Tier and count only: which rules matched would tell the log reader about the client's health.
        LOG.info("Re-screen {} for the new date decided {} ({} rules matched, {} cleared by doctor)",
                request.eventId(), screening.tier(), screening.matched().size(), screening.clearedByDoctor().size());
    }

    /** The re-screens of a booking, oldest first (staff and tests). */
    public List<RescreenDecision> of(UUID bookingId) {
        return decisions.findByBookingIdOrderByDecidedAt(bookingId);
    }

    private Screening screen(RescreenRequested request) {
        if (request.answeredAgain()) {
            return engine.rescreen(request.screening(), request.clientDateOfBirth(), request.appointmentDate(),
                    request.appointmentDate(), request.clearance());
        }
        Decision first = firstDecisions.find(request.bookingId()).orElseThrow(() ->
                new RejectedEventException("the booking has no first decision to re-screen from"));
        StoredAnswers stored = first.answers();
        if (stored == null) {
            throw new RejectedEventException("the booking's answers were purged and were not given again");
        }
        ScreeningAnswers answers = stored.screening();
        LocalDate answeredFor = stored.appointmentDate();
        return engine.rescreen(answers, request.clientDateOfBirth(), answeredFor, request.appointmentDate(),
                request.clearance());
    }
}
