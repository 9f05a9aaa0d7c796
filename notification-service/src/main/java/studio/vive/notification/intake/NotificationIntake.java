package studio.vive.notification.intake;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.messaging.inbox.ProcessedEvents;
import studio.vive.messaging.trace.TraceParent;
import studio.vive.notification.delivery.MessageIds;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationsRecorded;
import studio.vive.notification.email.BookingEmails;
import studio.vive.notification.email.ComposedEmail;
import studio.vive.notification.reminder.Reminders;

/**
 * Turns a lifecycle event into recorded intents: in one transaction, marks the event processed and
 * records each email it calls for as a PENDING notification. Nothing is sent here; the
 * {@code NotificationDispatcher} sends what was committed, woken by {@link NotificationsRecorded}.
 *
 * <p>Exactly once per (booking, kind, recipient, invite SEQUENCE): a redelivered event is
 * recognised by its event id, and a different event asking for an email the booking already has
 * (a republished event) by the notification's natural key, backed by a unique constraint. The
 * SEQUENCE is in the key because a booking that moves sends each party a new invite per change;
 * a cancellation's is one above the newest invite, so a republished one computes the same.
 */
@Singleton
public class NotificationIntake {

    /** This use case's name in the processed-event inbox. */
    public static final String CONSUMER = "notification-intake";

    private static final Logger LOG = LoggerFactory.getLogger(NotificationIntake.class);

    private final AppointmentCheck appointments;
    private final ProcessedEvents processedEvents;
    private final NotificationRepository notifications;
    private final BookingEmails emails;
    private final MessageIds messageIds;
    private final Clock clock;
    private final ApplicationEventPublisher<NotificationsRecorded> recordedEvents;
    private final Reminders reminders;

    public NotificationIntake(AppointmentCheck appointments, ProcessedEvents processedEvents,
                              NotificationRepository notifications, BookingEmails emails, MessageIds messageIds,
                              Clock clock, ApplicationEventPublisher<NotificationsRecorded> recordedEvents,
                              Reminders reminders) {
        this.appointments = appointments;
        this.processedEvents = processedEvents;
        this.notifications = notifications;
        this.emails = emails;
        this.messageIds = messageIds;
        this.clock = clock;
        this.recordedEvents = recordedEvents;
        this.reminders = reminders;
    }

    /**
     * Records the emails {@code event} calls for, unless it was already processed.
     *
     * @throws studio.vive.messaging.consume.RejectedEventException when no email can describe the
     *                                                              event's appointment
     */
    @Transactional
    public void accept(BookingLifecycleEvent event) {
        appointments.check(event);
        if (!processedEvents.markProcessed(event.eventId(), CONSUMER)) {
            LOG.info("{} already processed; ignoring the redelivery", event.type());
            return;
        }
        if ((event instanceof BookingConfirmed || event instanceof AppointmentChanged) && alreadyCancelled(event)) {
            // Same partition, so this only happens if booking-service published out of order: an
            // invite after the cancellation would put a cancelled appointment back in calendars.
            LOG.warn("{} arrived after the booking's cancellation; not sending it", event.type());
            return;
        }
        int recorded = record(event);
        // In this transaction: the reminder is scheduled (or dropped) exactly when the event is processed.
        reminders.follow(event);
        LOG.info("{} processed: {} notification(s) recorded", event.type(), recorded);
        if (recorded > 0) {
            // Heard after the commit: the senders start on these at once instead of at the next poll.
            recordedEvents.publishEvent(new NotificationsRecorded(recorded));
        }
    }

    /** Records the emails {@code event} calls for that the booking does not have yet; returns how many. */
    private int record(BookingLifecycleEvent event) {
        Instant now = clock.instant();
        int recorded = 0;
        int latestInvite = notifications.latestInviteSequence(event.bookingId());
        for (ComposedEmail email : emails.compose(event, latestInvite)) {
            if (isDue(event, email)) {
                UUID id = UUID.randomUUID();
                // the event's processing span is current: the send continues the booking's trace
                notifications.save(Notification.pending(id, messageIds.of(id), event.bookingId(), event.eventId(),
                        email.outgoing(), now, TraceParent.ofCurrentContext()));
                recorded++;
            }
        }
        return recorded;
    }

    private boolean isDue(BookingLifecycleEvent event, ComposedEmail email) {
        if (email.kind() == NotificationKind.THERAPIST_CANCELLATION && !notifications
                .existsByBookingIdAndKindAndRecipient(event.bookingId(), NotificationKind.THERAPIST_NOTICE,
                        email.recipient())) {
            // Cancelled before it was confirmed: the therapist never heard of this booking.
            LOG.info("{}: the therapist was never notified of this booking; no cancellation for them",
                    event.type());
            return false;
        }
        if (notifications.existsByBookingIdAndKindAndRecipientAndInviteSequence(event.bookingId(), email.kind(),
                email.recipient(), email.outgoing().inviteSequence())) {
            LOG.info("{} of this booking already recorded; not sending it again", email.kind());
            return false;
        }
        return true;
    }

    private boolean alreadyCancelled(BookingLifecycleEvent event) {
        return notifications.existsByBookingIdAndKindAndRecipient(event.bookingId(),
                NotificationKind.CLIENT_CANCELLATION, event.client().email());
    }
}
