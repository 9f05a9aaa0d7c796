package studio.vive.notification.reminder;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.BookingCancelled;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.contracts.BookingReferred;

/**
 * The booking's reminder before the visit: scheduled with the intake of its confirmation, dropped
 * when it is cancelled or referred, moved by a reschedule. {@link ReminderIssuer} sends it when due.
 */
@Singleton
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final ReminderRepository reminders;
    private final ReminderTiming timing;
    private final Clock clock;

    public Reminders(ReminderRepository reminders, ReminderTiming timing, Clock clock) {
        this.reminders = reminders;
        this.timing = timing;
        this.clock = clock;
    }

    /**
     * Schedules or drops the booking's reminder as {@code event} calls for, in the caller's
     * transaction (the intake's, so it commits with the processed event id).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void follow(BookingLifecycleEvent event) {
        if (event instanceof BookingConfirmed confirmed) {
            schedule(confirmed);
        } else if (event instanceof BookingCancelled || event instanceof BookingReferred) {
            if (reminders.drop(event.bookingId(), clock.instant()) > 0) {
                LOG.info("{}: the booking's reminder is dropped", event.type());
            }
        }
    }

    /**
     * Moves the booking's pending reminder to an appointment starting at {@code newStart} (the
     * appointment keeps its length); the due time follows the usual rule, as if confirmed now.
     * A reminder already sent, dropped or missed is left as it is.
     *
     * @return whether the booking had a reminder still to send that was moved
     */
    @Transactional
    public boolean reschedule(UUID bookingId, OffsetDateTime newStart) {
        Reminder current = reminders.findById(bookingId).orElse(null);
        if (current == null) {
            return false;
        }
        Instant now = clock.instant();
        OffsetDateTime newEnd = newStart.plus(Duration.between(current.startsAt(), current.endsAt()));
        Instant dueAt = timing.dueAt(newStart.toInstant(), now).orElse(null);
        boolean moved = reminders.move(bookingId, newStart, newEnd, dueAt, now) > 0;
        LOG.info("Reschedule of booking {}: reminder {}", bookingId, moved ? "due at " + dueAt : "not moved");
        return moved;
    }

    private void schedule(BookingConfirmed event) {
        if (reminders.existsById(event.bookingId())) {
            return;
        }
        Appointment appointment = event.appointment();
        Instant now = clock.instant();
        Instant dueAt = timing.dueAt(appointment.startsAt().toInstant(), now).orElse(null);
        reminders.save(new Reminder(event.bookingId(), event.eventId(),
                dueAt == null ? ReminderStatus.SKIPPED : ReminderStatus.PENDING, dueAt,
                event.client().name(), event.client().email(), event.manageUrl(), appointment.serviceCode(),
                appointment.serviceName(), appointment.therapist().id(), appointment.therapist().name(),
                appointment.startsAt(), appointment.endsAt(), appointment.timeZone(), now, now, null));
        LOG.info("{}: reminder {}", event.type(), dueAt == null ? "skipped (appointment too close)" : "due at " + dueAt);
    }
}
