package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.Topics;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Bookings keep being accepted while Kafka is down; once it is back, the outbox publishes exactly
 * one BookingRequested for each of them.
 */
@MicronautTest(transactional = false)
class OutboxAcrossKafkaRestartIT extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration SETTLE = Duration.ofSeconds(3);

    @Override
    protected String databaseName() {
        return "booking_outbox_restart";
    }

    @Test
    void everyBookingAcceptedDuringABrokerOutageIsPublishedExactlyOnceAfterIt() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        List<Accepted> before = List.of(book("mia", at(1, 9, 0)));
        List<Accepted> during = new ArrayList<>();
        infrastructure.stopKafka();
        try {
            during.add(book("mia", at(1, 11, 0)));
            during.add(book("noah", at(1, 11, 0)));
            during.add(book("ava", at(2, 9, 0)));
        } finally {
            infrastructure.startKafka();
        }
        List<Accepted> after = List.of(book("mia", at(1, 13, 0)));

        try (TopicRecords requested = new TopicRecords(Topics.BOOKING_REQUESTED)) {
            List<Accepted> all = new ArrayList<>(before);
            all.addAll(during);
            all.addAll(after);
            await().atMost(WAIT).until(() -> all.stream().allMatch(b -> requested.withKey(b.id()).size() >= 1));
            await().during(SETTLE).atMost(SETTLE.plusSeconds(10))
                    .until(() -> all.stream().allMatch(b -> requested.withKey(b.id()).size() == 1));
            assertThat(all).allMatch(b -> requested.withKey(b.id()).size() == 1);
        }
    }
}
