package studio.vive.messaging.consume;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.slf4j.MDC;
import studio.vive.contracts.BookingRequested;
import studio.vive.messaging.inbox.ProcessedEvents;

/** The handler behind the test listener: fails as each test scripts it, and remembers what it saw. */
@Singleton
@Requires(property = "spec.name", value = "InboundEventsIT")
class ScriptedHandler {

    enum Failure { TRANSIENT, PERMANENT, REJECTED }

    record Handled(UUID eventId, UUID bookingId, String mdcBookingId, String mdcEventId) {
    }

    private final ProcessedEvents processedEvents;
    private final TransactionOperations<Connection> transactions;
    private final Map<UUID, Failure> failures = new ConcurrentHashMap<>();
    private final Map<UUID, IntPredicate> failWhile = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Handled> handled = new CopyOnWriteArrayList<>();

    ScriptedHandler(ProcessedEvents processedEvents, TransactionOperations<Connection> transactions) {
        this.processedEvents = processedEvents;
        this.transactions = transactions;
    }

    /** The event with {@code eventId} fails with {@code failure} while {@code attempt -> bool} holds. */
    void fail(UUID eventId, Failure failure, IntPredicate whileAttempt) {
        failures.put(eventId, failure);
        failWhile.put(eventId, whileAttempt);
    }

    void handle(BookingRequested event) {
        int attempt = attempts.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
        Failure failure = failures.get(event.eventId());
        if (failure != null && failWhile.get(event.eventId()).test(attempt)) {
            throw switch (failure) {
                case TRANSIENT -> new DataAccessException("scripted", new SQLTransientConnectionException("database down"));
                case PERMANENT -> new IllegalStateException("scripted bug");
                case REJECTED -> new RejectedEventException("the appointment is in the past");
            };
        }
        // A real effect in the database, so a stopped PostgreSQL is a real transient failure.
        boolean first = transactions.executeWrite(status -> processedEvents.markProcessed(event.eventId(), "inbound-test"));
        if (first) {
            handled.add(new Handled(event.eventId(), event.bookingId(), MDC.get("bookingId"), MDC.get("eventId")));
        }
    }

    int attempts(UUID eventId) {
        AtomicInteger count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }

    List<Handled> handledFor(UUID bookingId) {
        return handled.stream().filter(h -> h.bookingId().equals(bookingId)).toList();
    }
}
