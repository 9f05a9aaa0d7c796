package studio.vive.booking.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.support.OutcomePublisher;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.StudioCalendar;
import studio.vive.contracts.BookingCleared;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.Tier;

/**
 * After the retention period (30 days from the decision) screening's client-facing messages go,
 * and a referred client's contact details go with them; the scheduled sweep does it, the clock is moved.
 */
@MicronautTest(transactional = false)
class OutcomeRetentionIT extends ServiceTest {

    private static final String DATABASE = "booking_retention";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final List<Reason> REASONS = List.of(
            new Reason("RF-BLADDER", "You told us about new bowel or bladder problems."));

    @Inject
    BookingRepository bookings;
    @Inject
    RetentionSweep sweep;

    private OutcomePublisher outcomes;
    private Rows rows;

    @Override
    protected String databaseName() {
        return DATABASE;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.booking.retention.sweep-interval", "200ms");
    }

    @BeforeAll
    void open() {
        outcomes = new OutcomePublisher();
        rows = new Rows(DATABASE);
    }

    @AfterAll
    void close() {
        outcomes.close();
    }

    private Accepted referred(int daysAhead) {
        Accepted booking = book("mia", at(daysAhead, 10, 0));
        UUID request = bookings.findById(booking.id()).orElseThrow().requestEventId();
        outcomes.publish(ReferralRaised.of(booking.id(), request, "2026.11-1", clock.instant(), Tier.REFERRAL, REASONS));
        await().atMost(WAIT).until(() -> "REFERRED".equals(statusOf(booking)));
        return booking;
    }

    private long erasedContacts(Accepted booking) {
        return rows.query("SELECT count(*) FROM booking WHERE id = ? AND client_name IS NULL AND client_email IS NULL"
                + " AND client_phone IS NULL AND client_date_of_birth IS NULL", booking.id());
    }

    private long keptMessages(Accepted booking) {
        return rows.query("SELECT count(*) FROM booking WHERE id = ? AND outcome_reasons LIKE '%bladder problems%'",
                booking.id());
    }

    private JsonNode referralListed(Accepted booking) {
        var admin = http;
        String token = admin.postJson("/login", Map.of("username", "admin", "password", "admin-dev-pass"), Map.of())
                .json().get("access_token").getStringValue();
        String range = "?from=" + StudioCalendar.TODAY + "&to=" + StudioCalendar.TODAY.plusDays(60);
        for (JsonNode referral : admin.get("/api/admin/referrals" + range, Map.of("Authorization", "Bearer " + token))
                .json().values()) {
            if (referral.get("bookingId").getStringValue().equals(booking.id().toString())) {
                return referral;
            }
        }
        throw new AssertionError("referral of " + booking.id() + " not listed");
    }

    @Test
    void withinTheRetentionPeriodAReferralKeepsItsMessagesAndItsClient() {
        Accepted booking = referred(8);

        clock.advance(RETENTION.minusMinutes(1));
        sweep.sweep();

        assertThat(keptMessages(booking)).isEqualTo(1);
        assertThat(erasedContacts(booking)).isZero();
    }

    @Test
    void afterTheRetentionPeriodAReferralKeepsTierAndRuleIdsButNoMessageAndNoPerson() {
        Accepted booking = referred(9);

        clock.advance(RETENTION.plusMinutes(1));

        await().atMost(WAIT).until(() -> erasedContacts(booking) == 1);
        assertThat(keptMessages(booking)).isZero();
        JsonNode referral = referralListed(booking);
        assertThat(referral.get("tier").getStringValue()).isEqualTo("REFERRAL");
        assertThat(referral.get("contactErased").getBooleanValue()).isTrue();
        assertThat(referral.get("client").isNull()).isTrue();
        JsonNode reason = referral.get("reasons").get(0);
        assertThat(reason.get("ruleId").getStringValue()).isEqualTo("RF-BLADDER");
        assertThat(reason.get("message") == null || reason.get("message").isNull()).isTrue();
    }

    @Test
    void aConfirmedBookingKeepsItsClientAfterTheRetentionPeriod() {
        Accepted booking = book("mia", at(10, 10, 0));
        UUID request = bookings.findById(booking.id()).orElseThrow().requestEventId();
        Instant decided = clock.instant();
        outcomes.publish(BookingCleared.of(booking.id(), request, "2026.11-1", decided));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(booking)));

        clock.advance(RETENTION.plusMinutes(1));

        await().atMost(WAIT).until(() -> rows.query("SELECT count(*) FROM booking WHERE id = ?"
                + " AND outcome_messages_erased_at IS NOT NULL", booking.id()) == 1);
        assertThat(erasedContacts(booking)).isZero();
    }
}
