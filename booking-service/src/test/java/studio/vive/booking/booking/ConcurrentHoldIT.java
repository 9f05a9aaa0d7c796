package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;

/** The slot is held atomically: of N simultaneous requests for one slot exactly one wins. */
@MicronautTest(transactional = false)
class ConcurrentHoldIT extends ServiceTest {

    private static final int REQUESTS = 16;

    @Override
    protected String databaseName() {
        return "booking_concurrent";
    }

    private List<Integer> sendTogether(List<Map<String, Object>> bodies) throws Exception {
        return sendTogether(bodies, Map.of()).stream().map(Http.Response::status).toList();
    }

    private List<Http.Response> sendTogether(List<Map<String, Object>> bodies, Map<String, String> headers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.postJson("/api/bookings", body, headers);
                }));
            }
            start.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void simultaneousRequestsForOneSlotGiveExactlyOne202AndTheRest409() throws Exception {
        OffsetDateTime slot = at(14, 10, 0);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            bodies.add(BookingBodies.valid("mia", slot));
        }

        List<Integer> statuses = sendTogether(bodies);

        assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(REQUESTS - 1);
        assertThat(new Rows(databaseName()).query(
                "SELECT count(*) FROM booking WHERE therapist_id = 'mia' AND starts_at = ?", slot)).isEqualTo(1);
    }

    @Test
    void simultaneousRequestsForOverlappingTimesGiveExactlyOne202() throws Exception {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            // 10:00, 10:30 and 11:00 all overlap a 60-minute appointment plus buffer of one another
            bodies.add(BookingBodies.valid("mia", at(15, 10, 30 * (i % 2))));
        }

        List<Integer> statuses = sendTogether(bodies);

        assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(REQUESTS - 1);
    }

    @Test
    void simultaneousRetriesWithOneIdempotencyKeyAllAnswerTheOneBooking() throws Exception {
        Map<String, Object> body = BookingBodies.valid("noah", at(15, 14, 0));
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < REQUESTS / 2; i++) {
            bodies.add(body);
        }

        List<Http.Response> responses = sendTogether(bodies, Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(responses).allMatch(r -> r.status() == 202);
        assertThat(responses.stream().map(r -> r.json().get("id").getStringValue()).distinct()).hasSize(1);
        assertThat(new Rows(databaseName()).query(
                "SELECT count(*) FROM booking WHERE therapist_id = 'noah' AND starts_at = ?", at(15, 14, 0)))
                .isEqualTo(1);
    }

    @Test
    void simultaneousRequestsForAnyTherapistFillEachFreeTherapistOnce() throws Exception {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            bodies.add(BookingBodies.valid(null, at(16, 10, 0)));
        }

        List<Integer> statuses = sendTogether(bodies);

        // Wednesday 10:00: mia, noah and ava all work
        assertThat(statuses).filteredOn(s -> s == 202).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(REQUESTS - 3);
    }
}
