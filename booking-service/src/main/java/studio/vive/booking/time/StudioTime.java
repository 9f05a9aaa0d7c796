package studio.vive.booking.time;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The studio's time zone and "now". Every time this service shows or sends is in the studio's
 * zone, with its offset; dates chosen by clients ("2026-12-01") are studio dates.
 */
@Singleton
public class StudioTime {

    private final ZoneId zone;
    private final Clock clock;

    public StudioTime(@Value("${vive.studio.time-zone}") String zone, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** {@code instant} as the studio's wall-clock time with its offset. */
    public OffsetDateTime local(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    /** The studio date {@code instant} falls on. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of the studio date. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
