package studio.vive.booking.catalogue;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Duration;

/** A treatment the studio sells: its code, name, length and price. */
@MappedEntity("service")
public record MassageService(
        @Id String code,
        String name,
        String description,
        int durationMinutes,
        int priceCents,
        String currency,
        boolean active) {

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
