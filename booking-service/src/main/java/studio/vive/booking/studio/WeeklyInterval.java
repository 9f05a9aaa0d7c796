package studio.vive.booking.studio;

import io.micronaut.serde.annotation.Serdeable;
import studio.vive.booking.catalogue.WorkingHours;

/** One weekly working interval as staff write and read it: {@code MONDAY}, {@code 09:00}, {@code 17:00}. */
@Serdeable
public record WeeklyInterval(String day, String startsAt, String endsAt) {

    static WeeklyInterval of(WorkingHours h) {
        return new WeeklyInterval(h.day().name(), h.startsAt().toString(), h.endsAt().toString());
    }
}
