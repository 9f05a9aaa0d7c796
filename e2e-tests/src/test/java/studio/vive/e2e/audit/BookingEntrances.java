package studio.vive.e2e.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.http.HttpResult;

/**
 * The booking-service instances a client population reaches, as through a round-robin load
 * balancer: every request, a retry too, goes to the next instance, so a retry after an instance
 * died reaches a live one. Counts the bookings each instance accepted.
 */
public final class BookingEntrances {

    private final List<BookingApi> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray accepted;

    private BookingEntrances(List<BookingApi> instances) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("at least one booking-service instance");
        }
        this.instances = List.copyOf(instances);
        this.accepted = new AtomicIntegerArray(instances.size());
    }

    public static BookingEntrances of(BookingApi... instances) {
        return new BookingEntrances(List.of(instances));
    }

    /** {@code POST /api/bookings} on the next instance in turn. */
    public HttpResult submit(ObjectNode body, Map<String, String> headers) {
        int instance = Math.floorMod(next.getAndIncrement(), instances.size());
        HttpResult result = instances.get(instance).submit(body, headers);
        if (result.status() == 202) {
            accepted.incrementAndGet(instance);
        }
        return result;
    }

    /** Bookings accepted by each instance, in the order the instances were given. */
    public List<Integer> acceptedPerInstance() {
        List<Integer> counts = new ArrayList<>(accepted.length());
        for (int i = 0; i < accepted.length(); i++) {
            counts.add(accepted.get(i));
        }
        return counts;
    }
}
