package studio.vive.notification.admin;

import jakarta.inject.Singleton;
import studio.vive.kit.startup.StartupDetail;

/** notification-service's part of the start-up line: where the delivery log is read. */
@Singleton
class DeliveryLogStartupDetail implements StartupDetail {

    @Override
    public String describe(String baseUrl) {
        return "delivery log " + baseUrl + "/api/admin/notifications?bookingId=...";
    }
}
