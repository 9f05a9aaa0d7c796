package studio.vive.messaging.consume;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;

/** A listener configured as CONTRIBUTING.md recommends, handing every record to InboundEvents. */
@Requires(property = "spec.name", value = "InboundEventsIT")
@KafkaListener(groupId = "messaging-inbound-test", clientId = "messaging-inbound-test",
        offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.ASYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "100ms",
                retryCount = Integer.MAX_VALUE),
        properties = @Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"))
class InboundTestListener {

    private final InboundEvents inboundEvents;
    private final ScriptedHandler handler;
    volatile boolean mdcLeftClean = true;

    InboundTestListener(InboundEvents inboundEvents, ScriptedHandler handler) {
        this.inboundEvents = inboundEvents;
        this.handler = handler;
    }

    @Topic(Topics.BOOKING_REQUESTED)
    void on(ConsumerRecord<String, byte[]> record) {
        try {
            inboundEvents.process(record, EventTopic.BOOKING_REQUESTED, handler::handle);
        } finally {
            if (MDC.get("bookingId") != null || MDC.get("eventId") != null) {
                mdcLeftClean = false;
            }
        }
    }
}
