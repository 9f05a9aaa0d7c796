package studio.vive.screening.intake;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.consume.InboundEvents;
import studio.vive.messaging.consume.ReliableListener;
import studio.vive.screening.decision.ScreeningDecisions;

/**
 * Takes booking requests off {@link Topics#BOOKING_REQUESTED} and has them decided. Settings as
 * CONTRIBUTING.md recommends: offsets committed only after a record was decided, a failing record
 * retried from its offset (never skipped), unreadable ones dead-lettered by {@link InboundEvents}.
 */
@Requires(property = "vive.screening.intake.enabled", notEquals = "false")
@ReliableListener(groupId = "screening-service", clientId = "screening-intake")
class BookingRequestedListener {

    private final InboundEvents inboundEvents;
    private final ScreeningDecisions decisions;

    BookingRequestedListener(InboundEvents inboundEvents, ScreeningDecisions decisions) {
        this.inboundEvents = inboundEvents;
        this.decisions = decisions;
    }

    @Topic(Topics.BOOKING_REQUESTED)
    void on(ConsumerRecord<String, byte[]> record) {
        inboundEvents.process(record, EventTopic.BOOKING_REQUESTED, decisions::decide);
    }
}
