package studio.vive.booking.stranded;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the stranded bookings on a schedule into the gauge {@code vive.bookings.stranded}, for
 * alerting (anything above 0 needs an admin), and warns in the log while there are any.
 */
@Singleton
public class StrandedMonitor {

    /** The gauge's name. */
    public static final String GAUGE = "vive.bookings.stranded";

    private static final Logger LOG = LoggerFactory.getLogger(StrandedMonitor.class);

    private final StrandedBookings stranded;
    private final StrandedSettings settings;
    private final AtomicLong count = new AtomicLong();

    StrandedMonitor(StrandedBookings stranded, StrandedSettings settings, MeterRegistry registry) {
        this.stranded = stranded;
        this.settings = settings;
        Gauge.builder(GAUGE, count, AtomicLong::get)
                .description("Bookings pending screening for longer than vive.booking.stranded.after")
                .register(registry);
    }

    /** Counts the stranded bookings now. */
    @Scheduled(fixedDelay = "${vive.booking.stranded.check-interval}")
    public void check() {
        try {
            long now = stranded.count();
            count.set(now);
            if (now > 0) {
                LOG.warn("{} booking(s) pending screening for more than {}: see /staff/stranded", now,
                        settings.after());
            }
        } catch (RuntimeException e) {
            // the gauge keeps its last value; the next check retries
            LOG.warn("Could not count stranded bookings ({})", e.getClass().getSimpleName());
        }
    }
}
