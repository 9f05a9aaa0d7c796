package studio.vive.booking.outcome;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.consume.InboundEvents;
import studio.vive.messaging.consume.ReliableListener;

/**
 * Consumes screening decisions. Offsets are committed per record after it was applied (or
 * dead-lettered); a transient failure is retried, never skipped.
 */
@ReliableListener(groupId = "${vive.outcomes.group-id:booking-service}", clientId = "booking-outcomes")
class ScreeningOutcomeListener {

    private final InboundEvents inboundEvents;
    private final ScreeningOutcomes outcomes;

    ScreeningOutcomeListener(InboundEvents inboundEvents, ScreeningOutcomes outcomes) {
        this.inboundEvents = inboundEvents;
        this.outcomes = outcomes;
    }

    @Topic(Topics.SCREENING_OUTCOMES)
    void on(ConsumerRecord<String, byte[]> record) {
        inboundEvents.process(record, EventTopic.SCREENING_OUTCOMES, outcomes::apply);
    }
}
