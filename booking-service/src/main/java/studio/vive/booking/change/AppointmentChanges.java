package studio.vive.booking.change;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.LifecycleEvents;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.ChangeReason;
import studio.vive.contracts.EventTopic;
import studio.vive.messaging.outbox.Outbox;

/**
 * Tells client and therapists that a confirmed booking's appointment changed (a studio
 * reassignment, a client's reschedule): one {@link AppointmentChanged} through the outbox, in the
 * transaction that made the change, with the next invite SEQUENCE of the booking so every
 * calendar replaces its older copy of the same event.
 */
@Singleton
public class AppointmentChanges {

    private final AppointmentChangeLog log;
    private final LifecycleEvents events;
    private final Outbox outbox;
    private final StudioTime time;

    AppointmentChanges(AppointmentChangeLog log, LifecycleEvents events, Outbox outbox, StudioTime time) {
        this.log = log;
        this.events = events;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Records and publishes the change from {@code previous} to {@code now}. The caller holds the
     * booking's row lock and has already written {@code now}.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public AppointmentChanged announce(Booking previous, Booking now, ChangeReason reason) {
        Appointment before = events.appointment(previous);
        int sequence = log.recordNext(now.id(), reason.name(), previous.therapistId(), previous.startsAt(),
                previous.endsAt(), time.now());
        AppointmentChanged changed = AppointmentChanged.of(now.id(), time.now(), now.contact(), before,
                events.appointment(now), sequence, reason);
        outbox.append(EventTopic.BOOKING_LIFECYCLE, changed);
        return changed;
    }

    /** The invite SEQUENCE a cancellation of {@code booking} must exceed (0 when it never changed). */
    public int lastSequence(Booking booking) {
        return log.lastSequence(booking.id());
    }
}
