package studio.vive.booking.booking;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.BookingCancelled;
import studio.vive.contracts.CancelledBy;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.BookingReferred;
import studio.vive.contracts.Reason;
import studio.vive.contracts.TherapistRef;
import studio.vive.contracts.Tier;

/**
 * Builds the events notification-service acts on: everything an email needs (contact,
 * appointment, therapist, plain-language reasons), never the phone number, the screening answers
 * or a bearer credential (notification-service fetches the manage link, issue 13).
 */
@Singleton
public class LifecycleEvents {

    private final Catalogue catalogue;
    private final StudioTime time;

    LifecycleEvents(Catalogue catalogue, StudioTime time) {
        this.catalogue = catalogue;
        this.time = time;
    }

    /** Without a manage link since issue 13: notification-service fetches one for the email. */
    public BookingConfirmed confirmed(Booking booking, Instant at) {
        return BookingConfirmed.of(booking.id(), at, booking.contact(), appointment(booking));
    }

    public BookingReferred referred(Booking booking, Instant at, Tier tier, List<Reason> reasons) {
        return BookingReferred.of(booking.id(), at, booking.contact(), tier, reasons);
    }

    /** The client's own cancellation (no {@code cancelledBy}: that is what its absence means). */
    public BookingCancelled cancelled(Booking booking, Instant at) {
        return BookingCancelled.of(booking.id(), at, booking.contact(), appointment(booking));
    }

    /** The studio's cancellation on the client's behalf: the client is sent an apology and a re-book link. */
    public BookingCancelled cancelledByStudio(Booking booking, Instant at) {
        return BookingCancelled.of(booking.id(), at, booking.contact(), appointment(booking), CancelledBy.STUDIO);
    }

    /** The appointment of {@code booking} in the studio's time zone. */
    public Appointment appointment(Booking booking) {
        MassageService service = catalogue.service(booking.serviceCode()).orElseThrow(() ->
                new IllegalStateException("booking " + booking.id() + " names an unknown service"));
        Therapist therapist = catalogue.therapist(booking.therapistId()).orElseThrow(() ->
                new IllegalStateException("booking " + booking.id() + " names an unknown therapist"));
        return new Appointment(service.code(), service.name(), time.local(booking.startsAt()),
                time.local(booking.endsAt()), time.zone().getId(),
                new TherapistRef(therapist.id(), therapist.name(), therapist.email()));
    }
}
