package studio.vive.booking.outcome;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.consume.InboundEvents;

/**
 * Consumes screening decisions. Offsets are committed per record after it was applied (or
 * dead-lettered); a transient failure is retried, never skipped.
 */
@KafkaListener(groupId = "${vive.outcomes.group-id:booking-service}", clientId = "booking-outcomes",
        offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.ASYNC_PER_RECORD,
        threadsValue = "${vive.inbound.consumer-threads:3}",
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "1s", retryCount = Integer.MAX_VALUE),
        properties = @Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"))
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
