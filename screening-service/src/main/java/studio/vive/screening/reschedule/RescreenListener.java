package studio.vive.screening.reschedule;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.consume.InboundEvents;
import studio.vive.messaging.consume.ReliableListener;

/**
 * Takes rescheduled bookings off {@link Topics#RESCREEN_REQUESTED} and has them decided again,
 * with the settings of every listener of the platform (see {@link InboundEvents}); its own
 * consumer group, one per use case.
 */
@Requires(property = "vive.screening.intake.enabled", notEquals = "false")
@ReliableListener(groupId = "screening-service-rescreen", clientId = "screening-rescreen")
class RescreenListener {

    private final InboundEvents inboundEvents;
    private final RescreenDecisions decisions;

    RescreenListener(InboundEvents inboundEvents, RescreenDecisions decisions) {
        this.inboundEvents = inboundEvents;
        this.decisions = decisions;
    }

    @Topic(Topics.RESCREEN_REQUESTED)
    void on(ConsumerRecord<String, byte[]> record) {
        inboundEvents.process(record, EventTopic.RESCREEN_REQUESTED, decisions::decide);
    }
}
