package studio.vive.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.e2e.Suite;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;
import studio.vive.e2e.stack.Service;
import studio.vive.e2e.stack.ServiceInstance;

/**
 * {@code POST /api/bookings} is limited per client address. Proven on an extra booking-service
 * instance configured with a low limit (the suite's own instance must let the suite through).
 */
@E2eTest
@Order(7)
class RateLimitIT {

    private static final int LIMIT = 5;

    private final PlatformStack stack;
    private final Suite suite;
    private ServiceInstance limited;
    private final List<HttpResult> answers = new ArrayList<>();
    private final List<BookingRequest> sent = new ArrayList<>();

    RateLimitIT(PlatformStack stack) {
        this.stack = stack;
        this.suite = Suite.of(stack);
    }

    @BeforeAll
    void oneMoreRequestThanTheLimitFromOneAddress() {
        limited = stack.startAnotherInstance(Service.BOOKING, Map.of(
                "BOOKING_RATE_LIMIT_REQUESTS", String.valueOf(LIMIT),
                "BOOKING_RATE_LIMIT_PERIOD", "10m"));
        BookingApi api = new BookingApi(limited);
        for (int i = 0; i <= LIMIT; i++) {
            BookingRequest request = BookingRequest.of(suite.slots().next(), ScreeningCase.CLEARED);
            sent.add(request);
            answers.add(api.submit(request.json()));
        }
    }

    @Test
    void requestsWithinTheLimitAreServed() {
        assertThat(answers.subList(0, LIMIT)).allSatisfy(answer -> assertThat(answer.status()).as(answer.describe()).isEqualTo(202));
    }

    @Test
    void theRequestBeyondTheLimitGets429ProblemJsonWithRetryAfter() {
        HttpResult refused = answers.get(LIMIT);

        assertThat(refused.status()).as(refused.describe()).isEqualTo(429);
        assertThat(refused.isProblem()).as(refused.describe()).isTrue();
        assertThat(refused.header("Retry-After")).isPresent();
    }

    @Test
    void theRefusedRequestHeldNoSlot() {
        HttpResult retried = suite.bookingApi().submit(sent.get(LIMIT).json());

        assertThat(retried.status()).as(retried.describe()).isEqualTo(202);
    }

    @AfterAll
    void stopTheLimitedInstance() {
        if (limited != null) {
            limited.stop();
        }
    }
}
