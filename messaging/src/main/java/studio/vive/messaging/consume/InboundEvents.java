package studio.vive.messaging.consume;

import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.IntegrationEvent;
import studio.vive.messaging.deadletter.DeadLetters;
import studio.vive.messaging.retry.Backoff;

/**
 * The one way a listener handles a record.
 *
 * <ol>
 *   <li>Continues the record's trace: the {@code traceparent} header (set by the outbox relay)
 *   is the parent of a processing span, current while the record is processed, so the handler's
 *   logs and outbox appends carry the booking's trace ({@link RecordSpans}).</li>
 *   <li>Puts the booking id and event id into the SLF4J MDC ({@code bookingId}, {@code eventId})
 *   while the record is processed.</li>
 *   <li>Reads it with {@link EventReader} as the event of its {@link EventTopic}: the handler's type
 *   is the topic's contract type, so a topic read as the wrong event does not compile. An
 *   unreadable record goes to the topic's dead-letter topic with
 *   the reason, and {@code process} returns normally: the partition keeps flowing.</li>
 *   <li>Calls the handler. A <b>transient</b> failure ({@link TransientFailures}: database or Kafka
 *   unreachable) is retried with capped exponential backoff ({@code vive.inbound.transient-*}); it
 *   is never skipped. After {@code vive.inbound.transient-retry-budget} (default 60 s) the call
 *   throws {@link ProcessingDeferredException} so the listener's error strategy seeks back and
 *   retries after a poll: blocking longer would exceed {@code max.poll.interval.ms} (default 5 min)
 *   and get the consumer evicted from its group.</li>
 *   <li>A handler that judges a readable event impossible throws {@link RejectedEventException}:
 *   it is dead-lettered at once with its reason.</li>
 *   <li>A <b>permanent</b> failure (a bug, data the database refuses) is retried
 *   {@code vive.inbound.handler-attempts} times (default 3), then dead-lettered with a
 *   description naming exception types and SQLStates, never messages.</li>
 * </ol>
 *
 * <p>The handler must be idempotent (de-duplicate with {@code ProcessedEvents} in the same
 * transaction as its effect): a record can be delivered again after a crash or a rebalance.
 *
 * <p>A listener (see CONTRIBUTING.md, Conventions, for why each setting):
 * <pre>{@code
 * @KafkaListener(groupId = "screening-service", clientId = "screening-intake",
 *         offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.ASYNC_PER_RECORD,
 *         errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
 *                 retryDelay = "1s", retryCount = Integer.MAX_VALUE),
 *         properties = @Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"))
 * class BookingRequestedListener {
 *     @Topic(Topics.BOOKING_REQUESTED)
 *     void on(ConsumerRecord<String, byte[]> record) {
 *         inboundEvents.process(record, EventTopic.BOOKING_REQUESTED, screening::decide);
 *     }
 * }
 * }</pre>
 */
@Singleton
public class InboundEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);

    private final EventReader reader;
    private final DeadLetters deadLetters;
    private final TransientFailures transientFailures;
    private final InboundConfiguration configuration;
    private final RecordSpans spans;

    InboundEvents(EventReader reader, DeadLetters deadLetters, TransientFailures transientFailures,
                  InboundConfiguration configuration, RecordSpans spans) {
        this.spans = spans;
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.transientFailures = transientFailures;
        this.configuration = configuration;
    }

    /**
     * Reads {@code record} as {@code topic}'s event and hands it to {@code handler}, dead-lettering
     * what can never be processed to {@code topic}'s dead-letter topic.
     *
     * @param topic the topic the listener reads {@code record} from
     * @throws ProcessingDeferredException when a transient failure outlasted the retry budget, or
     *                                     the thread was interrupted; the record must be retried
     */
    public <T extends IntegrationEvent> void process(ConsumerRecord<String, byte[]> record, EventTopic<T> topic,
                                                     Consumer<T> handler) {
        try (Scope span = spans.start(record); RecordContext context = RecordContext.of(record)) {
            Attempts attempts = new Attempts(topic, origin(record));
            T event;
            try {
                event = reader.read(record, topic);
            } catch (UnreadableEventException unreadable) {
                LOG.warn("Unreadable record {}: {}", attempts.origin, unreadable.getMessage());
                deadLetter(record, unreadable.getMessage(), attempts);
                return;
            }
            context.event(event);
            handle(record, event, handler, attempts);
        }
    }

    private <T> void handle(ConsumerRecord<String, byte[]> record, T event, Consumer<T> handler, Attempts attempts) {
        int permanentFailures = 0;
        while (true) {
            try {
                handler.accept(event);
                return;
            } catch (RejectedEventException rejected) {
                LOG.warn("Rejected record {}: {}", attempts.origin, rejected.getMessage());
                deadLetter(record, "rejected: " + rejected.getMessage(), attempts);
                return;
            } catch (RuntimeException failure) {
                if (transientFailures.isTransient(failure)) {
                    attempts.waitOutTransient(failure);
                    continue;
                }
                permanentFailures++;
                String description = FailureDescription.of(failure);
                if (permanentFailures >= configuration.handlerAttempts()) {
                    LOG.error("Processing {} failed {} times ({}); dead-lettering it",
                            attempts.origin, permanentFailures, description);
                    deadLetter(record, "processing failed " + permanentFailures + " times: " + description, attempts);
                    return;
                }
                LOG.warn("Processing {} failed ({}); attempt {} of {}",
                        attempts.origin, description, permanentFailures, configuration.handlerAttempts());
                attempts.pause(configuration.handlerRetryDelay());
            }
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason, Attempts attempts) {
        while (true) {
            try {
                deadLetters.send(attempts.topic, record, reason);
                return;
            } catch (RuntimeException failure) {
                attempts.waitOutTransient(failure);
            }
        }
    }

    private static String origin(ConsumerRecord<String, byte[]> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    /** The topic and transient-retry state of one {@link #process} call. */
    private final class Attempts {

        private final EventTopic<?> topic;
        private final String origin;
        private final long deadline = System.nanoTime() + configuration.transientRetryBudget().toNanos();
        private final Backoff backoff = new Backoff(configuration.transientInitialBackoff(),
                configuration.transientMaxBackoff());
        private int transientFailures;

        private Attempts(EventTopic<?> topic, String origin) {
            this.topic = topic;
            this.origin = origin;
        }

        /** Waits before the next try, or gives the record back to the listener when out of budget. */
        void waitOutTransient(RuntimeException failure) {
            transientFailures++;
            String description = FailureDescription.of(failure);
            if (System.nanoTime() >= deadline) {
                throw new ProcessingDeferredException("processing " + origin + " deferred after "
                        + transientFailures + " transient failures: " + description);
            }
            Duration wait = backoff.next();
            LOG.warn("Transient failure processing {} ({}); retry {} in {} ms",
                    origin, description, transientFailures, wait.toMillis());
            pause(wait);
        }

        void pause(Duration wait) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProcessingDeferredException("processing " + origin + " interrupted");
            }
        }
    }
}
