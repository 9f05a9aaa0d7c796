package studio.vive.e2e.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import studio.vive.e2e.stack.ServiceInstance;

/**
 * What a booking-service instance's own log says it did: which bookings' screening outcomes it
 * applied ({@code Booking <id> confirmed} / {@code referred}), and whether its outbox relay is the
 * active one.
 */
final class OutcomeLogs {

    private static final String RELAY_ACTIVE = "Outbox relay active for this database";

    private OutcomeLogs() {
    }

    /** The bookings among {@code ids} whose outcome {@code instance} applied (every launch's log). */
    static Set<UUID> decidedBy(ServiceInstance instance, Collection<UUID> ids) {
        List<String> lines = instance.logs().stream().flatMap(log -> read(log).stream())
                .filter(line -> line.contains(" confirmed (outcome ") || line.contains(" referred ("))
                .toList();
        return ids.stream().filter(id -> lines.stream().anyMatch(line -> line.contains("Booking " + id + " ")))
                .collect(Collectors.toSet());
    }

    /** Whether the instance's current launch became the database's active outbox relay. */
    static boolean relaysTheOutbox(ServiceInstance instance) {
        List<Path> logs = instance.logs();
        return !logs.isEmpty() && read(logs.get(logs.size() - 1)).stream().anyMatch(line -> line.contains(RELAY_ACTIVE));
    }

    private static List<String> read(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
