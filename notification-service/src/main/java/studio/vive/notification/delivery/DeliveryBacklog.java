package studio.vive.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * Gauges of the delivery log by status ({@code vive.notification.notifications{status=...}}), for
 * alerts: a growing PENDING count means mail is not going out, any FAILED needs a person.
 */
@Singleton
public class DeliveryBacklog implements MeterBinder {

    static final String NOTIFICATIONS = "vive.notification.notifications";

    private final NotificationRepository notifications;

    public DeliveryBacklog(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (NotificationStatus status : NotificationStatus.values()) {
            Gauge.builder(NOTIFICATIONS, notifications, repository -> repository.countByStatus(status))
                    .description("Notifications in the delivery log by status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
