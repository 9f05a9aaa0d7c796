package studio.vive.notification.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.AppointmentChanged;
import studio.vive.contracts.BookingCancelled;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.ChangeReason;
import studio.vive.contracts.Contact;
import studio.vive.contracts.Reason;
import studio.vive.contracts.TherapistRef;
import studio.vive.contracts.Tier;

/**
 * Lifecycle events of one fresh booking, shaped like the golden samples, with addresses unique to
 * this booking (the test SMTP server and Kafka are shared by every test of the JVM).
 */
public final class Bookings {

    public static final String SERVICE_NAME = "Remedial massage, 60 minutes";
    public static final String THERAPIST_NAME = "Mia Chen";
    public static final String TIME_ZONE = "Australia/Sydney";
    public static final OffsetDateTime STARTS_AT = OffsetDateTime.parse("2026-12-01T10:00:00+11:00");

    public final UUID bookingId = UUID.randomUUID();
    public final String clientName;
    public final String clientEmail = "client-" + bookingId + "@example.com";
    public final String therapistEmail = "therapist-" + bookingId + "@vive.studio";
    /** The colleague a reassignment moves the booking to. */
    public final String otherTherapistEmail = "other-therapist-" + bookingId + "@vive.studio";
    /** The manage link a confirmation carried before issue 13 (old-shape events only). */
    public final String legacyManageUrl = "http://localhost:8080/manage/" + bookingId + "?token=k3Jd9sQ2";

    public Bookings() {
        this("Ada Lovelace");
    }

    public Bookings(String clientName) {
        this.clientName = clientName;
    }

    public Contact client() {
        return new Contact(clientName, clientEmail);
    }

    public Appointment appointment() {
        return new Appointment("REMEDIAL_60", SERVICE_NAME, STARTS_AT, STARTS_AT.plusHours(1), TIME_ZONE,
                new TherapistRef("mia", THERAPIST_NAME, therapistEmail));
    }

    /** The confirmation as booking-service writes it: no manage link. */
    public BookingConfirmed confirmed() {
        return BookingConfirmed.of(bookingId, Instant.parse("2026-11-30T23:15:02Z"), client(), appointment());
    }

    /** The confirmation as booking-service wrote it before issue 13, with {@link #legacyManageUrl}. */
    public BookingConfirmed confirmedOldShape() {
        return BookingConfirmed.of(bookingId, Instant.parse("2026-11-30T23:15:02Z"), client(), appointment(),
                legacyManageUrl);
    }

    /** The manage link booking-service issued for this booking's latest email. */
    public String issuedManageUrl() {
        java.util.List<String> issued = BookingServiceStandIn.get().manageUrlsIssuedFor(bookingId);
        if (issued.isEmpty()) {
            throw new AssertionError("no manage link was issued for the booking");
        }
        return issued.get(issued.size() - 1);
    }

    public BookingCancelled cancelled() {
        return BookingCancelled.of(bookingId, Instant.parse("2026-11-30T23:20:00Z"), client(), appointment());
    }

    public BookingCancelled cancelledByStudio() {
        return BookingCancelled.of(bookingId, Instant.parse("2026-11-30T23:20:00Z"), client(), appointment(),
                studio.vive.contracts.CancelledBy.STUDIO);
    }

    /** The appointment with the colleague ("noah") at the same time. */
    public Appointment appointmentWithColleague() {
        return new Appointment("REMEDIAL_60", SERVICE_NAME, STARTS_AT, STARTS_AT.plusHours(1), TIME_ZONE,
                new TherapistRef("noah", "Noah Patel", otherTherapistEmail));
    }

    /** The appointment with the same therapist, {@code later} after the original time. */
    public Appointment appointmentLater(java.time.Duration later) {
        return new Appointment("REMEDIAL_60", SERVICE_NAME, STARTS_AT.plus(later), STARTS_AT.plus(later).plusHours(1),
                TIME_ZONE, new TherapistRef("mia", THERAPIST_NAME, therapistEmail));
    }

    /** The appointment moved from {@code previous} to {@code now}, as change {@code sequence}. */
    public AppointmentChanged changed(Appointment previous, Appointment now, int sequence, ChangeReason reason) {
        return AppointmentChanged.of(bookingId, Instant.parse("2026-11-30T23:18:00Z"), client(), previous, now,
                sequence, reason);
    }

    public BookingReferred referred(Tier tier, List<Reason> reasons) {
        return BookingReferred.of(bookingId, Instant.parse("2026-11-30T23:15:02Z"), client(), tier, reasons);
    }
}
