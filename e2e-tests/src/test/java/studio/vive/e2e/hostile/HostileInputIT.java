package studio.vive.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.Topics;
import studio.vive.e2e.Suite;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.http.JsonHttp;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;
import studio.vive.e2e.stack.Service;

/**
 * More than 200 malformed and hostile booking requests, all for one free slot: every one is refused
 * with a 4xx problem document, nothing is stored or published, nobody is emailed, and the slot is
 * still free afterwards.
 */
@E2eTest
@Order(3)
class HostileInputIT {

    /** booking-service's configured request limit is 16 KB (BOOKING_MAX_REQUEST_SIZE); well beyond it. */
    private static final int OVERSIZE_BYTES = 256 * 1024;
    private static final int REQUIRED_REQUESTS = 200;
    private static final Duration SETTLE = Duration.ofSeconds(60);

    private final Suite suite;
    private final PlatformStack stack;
    private final JsonHttp http = new JsonHttp();
    private final List<String> wrongAnswers = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> statusesByCategory = new TreeMap<>();
    private List<HostileRequest> requests;
    private Slot slot;
    private Map<String, Long> rowsBefore;
    private Map<String, Long> rowsAfter;
    private long requestedEventsBefore;

    HostileInputIT(PlatformStack stack) {
        this.stack = stack;
        this.suite = Suite.of(stack);
    }

    @BeforeAll
    void sendEveryHostileRequest() {
        slot = suite.slots().next();
        requests = HostileRequests.generate(slot, OVERSIZE_BYTES);
        rowsBefore = TableCounts.of(stack.infrastructure().database(Service.BOOKING.database()));
        requestedEventsBefore = suite.kafka().endOffsetSum(Topics.BOOKING_REQUESTED);
        for (HostileRequest request : requests) {
            HttpResult answer;
            try {
                answer = http.postBytes(suite.bookingApi().uri("/api/bookings"), request.body(), request.contentType(), Map.of());
            } catch (RuntimeException e) {
                wrongAnswers.add(request + " -> no answer: " + e);
                continue;
            }
            statusesByCategory.computeIfAbsent(request.category(), c -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            if (!isRefusal(answer)) {
                wrongAnswers.add(request + " -> " + answer.describe());
            }
        }
        rowsAfter = TableCounts.of(stack.infrastructure().database(Service.BOOKING.database()));
        System.out.println("hostile requests by category and status: " + statusesByCategory);
    }

    @Test
    @Order(1)
    void atLeast200HostileRequestsWereSent() {
        assertThat(requests).hasSizeGreaterThanOrEqualTo(REQUIRED_REQUESTS);
    }

    @Test
    @Order(2)
    void everyHostileRequestIsRefusedWithA4xxProblemDocumentAndNone5xx() {
        assertThat(wrongAnswers).as("requests not refused with 4xx application/problem+json (of " + requests.size() + ")")
                .isEmpty();
    }

    @Test
    @Order(3)
    void nothingIsStoredForARefusedRequest() {
        Map<String, Long> grown = rowsAfter.entrySet().stream()
                .filter(entry -> entry.getValue() > rowsBefore.getOrDefault(entry.getKey(), 0L))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(grown).as("tables that gained rows (before: " + rowsBefore + ")").isEmpty();
    }

    @Test
    @Order(4)
    void theSlotEveryHostileRequestAskedForIsStillFreeAndNothingWasPublished() {
        BookingRequest valid = BookingRequest.of(slot, ScreeningCase.CLEARED);
        HttpResult answer = suite.bookingApi().submit(valid.json());
        assertThat(answer.status()).as("a valid booking of the slot every hostile request asked for: " + answer.describe())
                .isEqualTo(202);
        AcceptedBooking sentinel = new AcceptedBooking(java.util.UUID.fromString(answer.json().path("id").asText()),
                answer.json().path("accessToken").asText(), valid);

        await("the valid booking after the hostile ones is confirmed").atMost(SETTLE).pollInterval(Duration.ofMillis(500))
                .until(() -> "CONFIRMED".equals(suite.bookingApi().get(sentinel).json().path("status").asText()));

        assertThat(suite.kafka().endOffsetSum(Topics.BOOKING_REQUESTED) - requestedEventsBefore)
                .as("BookingRequested events published since the hostile batch: only the valid booking's").isEqualTo(1);
    }

    @Test
    @Order(5)
    void noHostileRequestsContactAddressReceivesEmail() {
        List<String> addresses = requests.stream().map(HostileRequest::contactEmail).filter(address -> address != null)
                .distinct().toList();
        List<String> emailed = suite.mailbox().messagesFor(addresses).entrySet().stream()
                .filter(mailbox -> !mailbox.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(emailed).as("hostile requests whose contact address got mail").isEmpty();
    }

    private static boolean isRefusal(HttpResult answer) {
        return answer.status() >= 400 && answer.status() < 500
                && answer.status() != 409 // a conflict would mean an earlier hostile request took the slot
                && answer.status() != 429 // the suite's instance is not rate-limited: 429 would hide the verdict
                && answer.isProblem();
    }
}
