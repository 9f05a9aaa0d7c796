package studio.vive.notification.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.ChangeReason;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.TherapistRef;
import studio.vive.notification.delivery.Notification;
import studio.vive.notification.delivery.NotificationKind;
import studio.vive.notification.support.Bookings;

/** Confirmations of appointments relative to the service's clock, and what their reminders look like. */
final class ReminderEvents {

    private ReminderEvents() {
    }

    /** The studio-zone time {@code fromNow} after the clock's now, to the minute. */
    static OffsetDateTime startIn(Clock clock, Duration fromNow) {
        return clock.instant().plus(fromNow).atZone(ZoneId.of(Bookings.TIME_ZONE)).toOffsetDateTime()
                .withSecond(0).withNano(0);
    }

    /** {@code booking}'s confirmation of a one-hour appointment at {@code start}. */
    static BookingConfirmed confirmedAt(Bookings booking, OffsetDateTime start, Clock clock) {
        Appointment appointment = new Appointment("REMEDIAL_60", Bookings.SERVICE_NAME, start, start.plusHours(1),
                Bookings.TIME_ZONE, new TherapistRef("mia", Bookings.THERAPIST_NAME, booking.therapistEmail));
        return BookingConfirmed.of(booking.bookingId, clock.instant(), booking.client(), appointment);
    }

    /** The client's move of {@code booking} from {@code start} to {@code newStart} (change {@code sequence}). */
    static AppointmentChanged rescheduledTo(Bookings booking, OffsetDateTime start, OffsetDateTime newStart,
                                            int sequence, Clock clock) {
        Appointment previous = confirmedAt(booking, start, clock).appointment();
        Appointment moved = new Appointment(previous.serviceCode(), previous.serviceName(), newStart,
                newStart.plusHours(1), previous.timeZone(), previous.therapist());
        return AppointmentChanged.of(booking.bookingId, clock.instant(), booking.client(), previous, moved, sequence,
                ChangeReason.RESCHEDULED_BY_CLIENT);
    }

    /** The booking's reminder notification, if one was recorded. */
    static Optional<Notification> reminderOf(List<Notification> notifications) {
        return notifications.stream().filter(n -> n.kind() == NotificationKind.CLIENT_REMINDER).findFirst();
    }

    /** The received emails whose subject says they are a reminder. */
    static List<MimeMessage> reminders(List<MimeMessage> received) {
        return received.stream().filter(ReminderEvents::isReminder).toList();
    }

    private static boolean isReminder(MimeMessage message) {
        try {
            return message.getSubject().startsWith("Reminder");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
