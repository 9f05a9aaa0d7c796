package studio.vive.e2e.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.e2e.Suite;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;
import studio.vive.e2e.stack.ServiceInstance;

/**
 * What an operator does when a booking goes wrong: find its id in the three services' logs, and
 * every line about it, in every service, shows the one trace id of that booking (the W3C trace
 * context went from the HTTP request through the outboxes and Kafka to each service, and on to
 * the SMTP sends of its emails), in the platform's one layout.
 */
@E2eTest
@Order(2)
class OneTracePerBookingIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(60);
    /** date, time with offset, level, service, traceId=, bookingId=, eventId=, [thread] logger - message. */
    private static final Pattern LAYOUT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) [A-Z]{4,5} +"
                    + "(booking|screening|notification)-service traceId=([0-9a-f]{32})? bookingId=\\S* eventId=\\S* "
                    + "\\[.*] \\S+ - .*");
    private static final Pattern TRACE_ID = Pattern.compile(" traceId=([0-9a-f]{32}|) ");

    private final PlatformStack stack;
    private final Suite suite;

    OneTracePerBookingIT(PlatformStack stack) {
        this.stack = stack;
        this.suite = Suite.of(stack);
    }

    @Test
    void everyLineAboutABookingInTheThreeServicesShowsTheSameTraceId() {
        UUID booking = book();
        List<ServiceInstance> services = List.of(stack.booking(), stack.screening(), stack.notification());

        // notification-service logs each SMTP send ("Sent ..."), in the send's span: the end of the chain.
        Map<String, List<String>> linesByService = await().atMost(FLOW_TIMEOUT).until(
                () -> services.stream().collect(Collectors.toMap(s -> s.service().module(), s -> linesAbout(booking, s))),
                lines -> lines.values().stream().noneMatch(List::isEmpty)
                        && lines.get("notification-service").stream().anyMatch(l -> l.contains("processed"))
                        && lines.get("notification-service").stream().filter(l -> l.contains(" - Sent ")).count() >= 2);

        Map<String, Set<String>> traceIds = linesByService.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> traceIdsOf(e.getValue())));
        System.out.println("trace ids of booking " + booking + " per service: " + traceIds);
        Set<String> all = traceIds.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(all).as("trace ids on the lines about booking %s: %s", booking, linesByService).hasSize(1);
        assertThat(all.iterator().next()).matches("[0-9a-f]{32}");
    }

    @Test
    void everyServiceLogsInTheOneLayout() {
        book();

        for (ServiceInstance service : List.of(stack.booking(), stack.screening(), stack.notification())) {
            List<String> lines = lines(service).stream().filter(l -> !l.isBlank() && !l.startsWith("\t")
                    && !l.startsWith(" ") && Character.isDigit(l.charAt(0))).toList();
            assertThat(lines).as(service.service().module()).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).matches(LAYOUT));
        }
    }

    private UUID book() {
        BookingRequest request = BookingRequest.of(suite.slots().next(), ScreeningCase.CLEARED);
        HttpResult answer = suite.bookingApi().submit(request.json());
        assertThat(answer.status()).as(answer.describe()).isEqualTo(202);
        return UUID.fromString(answer.json().path("id").asText());
    }

    private static List<String> linesAbout(UUID booking, ServiceInstance service) {
        String marker = " bookingId=" + booking + " ";
        return lines(service).stream().filter(l -> l.contains(marker)).toList();
    }

    private static Set<String> traceIdsOf(List<String> lines) {
        return lines.stream().map(TRACE_ID::matcher).filter(Matcher::find).map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    private static List<String> lines(ServiceInstance service) {
        return service.logs().stream().map(OneTracePerBookingIT::read).flatMap(List::stream).toList();
    }

    private static List<String> read(Path log) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
