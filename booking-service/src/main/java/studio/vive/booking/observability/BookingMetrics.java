package studio.vive.booking.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import studio.vive.contracts.Tier;

/**
 * Business meters on {@code /prometheus}: {@code vive.bookings.accepted}, {@code vive.bookings.rejected}
 * (by reason), {@code vive.bookings.outcomes} (by tier) and {@code vive.bookings.cancelled}.
 */
@Singleton
public class BookingMetrics {

    /** Why a booking request was refused. */
    public enum Rejection { INVALID, NOT_BOOKABLE, SLOT_TAKEN, IDEMPOTENCY_KEY_REUSED }

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter cancelled;

    public BookingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = Counter.builder("vive.bookings.accepted")
                .description("Booking requests accepted (slot held)").register(registry);
        this.cancelled = Counter.builder("vive.bookings.cancelled")
                .description("Bookings cancelled by clients").register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    public void rejected(Rejection reason) {
        Counter.builder("vive.bookings.rejected").description("Booking requests refused")
                .tag("reason", reason.name()).register(registry).increment();
    }

    public void outcome(Tier tier) {
        Counter.builder("vive.bookings.outcomes").description("Screening outcomes applied to bookings")
                .tag("tier", tier.name()).register(registry).increment();
    }

    public void cancelled() {
        cancelled.increment();
    }
}
