package studio.vive.messaging.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static studio.vive.messaging.outbox.OutboxIT.cleared;
import static studio.vive.messaging.outbox.OutboxIT.eventIds;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.messaging.MessagingTestDatabase;
import studio.vive.messaging.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/** The relay across its own restarts and with two service instances on one database. */
class OutboxRelayTakeoverIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String kafka = SharedInfrastructure.get().kafkaBootstrapServers();

    @Test
    void rowsLeftByAStoppedInstanceArePublishedOnceWhenAnInstanceStartsAgain() {
        UUID booking = UUID.randomUUID();
        List<BookingCleared> events = IntStream.range(0, 5).mapToObj(i -> cleared(booking)).toList();

        try (ApplicationContext stopped = start("messaging_relay_restart", false)) {
            events.forEach(event -> append(stopped, event));
        }
        BookingCleared sentinel = cleared(booking);
        try (ApplicationContext restarted = start("messaging_relay_restart", true);
             TopicRecords outcomes = new TopicRecords(kafka, Topics.SCREENING_OUTCOMES)) {
            append(restarted, sentinel);

            assertEquals(ids(events, sentinel), eventIds(outcomes.awaitKey(booking.toString(),
                    seen -> eventIds(seen).contains(sentinel.eventId().toString()), WAIT)));
        }
    }

    @Test
    void twoInstancesPublishEveryEventOnceAndTheStandbyTakesOverWhenTheActiveOneStops() {
        UUID booking = UUID.randomUUID();
        List<BookingCleared> before = IntStream.range(0, 10).mapToObj(i -> cleared(booking)).toList();
        List<BookingCleared> after = IntStream.range(0, 5).mapToObj(i -> cleared(booking)).toList();

        try (ApplicationContext first = start("messaging_relay_pair", true);
             ApplicationContext second = start("messaging_relay_pair", true);
             TopicRecords outcomes = new TopicRecords(kafka, Topics.SCREENING_OUTCOMES)) {
            await().atMost(WAIT).until(() -> relay(first).isActive() || relay(second).isActive());
            assertNotEquals(relay(first).isActive(), relay(second).isActive(), "exactly one relay is active");
            for (int i = 0; i < before.size(); i++) {
                append(i % 2 == 0 ? first : second, before.get(i));
            }
            outcomes.awaitKey(booking.toString(), before.size(), WAIT);

            ApplicationContext active = relay(first).isActive() ? first : second;
            ApplicationContext standby = active == first ? second : first;
            active.stop();
            after.forEach(event -> append(standby, event));

            List<BookingCleared> all = new ArrayList<>(before);
            all.addAll(after);
            BookingCleared last = after.get(after.size() - 1);
            assertEquals(ids(all, null), eventIds(outcomes.awaitKey(booking.toString(),
                    seen -> eventIds(seen).contains(last.eventId().toString()), WAIT)));
            assertEquals(true, relay(standby).isActive());
        }
    }

    private static OutboxRelay relay(ApplicationContext context) {
        return context.getBean(OutboxRelay.class);
    }

    private static ApplicationContext start(String database, boolean relay) {
        Map<String, Object> properties = new HashMap<>(MessagingTestDatabase.properties(database, "OutboxRelayTakeoverIT"));
        properties.put("vive.outbox.enabled", String.valueOf(relay));
        return ApplicationContext.builder().properties(properties).environments(Environment.TEST).start();
    }

    @SuppressWarnings("unchecked")
    private static void append(ApplicationContext context, BookingCleared event) {
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        Outbox outbox = context.getBean(Outbox.class);
        transactions.executeWrite(status -> {
            outbox.append(EventTopic.SCREENING_OUTCOMES, event);
            return null;
        });
    }

    private static List<String> ids(List<BookingCleared> events, BookingCleared last) {
        List<String> ids = new ArrayList<>(events.stream().map(e -> e.eventId().toString()).toList());
        if (last != null) {
            ids.add(last.eventId().toString());
        }
        return ids;
    }
}
