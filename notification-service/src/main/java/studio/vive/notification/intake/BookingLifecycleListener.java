package studio.vive.notification.intake;

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
 * Reads booking lifecycle events ({@link Topics#BOOKING_LIFECYCLE}) and records the emails they
 * call for. Unreadable records go to the dead-letter topic (by {@link InboundEvents}); a record is
 * committed only after its notifications are recorded, and re-polled while the database is down.
 */
@KafkaListener(groupId = "notification-service", clientId = "notification-intake",
        offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.ASYNC_PER_RECORD,
        threadsValue = "${vive.inbound.consumer-threads:3}",
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "1s", retryCount = Integer.MAX_VALUE),
        properties = @Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"))
public class BookingLifecycleListener {

    private final InboundEvents inboundEvents;
    private final NotificationIntake intake;

    public BookingLifecycleListener(InboundEvents inboundEvents, NotificationIntake intake) {
        this.inboundEvents = inboundEvents;
        this.intake = intake;
    }

    @Topic(Topics.BOOKING_LIFECYCLE)
    void on(ConsumerRecord<String, byte[]> record) {
        inboundEvents.process(record, EventTopic.BOOKING_LIFECYCLE, intake::accept);
    }
}
