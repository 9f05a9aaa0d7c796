package studio.vive.notification.reminder;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.notification.delivery.MessageIds;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationsRecorded;
import studio.vive.notification.email.ComposedEmail;

/**
 * Turns due reminders into notifications, one batch per transaction: the rows are locked
 * ({@code FOR UPDATE SKIP LOCKED}, so two instances share the work without overlap), the email is
 * recorded as a PENDING notification (unique per booking, kind and recipient: exactly once) and
 * the reminder marked ISSUED in the same commit. A reminder found due after its appointment has
 * started (a long outage) is MISSED, not sent.
 */
@Singleton
public class ReminderIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderIssuer.class);

    private final ReminderRepository reminders;
    private final NotificationRepository notifications;
    private final ReminderEmail emails;
    private final MessageIds messageIds;
    private final ReminderSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher<NotificationsRecorded> recordedEvents;

    public ReminderIssuer(ReminderRepository reminders, NotificationRepository notifications, ReminderEmail emails,
                          MessageIds messageIds, ReminderSettings settings, Clock clock,
                          ApplicationEventPublisher<NotificationsRecorded> recordedEvents) {
        this.reminders = reminders;
        this.notifications = notifications;
        this.emails = emails;
        this.messageIds = messageIds;
        this.settings = settings;
        this.clock = clock;
        this.recordedEvents = recordedEvents;
    }

    /**
     * Issues up to one batch of due reminders.
     *
     * @return how many due reminders were settled (issued or missed)
     */
    @Transactional
    public int issueDue() {
        Instant now = clock.instant();
        int settled = 0;
        int recorded = 0;
        for (Reminder reminder : reminders.lockDue(now, settings.batchSize())) {
            if (!reminder.startsAt().toInstant().isAfter(now)) {
                reminders.settle(reminder.bookingId(), ReminderStatus.MISSED.name(), now);
                LOG.warn("Reminder of booking {} found due after the appointment started; not sent",
                        reminder.bookingId());
            } else {
                recorded += issue(reminder, now) ? 1 : 0;
            }
            settled++;
        }
        if (recorded > 0) {
            recordedEvents.publishEvent(new NotificationsRecorded(recorded));
        }
        return settled;
    }

    /** Records the reminder's email, or settles it FAILED when it cannot be composed. */
    private boolean issue(Reminder reminder, Instant now) {
        ComposedEmail email;
        try {
            email = emails.compose(reminder);
        } catch (RuntimeException e) {
            // Composing touches no database row, so the batch's transaction is intact: settle this
            // one and go on, rather than retrying it on every run ahead of the reminders behind it.
            reminders.settle(reminder.bookingId(), ReminderStatus.FAILED.name(), now);
            LOG.error("Reminder of booking {} could not be composed ({}); not sent", reminder.bookingId(),
                    e.getClass().getSimpleName());
            return false;
        }
        boolean recorded = record(reminder, email, now);
        reminders.settle(reminder.bookingId(), ReminderStatus.ISSUED.name(), now);
        return recorded;
    }

    private boolean record(Reminder reminder, ComposedEmail email, Instant now) {
        if (notifications.existsByBookingIdAndKindAndRecipient(reminder.bookingId(), email.kind(),
                email.recipient())) {
            LOG.info("Reminder of booking {} already recorded; not sending it again", reminder.bookingId());
            return false;
        }
        UUID id = UUID.randomUUID();
        // No trace parent: the reminder is sent by the schedule a day or so after the booking's trace ended.
        notifications.save(Notification.pending(id, messageIds.of(id), reminder.bookingId(), reminder.eventId(),
                email.outgoing(), now, null));
        LOG.info("Reminder of booking {} recorded as notification {}", reminder.bookingId(), id);
        return true;
    }
}
