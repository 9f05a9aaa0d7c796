package studio.vive.booking.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.outcome.ScreeningOutcomes;
import studio.vive.booking.support.EventStream;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;
import studio.vive.booking.support.TopicRecords;
import studio.vive.contracts.Reason;
import studio.vive.contracts.ReferralRaised;
import studio.vive.contracts.Tier;
import studio.vive.contracts.Topics;

/**
 * Two booking-service instances on one database: the admin stream of instance A shows the
 * referrals instance B applies, also after A's listening session was cut.
 */
@MicronautTest(transactional = false)
class ReferralStreamAcrossInstancesIT extends ServiceTest {

    private static final String DATABASE = "booking_referral_instances";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Reason> REASONS = List.of(new Reason("RF-CANCER", "You told us you have a history of cancer."));
    private static final String CUT_LISTENING_SESSIONS = """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?""";

    @Inject
    ReferralStreamFeed feedOfA;

    private ApplicationContext instanceB;
    private TopicRecords requested;

    @Override
    protected String databaseName() {
        return DATABASE;
    }

    @BeforeAll
    void startInstanceB() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        instanceB = ApplicationContext.run(EmbeddedServer.class, properties, "test").getApplicationContext();
        requested = new TopicRecords(Topics.BOOKING_REQUESTED);
        await("both instances listen").atMost(WAIT).until(() -> feedOfA.isLive()
                && instanceB.getBean(ReferralStreamFeed.class).isLive());
    }

    @AfterAll
    void stopInstanceB() {
        requested.close();
        instanceB.close();
    }

    @Test
    void aReferralInstanceBAppliedAppearsOnTheStreamOfInstanceA() {
        try (EventStream streamOfA = openStreamOnA()) {
            Accepted booking = referredByInstanceB(at(5, 10, 0));

            await().atMost(WAIT).until(() -> streamOfA.sawData(booking.id().toString()));
            assertThat(streamOfA.sawEvent(ReferralStream.REFERRAL_EVENT)).isTrue();
        }
    }

    @Test
    void theStreamListensAgainAfterItsDatabaseSessionWasCut() {
        int sessionsBefore = feedOfA.sessionsListened();
        long cut = new Rows(DATABASE).query(CUT_LISTENING_SESSIONS, "vive-listen-vive_referrals");
        assertThat(cut).as("listening sessions cut (A's and B's)").isEqualTo(2);
        await("A listens again").atMost(WAIT)
                .until(() -> feedOfA.sessionsListened() > sessionsBefore && feedOfA.isLive());

        try (EventStream streamOfA = openStreamOnA()) {
            Accepted booking = referredByInstanceB(at(5, 12, 0));

            await().atMost(WAIT).until(() -> streamOfA.sawData(booking.id().toString()));
        }
    }

    /** An admin's stream on instance A, once its first heartbeat says it is subscribed. */
    private EventStream openStreamOnA() {
        EventStream stream = EventStream.open(server.getURI().resolve("/api/admin/referrals/stream"), adminToken());
        await("subscribed").atMost(WAIT).until(() -> stream.sawEvent(ReferralStream.HEARTBEAT_EVENT));
        return stream;
    }

    /** A booking made on instance A whose referral instance B applies. */
    private Accepted referredByInstanceB(java.time.OffsetDateTime startsAt) {
        Accepted booking = book("noah", startsAt);
        instanceB.getBean(ScreeningOutcomes.class).apply(ReferralRaised.of(booking.id(), requestEventId(booking),
                "2026.11-1", Instant.now(), Tier.URGENT_REFERRAL, REASONS));
        return booking;
    }

    private UUID requestEventId(Accepted booking) {
        await().atMost(WAIT).until(() -> requested.withKey(booking.id()).size() == 1);
        return UUID.fromString(requested.json(requested.withKey(booking.id()).get(0)).get("eventId").getStringValue());
    }

    private String adminToken() {
        Http.Response response = http.postJson("/login", Map.of("username", "admin", "password", "admin-dev-pass"), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").getStringValue();
    }
}
