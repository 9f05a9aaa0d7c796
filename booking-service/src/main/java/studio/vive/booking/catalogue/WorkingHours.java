package studio.vive.booking.catalogue;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly working interval of a therapist, in the studio's local time. */
@MappedEntity("working_hours")
public record WorkingHours(
        @Id @GeneratedValue Integer id,
        String therapistId,
        short dayOfWeek,
        LocalTime startsAt,
        LocalTime endsAt) {

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }
}
