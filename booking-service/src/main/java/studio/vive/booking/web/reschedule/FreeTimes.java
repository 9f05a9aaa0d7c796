package studio.vive.booking.web.reschedule;

import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import studio.vive.booking.availability.Availability;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.web.DisplayTimes;

/** The free times of one day for a booking's treatment, as the change-time page lists them. */
@Singleton
class FreeTimes {

    private final Availability availability;
    private final Catalogue catalogue;
    private final DisplayTimes times;

    FreeTimes(Availability availability, Catalogue catalogue, DisplayTimes times) {
        this.availability = availability;
        this.catalogue = catalogue;
        this.times = times;
    }

    /** One free time: its radio value, its label and who would see the client. */
    @Introspected
    record Time(String value, String label, String therapistName) {
    }

    /** By time, then therapist; none when the treatment is no longer offered. */
    List<Time> on(BookingView booking, LocalDate day) {
        try {
            return availability.freeSlots(booking.serviceCode(), day, null).stream()
                    .sorted(Comparator.comparing(Slot::startsAt).thenComparing(Slot::therapistId))
                    .map(this::time).toList();
        } catch (InvalidRequestException notOffered) {
            return List.of();
        }
    }

    private Time time(Slot slot) {
        String name = catalogue.therapist(slot.therapistId()).map(Therapist::name).orElse(slot.therapistId());
        return new Time(ChangeTimeForm.valueOf(slot.therapistId(), slot.startsAt()),
                times.time(slot.startsAt()), name);
    }
}
