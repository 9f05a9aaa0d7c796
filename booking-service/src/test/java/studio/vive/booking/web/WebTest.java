package studio.vive.booking.web;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.crypto.bcrypt.BCrypt;
import studio.vive.booking.availability.Availability;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.ScreeningOutcome;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Base of the page tests: the real service on real PostgreSQL (a database per class) and the
 * shared Kafka, its own staff logins, free slots found through the service's own availability
 * (so the tests hold whatever "now" is) and screening outcomes published to the real topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebTest implements TestPropertyProvider {

    static final String ADMIN = "web-admin";
    static final String MIA = "web-mia";
    static final String NOAH = "web-noah";
    static final String PASSWORD = "correct horse battery staple";
    static final String SERVICE = "REMEDIAL_60";
    static final String RULE_SET = "web-test-rules";

    @Inject
    EmbeddedServer server;
    @Inject
    Availability availability;
    @Inject
    StudioTime time;
    @Inject
    BookingRepository bookings;
    @Inject
    JsonMapper json;

    private KafkaProducer<String, byte[]> producer;
    /** Slots this class has used, so no two tests compete for one therapist's time. */
    private final List<Slot> used = new java.util.ArrayList<>();

    abstract String databaseName();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties(databaseName()));
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "web-test-secret-0123456789-0123456789-abcdef");
        properties.put("vive.rate-limit.limits.bookings.requests", "100000");
        String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));
        properties.put("vive.staff.users." + ADMIN + ".password-hash", hash);
        properties.put("vive.staff.users." + ADMIN + ".roles", "ADMIN");
        properties.put("vive.staff.users." + MIA + ".password-hash", hash);
        properties.put("vive.staff.users." + MIA + ".roles", "THERAPIST");
        properties.put("vive.staff.users." + MIA + ".therapist-id", "mia");
        properties.put("vive.staff.users." + NOAH + ".password-hash", hash);
        properties.put("vive.staff.users." + NOAH + ".roles", "THERAPIST");
        properties.put("vive.staff.users." + NOAH + ".therapist-id", "noah");
        return properties;
    }

    @BeforeAll
    void openProducer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void closeProducer() {
        producer.close();
    }

    Browser browser() {
        return new Browser(server.getURI());
    }

    /** The next free slot of {@code therapistId} this class has not used, from a few days ahead. */
    synchronized Slot freeSlot(String therapistId) {
        LocalDate day = time.today().plusDays(3);
        for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
            for (Slot slot : availability.freeSlots(SERVICE, day, therapistId)) {
                boolean clashes = used.stream().anyMatch(u -> u.therapistId().equals(slot.therapistId())
                        && u.startsAt().toInstant().isBefore(slot.endsAt().toInstant().plusSeconds(3600))
                        && slot.startsAt().toInstant().isBefore(u.endsAt().toInstant().plusSeconds(3600)));
                if (!clashes) {
                    used.add(slot);
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no free slot for " + therapistId);
    }

    /** The booking form filled in completely, with answers that raise no red flag. */
    static Map<String, String> completeForm(Slot slot, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service", SERVICE);
        form.put("date", slot.startsAt().toLocalDate().toString());
        form.put("therapist", slot.therapistId());
        form.put("startsAt", slot.startsAt().toString());
        form.put("name", name);
        form.put("email", "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        form.put("phone", "+61 400 123 456");
        form.put("dateOfBirth", "1985-04-12");
        for (String question : List.of("bowelOrBladderProblems", "suddenWeightLoss", "persistentFever",
                "legWeaknessNumbnessTingling", "followedSevereFallOrAccident", "firstEpisode", "historyOfCancer",
                "osteoporosis", "steroidUse", "excessiveDrugOrAlcoholUse")) {
            form.put(question, "no");
        }
        form.put("legPain", "NONE");
        form.put("painDurationDays", "4");
        form.put("improving", "yes");
        form.put("cause", "SPORT_INJURY");
        form.put("consent", "yes");
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return form;
    }

    /** Books {@code slot} through the page as a client would; returns the booking id. */
    UUID bookThroughThePage(Browser browser, Slot slot, String name) {
        browser.get("/");
        Browser.Page booked = browser.submit("/book", completeForm(slot, name));
        if (booked.status() != 303 || !booked.location().startsWith("/booking/")) {
            throw new AssertionError("the booking form was not accepted: " + booked);
        }
        return UUID.fromString(booked.location().substring("/booking/".length()));
    }

    void clear(UUID bookingId) {
        publish(BookingCleared.of(bookingId, requestEventId(bookingId), RULE_SET, time.now()));
    }

    void refer(UUID bookingId, Tier tier, List<Reason> reasons) {
        publish(ReferralRaised.of(bookingId, requestEventId(bookingId), RULE_SET, time.now(), tier, reasons));
    }

    private UUID requestEventId(UUID bookingId) {
        return bookings.findById(bookingId).orElseThrow().requestEventId();
    }

    private void publish(ScreeningOutcome outcome) {
        try {
            byte[] value = json.writeValueAsBytes(Argument.of(ScreeningOutcome.class), outcome);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SCREENING_OUTCOMES, outcome.key(), value);
            record.headers().add(Topics.HEADER_EVENT_TYPE, outcome.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_EVENT_ID, outcome.eventId().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing the outcome failed", e.getCause());
        }
    }

    /** Signs in through the staff login page. */
    Browser signedIn(String username) {
        Browser browser = browser();
        browser.get("/staff/login");
        Browser.Page page = browser.submit("/staff/login", Map.of("username", username, "password", PASSWORD));
        if (page.status() != 303) {
            throw new AssertionError("sign-in of " + username + " failed: " + page);
        }
        return browser;
    }
}
