package studio.vive.e2e.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * One client's budget for {@code POST /api/bookings} is one budget however many booking-service
 * instances serve it: their token buckets live in PostgreSQL. Proven on two extra instances with
 * the same low limit (the suite's own instances must let the suite through), the client's requests
 * alternating between them: kept per instance, every request would be served.
 */
@E2eTest
@Order(8)
class SharedBudgetIT {

    /** Unlike {@code RateLimitIT}'s limit, so the two never count in the same bucket (the size is in its key). */
    private static final int LIMIT = 6;

    private final PlatformStack stack;
    private final Suite suite;
    private final List<ServiceInstance> limited = new ArrayList<>();
    private final List<HttpResult> alternating = new ArrayList<>();
    private final List<HttpResult> beyond = new ArrayList<>();

    SharedBudgetIT(PlatformStack stack) {
        this.stack = stack;
        this.suite = Suite.of(stack);
    }

    @BeforeAll
    void theClientSpendsItsBudgetAlternatelyOnTwoInstances() {
        Map<String, String> lowLimit = Map.of("BOOKING_RATE_LIMIT_REQUESTS", String.valueOf(LIMIT),
                "BOOKING_RATE_LIMIT_PERIOD", "10m");
        List<CompletableFuture<ServiceInstance>> starting = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> stack.startAnotherInstance(Service.BOOKING, lowLimit)))
                .toList();
        starting.forEach(instance -> limited.add(instance.join()));
        List<BookingApi> apis = limited.stream().map(BookingApi::new).toList();
        for (int i = 0; i < LIMIT; i++) {
            alternating.add(submitTo(apis.get(i % 2)));
        }
        apis.forEach(api -> beyond.add(submitTo(api)));
    }

    private HttpResult submitTo(BookingApi api) {
        return api.submit(BookingRequest.of(suite.slots().next(), ScreeningCase.CLEARED).json());
    }

    @Test
    void requestsWithinTheBudgetAreServedByEitherInstance() {
        assertThat(alternating).allSatisfy(answer ->
                assertThat(answer.status()).as(answer.describe()).isEqualTo(202));
    }

    @Test
    void onceTheSharedBudgetIsSpentBothInstancesRefuseWith429() {
        assertThat(beyond).hasSize(2).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.describe()).isEqualTo(429);
            assertThat(answer.isProblem()).as(answer.describe()).isTrue();
            assertThat(answer.header("Retry-After")).isPresent();
        });
        System.out.println("booking scale-out: budget of " + LIMIT + " shared by 2 instances: "
                + (LIMIT / 2) + " served by each, the next request refused by both (429)");
    }

    @AfterAll
    void stopTheLimitedInstances() {
        limited.forEach(ServiceInstance::stop);
    }
}
