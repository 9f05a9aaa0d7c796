package studio.vive.e2e.poison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.e2e.Suite;
import studio.vive.e2e.audit.AuditReport;
import studio.vive.e2e.audit.Settle;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.kafka.TopicProbe;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * Records nobody can process, written straight to each topic and each of its partitions, end up on
 * the topic's dead-letter topic, unchanged and with the reason in a header, and every partition
 * keeps flowing: bookings made afterwards on each partition go all the way to email.
 */
@E2eTest
@Order(4)
class PoisonMessageIT {

    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);
    private static final int MAX_BOOKINGS_TO_COVER_PARTITIONS = 100;

    private final Suite suite;
    private final List<PoisonRecord> poison = new ArrayList<>();

    PoisonMessageIT(PlatformStack stack) {
        this.suite = Suite.of(stack);
    }

    @BeforeAll
    void writePoisonToEveryPartitionOfEveryTopic() {
        for (String topic : List.of(Topics.BOOKING_REQUESTED, Topics.SCREENING_OUTCOMES, Topics.BOOKING_LIFECYCLE)) {
            for (PoisonRecord record : PoisonRecord.allFor(topic, suite.kafka().partitions(topic))) {
                suite.kafka().send(record.topic(), record.partition(), record.key(), record.value(), record.headers());
                poison.add(record);
            }
        }
    }

    @Test
    @Order(1)
    void poisonForScreeningServiceIsDeadLetteredWithItsReason() {
        assertDeadLettered(EventTopic.BOOKING_REQUESTED);
    }

    @Test
    @Order(2)
    void poisonForBookingServiceIsDeadLetteredWithItsReason() {
        assertDeadLettered(EventTopic.SCREENING_OUTCOMES);
    }

    @Test
    @Order(3)
    void poisonForNotificationServiceIsDeadLetteredWithItsReason() {
        assertDeadLettered(EventTopic.BOOKING_LIFECYCLE);
    }

    @Test
    @Order(4)
    void everyPartitionKeepsFlowingAfterThePoison() {
        int partitions = suite.kafka().partitions(Topics.BOOKING_REQUESTED);
        List<AcceptedBooking> bookings = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; i < MAX_BOOKINGS_TO_COVER_PARTITIONS && covered.size() < partitions; i++) {
            AcceptedBooking booking = suite.bookingApi().book(BookingRequest.of(suite.slots().next(), ScreeningCase.CLEARED))
                    .orElseThrow(() -> new AssertionError("a valid booking was refused"));
            bookings.add(booking);
            covered.add(TopicProbe.partitionOf(booking.id().toString(), partitions));
        }
        assertThat(covered).as("bookings on every partition").hasSize(partitions);

        AuditReport report = Settle.until(() -> suite.audit().audit("after poison messages", bookings.size(), bookings), FLOW_TIMEOUT);

        System.out.println(report.table());
        assertThat(report.allAccountedFor()).as(report.table() + "\n" + String.join("\n", report.findings())).isTrue();
    }

    private void assertDeadLettered(EventTopic<?> topic) {
        List<PoisonRecord> sent = poison.stream().filter(record -> record.topic().equals(topic.name())).toList();
        await(topic.name() + " poison on its dead-letter topic").atMost(DEAD_LETTER_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, TopicProbe.Read> deadLetters = suite.kafka().readAll(topic.deadLetter()).stream()
                            .filter(read -> read.key() != null)
                            .collect(Collectors.toMap(TopicProbe.Read::key, Function.identity(), (first, second) -> first));
                    List<String> missing = sent.stream().filter(record -> !deadLetters.containsKey(record.key()))
                            .map(PoisonRecord::toString).toList();
                    assertThat(missing).as("poison not dead-lettered").isEmpty();
                    for (PoisonRecord record : sent) {
                        TopicProbe.Read copy = deadLetters.get(record.key());
                        assertThat(copy.value() == null ? new byte[0] : copy.value()).as(record + " is dead-lettered unchanged")
                                .isEqualTo(record.value());
                        assertThat(copy.headers().get(Topics.HEADER_DLT_REASON)).as(record + " has a reason").isNotBlank();
                    }
                });
    }
}
