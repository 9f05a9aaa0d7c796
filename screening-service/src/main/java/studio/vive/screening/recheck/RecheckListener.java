package studio.vive.screening.recheck;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.consume.InboundEvents;
import studio.vive.messaging.consume.ReliableListener;

/**
 * Takes pre-visit re-checks off {@link Topics#RECHECK_SUBMITTED} and has them decided, with the
 * settings of every listener of the platform (see {@link InboundEvents}); its own consumer group,
 * one per use case.
 */
@Requires(property = "vive.screening.intake.enabled", notEquals = "false")
@ReliableListener(groupId = "screening-service-recheck", clientId = "screening-recheck")
class RecheckListener {

    private final InboundEvents inboundEvents;
    private final RecheckDecisions decisions;

    RecheckListener(InboundEvents inboundEvents, RecheckDecisions decisions) {
        this.inboundEvents = inboundEvents;
        this.decisions = decisions;
    }

    @Topic(Topics.RECHECK_SUBMITTED)
    void on(ConsumerRecord<String, byte[]> record) {
        inboundEvents.process(record, EventTopic.RECHECK_SUBMITTED, decisions::decide);
    }
}
