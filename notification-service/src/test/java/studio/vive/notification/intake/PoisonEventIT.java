package studio.vive.notification.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import studio.vive.contracts.Appointment;
import studio.vive.contracts.BookingConfirmed;
import studio.vive.contracts.EventTopic;
import studio.vive.contracts.Topics;
import studio.vive.notification.delivery.NotificationRepository;
import studio.vive.notification.delivery.NotificationStatus;
import studio.vive.notification.support.Bookings;
import studio.vive.notification.support.LifecycleEventPublisher;
import studio.vive.notification.support.ServiceSpec;
import studio.vive.testsupport.SharedInfrastructure;

/** A record the service can never process goes to the dead-letter topic with the reason, and the partition flows on. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonEventIT extends ServiceSpec {

    @Inject
    NotificationRepository notifications;

    private final LifecycleEventPublisher publisher = new LifecycleEventPublisher();
    private final KafkaConsumer<String, byte[]> deadLetters = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "poison-test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
    private final List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();

    @Override
    protected String databaseName() {
        return "notification_poison";
    }

    @AfterAll
    void close() {
        publisher.close();
        deadLetters.close();
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        if (deadLetters.subscription().isEmpty()) {
            deadLetters.subscribe(List.of(EventTopic.BOOKING_LIFECYCLE.deadLetter()));
        }
        await("dead letter for " + key).atMost(MAIL_TIMEOUT).until(() -> {
            deadLetters.poll(Duration.ofMillis(200)).forEach(dead::add);
            return dead.stream().anyMatch(r -> key.equals(r.key()));
        });
        return dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRecordThatIsNotJsonIsDeadLetteredUnchangedWithTheReason() {
        String key = UUID.randomUUID().toString();
        byte[] garbage = "{not json at all".getBytes(StandardCharsets.UTF_8);
        publisher.publishRaw(key, garbage);

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(key);

        assertEquals("value is not valid JSON", header(letter, Topics.HEADER_DLT_REASON));
        assertTrue(header(letter, Topics.HEADER_DLT_ORIGIN).startsWith(Topics.BOOKING_LIFECYCLE + "/"));
        assertEquals(new String(garbage, StandardCharsets.UTF_8), new String(letter.value(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownSchemaVersionIsDeadLettered() {
        Bookings booking = new Bookings();
        String json = "{\"type\":\"BookingCancelled\",\"eventId\":\"" + UUID.randomUUID() + "\",\"schemaVersion\":2,"
                + "\"occurredAt\":\"2026-11-30T23:20:00Z\",\"bookingId\":\"" + booking.bookingId + "\"}";
        publisher.publishJson(booking.bookingId.toString(), json);

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(booking.bookingId.toString());

        assertTrue(header(letter, Topics.HEADER_DLT_REASON).contains("schemaVersion 2"), header(letter, Topics.HEADER_DLT_REASON));
    }

    @Test
    void anAppointmentInAnUnknownTimeZoneIsDeadLetteredAtOnceAndRecordsNothing() {
        Bookings booking = new Bookings();
        BookingConfirmed valid = booking.confirmed();
        Appointment onMars = new Appointment("REMEDIAL_60", Bookings.SERVICE_NAME, Bookings.STARTS_AT,
                Bookings.STARTS_AT.plusHours(1), "Mars/Olympus_Mons", valid.appointment().therapist());
        publisher.publish(new BookingConfirmed(valid.eventId(), valid.schemaVersion(), valid.occurredAt(),
                valid.bookingId(), valid.client(), onMars, valid.manageUrl()));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(booking.bookingId.toString());

        assertEquals("rejected: appointment.timeZone is not a known IANA time zone id", header(letter, Topics.HEADER_DLT_REASON));
        assertTrue(notificationsOf(notifications, booking.bookingId).isEmpty());
    }

    @Test
    void anAppointmentEndingBeforeItStartsIsDeadLettered() {
        Bookings booking = new Bookings();
        BookingConfirmed valid = booking.confirmed();
        Appointment backwards = new Appointment("REMEDIAL_60", Bookings.SERVICE_NAME, Bookings.STARTS_AT,
                Bookings.STARTS_AT.minusHours(1), Bookings.TIME_ZONE, valid.appointment().therapist());
        publisher.publish(new BookingConfirmed(valid.eventId(), valid.schemaVersion(), valid.occurredAt(),
                valid.bookingId(), valid.client(), backwards, valid.manageUrl()));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(booking.bookingId.toString());

        assertEquals("rejected: appointment.endsAt is not after appointment.startsAt", header(letter, Topics.HEADER_DLT_REASON));
        assertTrue(notificationsOf(notifications, booking.bookingId).isEmpty());
    }

    @Test
    void theBookingsNextEventIsStillProcessedAfterAPoisonRecord() {
        Bookings booking = new Bookings();
        publisher.publishJson(booking.bookingId.toString(), "[\"an array, not an event\"]");
        publisher.publish(booking.confirmed());

        await().atMost(MAIL_TIMEOUT).until(() -> allIn(notificationsOf(notifications, booking.bookingId),
                NotificationStatus.SENT, 2));
        assertEquals(1, mailFor(booking.clientEmail).size());
        awaitDeadLetter(booking.bookingId.toString());
    }
}
