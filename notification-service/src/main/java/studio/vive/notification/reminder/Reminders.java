package studio.vive.notification.reminder;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.BookingCancelled;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingLifecycleEvent;
import studio.vive.contracts.BookingReferred;

/**
 * The booking's reminder before the visit: scheduled with the intake of its confirmation, dropped
 * when it is cancelled or referred, moved with the appointment when it changes (a reschedule, a
 * reassignment). {@link ReminderIssuer} sends it when due.
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
        } else if (event instanceof AppointmentChanged changed) {
            move(changed.bookingId(), changed.appointment());
        } else if (event instanceof BookingCancelled || event instanceof BookingReferred) {
            if (reminders.drop(event.bookingId(), clock.instant()) > 0) {
                LOG.info("{}: the booking's reminder is dropped", event.type());
            }
        }
    }

    /**
     * Moves the booking's reminder still to send to {@code appointment} (its new time or
     * therapist); the due time follows the usual rule, as if confirmed now. A reminder already
     * sent, dropped or missed is left as it is.
     *
     * @return whether the booking had a reminder still to send that was moved
     */
    @Transactional
    public boolean move(UUID bookingId, Appointment appointment) {
        Instant now = clock.instant();
        Instant dueAt = timing.dueAt(appointment.startsAt().toInstant(), now).orElse(null);
        boolean moved = reminders.move(bookingId, appointment.therapist().id(), appointment.therapist().name(),
                appointment.startsAt(), appointment.endsAt(), dueAt, now) > 0;
        LOG.info("Appointment of booking {} changed: reminder {}", bookingId,
                moved ? (dueAt == null ? "skipped (appointment too close)" : "due at " + dueAt) : "not moved");
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
                event.client().name(), event.client().email(), appointment.serviceCode(),
                appointment.serviceName(), appointment.therapist().id(), appointment.therapist().name(),
                appointment.startsAt(), appointment.endsAt(), appointment.timeZone(), now, now, null));
        LOG.info("{}: reminder {}", event.type(), dueAt == null ? "skipped (appointment too close)" : "due at " + dueAt);
    }
}
