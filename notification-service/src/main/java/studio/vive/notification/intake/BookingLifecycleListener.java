package studio.vive.notification.intake;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.consume.InboundEvents;
import studio.vive.messaging.consume.ReliableListener;

/**
 * Reads booking lifecycle events ({@link Topics#BOOKING_LIFECYCLE}) and records the emails they
 * call for. Unreadable records go to the dead-letter topic (by {@link InboundEvents}); a record is
 * committed only after its notifications are recorded, and re-polled while the database is down.
 */
@ReliableListener(groupId = "notification-service", clientId = "notification-intake")
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
