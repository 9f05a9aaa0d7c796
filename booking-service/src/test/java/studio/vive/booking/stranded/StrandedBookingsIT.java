package studio.vive.booking.stranded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.Topics;

/**
 * Bookings left pending screening (nothing answers screening in this test, as when the request
 * was dead-lettered) are counted, listed for admins with the reason, and released by an admin.
 */
@MicronautTest(transactional = false)
class StrandedBookingsIT extends ServiceTest {

    private static final String DATABASE = "booking_stranded";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration STRANDED_AFTER = Duration.ofMinutes(15);
    private static final String STRANDED = "/api/admin/bookings/stranded";

    @Inject
    MeterRegistry registry;

    private Rows rows;
    private TopicRecords lifecycle;

    @Override
    protected String databaseName() {
        return DATABASE;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.booking.stranded.check-interval", "200ms");
    }

    @BeforeAll
    void open() {
        rows = new Rows(DATABASE);
        lifecycle = new TopicRecords(Topics.BOOKING_LIFECYCLE);
    }

    @AfterAll
    void close() {
        lifecycle.close();
    }

    private Map<String, String> signedIn(String user, String password) {
        String token = http.postJson("/login", Map.of("username", user, "password", password), Map.of())
                .json().get("access_token").getStringValue();
        return Map.of("Authorization", "Bearer " + token);
    }

    private Map<String, String> admin() {
        return signedIn("admin", "admin-dev-pass");
    }

    private List<String> strandedIds() {
        List<String> ids = new ArrayList<>();
        http.get(STRANDED, admin()).json().values().forEach(b -> ids.add(b.get("bookingId").getStringValue()));
        return ids;
    }

    private JsonNode stranded(Accepted booking) {
        for (JsonNode b : http.get(STRANDED, admin()).json().values()) {
            if (b.get("bookingId").getStringValue().equals(booking.id().toString())) {
                return b;
            }
        }
        throw new AssertionError("booking " + booking.id() + " not listed as stranded");
    }

    private Http.Response release(Accepted booking, Map<String, String> who) {
        return http.postEmpty(STRANDED + "/" + booking.id() + "/release", who);
    }

    @Test
    void aBookingPendingLongerThanTheLimitIsListedWithSinceWhenAndWhy() {
        Accepted booking = book("mia", at(8, 10, 0));
        clock.advance(STRANDED_AFTER.plusSeconds(1));

        JsonNode listed = stranded(booking);

        assertThat(listed.get("pendingSince").getStringValue()).isEqualTo("2030-06-03T07:00:00+10:00");
        assertThat(listed.get("reason").getStringValue()).isIn("NO_OUTCOME", "REQUEST_NOT_PUBLISHED");
        assertThat(listed.get("explanation").getStringValue()).contains("screening request");
        assertThat(listed.get("client")).isNull();
    }

    @Test
    void aBookingPendingForLessThanTheLimitIsNotStranded() {
        Accepted booking = book("mia", at(9, 10, 0));
        clock.advance(STRANDED_AFTER.minusMinutes(1));

        assertThat(strandedIds()).doesNotContain(booking.id().toString());
    }

    @Test
    void theGaugeCountsTheStrandedBookings() {
        book("noah", at(8, 11, 0));
        clock.advance(STRANDED_AFTER.plusSeconds(1));
        long pending = rows.query("SELECT count(*) FROM booking WHERE status = 'PENDING_SCREENING' AND updated_at < ?",
                java.sql.Timestamp.from(clock.instant().minus(STRANDED_AFTER)));

        assertThat(pending).isPositive();
        await().atMost(WAIT).until(() -> registry.get(StrandedMonitor.GAUGE).gauge().value() == pending);
    }

    @Test
    void releasingCancelsTheBookingFreesTheSlotAndTellsTheClient() {
        Accepted booking = book("noah", at(9, 11, 0));
        clock.advance(STRANDED_AFTER.plusSeconds(1));

        assertThat(release(booking, admin()).status()).isEqualTo(204);

        assertThat(statusOf(booking)).isEqualTo("CANCELLED");
        assertThat(strandedIds()).doesNotContain(booking.id().toString());
        assertThat(http.postJson("/api/bookings", BookingBodies.valid("noah", at(9, 11, 0)), Map.of()).status())
                .isEqualTo(202);
        await().atMost(WAIT).until(() -> lifecycle.withKey(booking.id()).stream()
                .anyMatch(r -> "BookingCancelled".equals(TopicRecords.header(r, Topics.HEADER_EVENT_TYPE))));
    }

    @Test
    void aReleaseIsInTheStaffAuditLogAsAStudioCancellation() {
        Accepted booking = book("noah", at(9, 14, 0));
        clock.advance(STRANDED_AFTER.plusSeconds(1));

        release(booking, admin());

        String today = clock.instant().atZone(java.time.ZoneId.of("Australia/Sydney")).toLocalDate().toString();
        List<String> subjects = new ArrayList<>();
        http.get("/api/admin/audit?from=" + today + "&to=" + today, admin()).json().values()
                .forEach(e -> subjects.add(e.get("action").getStringValue() + " " + e.get("subject").getStringValue()));
        assertThat(subjects).contains("booking.cancelled-by-studio booking:" + booking.id());
    }

    @Test
    void aBookingNotYetStrandedCannotBeReleased() {
        Accepted booking = book("mia", at(10, 10, 0));

        Http.Response response = release(booking, admin());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(statusOf(booking)).isEqualTo("PENDING_SCREENING");
    }

    @Test
    void aReleaseIsAuditedWithTheAdminAndTheBookingIdButNoPersonalData() {
        Logger log = (Logger) LoggerFactory.getLogger(StrandedBookings.class);
        ListAppender<ILoggingEvent> audit = new ListAppender<>();
        audit.start();
        log.addAppender(audit);
        try {
            Accepted booking = book("mia", at(11, 10, 0));
            clock.advance(STRANDED_AFTER.plusSeconds(1));
            release(booking, admin());

            List<String> lines = audit.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anyMatch(l -> l.contains(booking.id().toString()) && l.contains("released by admin"));
            assertThat(String.join("\n", lines)).doesNotContain("Ada Lovelace").doesNotContain("@example.com");
        } finally {
            log.detachAppender(audit);
        }
    }

    @Test
    void therapistsMayNeitherSeeNorReleaseStrandedBookings() {
        Accepted booking = book("mia", at(14, 10, 0));
        clock.advance(STRANDED_AFTER.plusSeconds(1));
        Map<String, String> mia = signedIn("mia", "mia-dev-pass");

        assertThat(http.get(STRANDED, mia).status()).isEqualTo(403);
        assertThat(release(booking, mia).status()).isEqualTo(403);
        assertThat(http.get(STRANDED, Map.of()).status()).isEqualTo(401);
        assertThat(statusOf(booking)).isEqualTo("PENDING_SCREENING");
    }
}
