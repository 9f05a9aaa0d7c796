package studio.vive.notification.admin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.UUID;
import studio.vive.notification.delivery.NotificationRepository;

/** Staff view of the delivery log: what was (or is being) emailed about a booking. */
@Controller("/api/admin/notifications")
@Secured("ADMIN")
public class NotificationAdminController {

    private final NotificationRepository notifications;

    public NotificationAdminController(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * Every notification of the booking, in the order they were recorded, with status (PENDING,
     * SENT, FAILED), attempts, timestamps and the last error. An unknown booking gives an empty
     * list; a missing or malformed booking id gives 400 (problem+json).
     */
    @Get
    public List<NotificationView> forBooking(@QueryValue UUID bookingId) {
        return notifications.findByBookingIdInRecordedOrder(bookingId).stream().map(NotificationView::of).toList();
    }
}
