package studio.vive.bench.cost;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * CPU per completed booking over one step: each account's CPU seconds between two snapshots, divided
 * by the bookings completed in between.
 *
 * @param cpuSeconds by account; an account missing from either snapshot is absent
 * @param bookings   bookings completed (client email delivered)
 */
public record CostPerBooking(Map<CpuAccount, Double> cpuSeconds, int bookings) {

    /** No measurement (e.g. not on Linux). */
    public static final CostPerBooking NONE = new CostPerBooking(Map.of(), 0);

    /** The CPU each account used from {@code before} to {@code after}, for {@code bookings} bookings. */
    public static CostPerBooking between(CpuSnapshot before, CpuSnapshot after, int bookings) {
        Map<CpuAccount, Double> seconds = new EnumMap<>(CpuAccount.class);
        before.ticks().forEach((account, start) -> {
            Long end = after.ticks().get(account);
            if (end != null) {
                seconds.put(account, (end - start) / (double) after.ticksPerSecond());
            }
        });
        return new CostPerBooking(seconds, bookings);
    }

    /** Milliseconds of {@code account}'s CPU per booking; empty when not measured or no booking completed. */
    public OptionalDouble millis(CpuAccount account) {
        Double seconds = cpuSeconds.get(account);
        return seconds == null || bookings == 0 ? OptionalDouble.empty() : OptionalDouble.of(seconds * 1000 / bookings);
    }

    /** The three services together, ms per booking (empty unless all three were measured). */
    public OptionalDouble services() {
        return sum(true);
    }

    /** The infrastructure together (benchmark JVM, PostgreSQL), ms per booking. */
    public OptionalDouble infrastructure() {
        return sum(false);
    }

    /** Everything measured, ms per booking. */
    public OptionalDouble total() {
        OptionalDouble services = services();
        OptionalDouble infrastructure = infrastructure();
        return services.isPresent() && infrastructure.isPresent()
                ? OptionalDouble.of(services.getAsDouble() + infrastructure.getAsDouble()) : OptionalDouble.empty();
    }

    private OptionalDouble sum(boolean service) {
        double total = 0;
        for (CpuAccount account : CpuAccount.values()) {
            if (account.service() != service) {
                continue;
            }
            OptionalDouble millis = millis(account);
            if (millis.isEmpty()) {
                return OptionalDouble.empty();
            }
            total += millis.getAsDouble();
        }
        return OptionalDouble.of(total);
    }
}
