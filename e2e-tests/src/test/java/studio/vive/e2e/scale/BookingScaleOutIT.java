package studio.vive.e2e.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.Topics;
import studio.vive.e2e.Suite;
import studio.vive.e2e.audit.AuditReport;
import studio.vive.e2e.audit.AuditTables;
import studio.vive.e2e.audit.BookingAudit;
import studio.vive.e2e.audit.BookingEntrances;
import studio.vive.e2e.audit.BookingStream;
import studio.vive.e2e.audit.Settle;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.Tier;
import studio.vive.e2e.faults.FaultDrill;
import studio.vive.e2e.kafka.ConsumerGroups;
import studio.vive.e2e.stack.E2eConfiguration;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;
import studio.vive.e2e.stack.Service;
import studio.vive.e2e.stack.ServiceInstance;

/**
 * Every service runs as two instances, booking-service included, each on its own port: bookings
 * spread over both booking instances are each decided and emailed exactly once, the admin stream
 * on instance A shows the referrals instance B applied, and killing the booking instance whose
 * relay publishes the outbox loses nothing (the other's relay takes over). The figures of each
 * scenario are printed as {@code booking scale-out [...]} lines.
 *
 * <p>A client's request budget shared by the booking instances is proven by {@link SharedBudgetIT}.
 */
@E2eTest
@Order(8)
class BookingScaleOutIT {

    private static final Duration REBALANCE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STREAM_TIMEOUT = Duration.ofSeconds(30);
    private static final int SPREAD_STREAM_SIZE = 14;
    /** Streams run until instance B applied a referral; with half the partitions each, one stream nearly always does. */
    private static final int MAX_SPREAD_STREAMS = 3;

    private final PlatformStack stack;
    private final Suite suite;
    private final List<ServiceInstance> added = new ArrayList<>();
    private final List<UUID> referrals = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();
    private ServiceInstance bookingB;
    private AdminReferralStream streamOnA;

    BookingScaleOutIT(PlatformStack stack) {
        this.stack = stack;
        this.suite = Suite.of(stack);
    }

    @Test
    @Order(1)
    void everyServiceRunsAsTwoInstancesSharingThePartitions() {
        List<CompletableFuture<ServiceInstance>> starting = List.of(Service.values()).stream()
                .map(service -> CompletableFuture.supplyAsync(() -> stack.startAnotherInstance(service, Map.of())))
                .toList();
        starting.forEach(instance -> added.add(instance.join()));
        bookingB = added.stream().filter(i -> i.service() == Service.BOOKING).findFirst().orElseThrow();

        long bothInstances = 2L * E2eConfiguration.CONSUMER_THREADS;
        for (String topic : List.of(Topics.BOOKING_REQUESTED, Topics.SCREENING_OUTCOMES, Topics.BOOKING_LIFECYCLE)) {
            ConsumerGroups groups = new ConsumerGroups(stack.infrastructure().kafkaBootstrapServers());
            await("both instances own partitions of " + topic).atMost(REBALANCE_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(groups.membersOwningPartitionsOf(topic).values())
                            .as("members of the group consuming " + topic).contains(bothInstances));
        }
    }

    @Test
    @Order(2)
    void bookingsSpreadOverBothBookingInstancesAreEachDecidedAndEmailedOnce() {
        streamOnA = new AdminReferralStream(stack.booking(), suite.staff().admin());
        await("admin stream on A subscribed").atMost(STREAM_TIMEOUT).until(streamOnA::isSubscribed);
        for (int round = 1; round <= MAX_SPREAD_STREAMS && referralsAppliedByB().isEmpty(); round++) {
            spreadStream("scale-out: spread over 2 bookings #" + round);
        }
    }

    /** One stream of bookings over both booking instances, audited and recorded. */
    private void spreadStream(String scenario) {
        BookingEntrances entrances = bothBookingInstances();
        BookingStream stream = new BookingStream(entrances, suite.slots()::next, SPREAD_STREAM_SIZE, FaultDrill.PACE)
                .start().finish();
        AuditReport report = Settle.until(() -> suite.audit().audit(scenario, stream.submitted(), stream.accepted()),
                SETTLE_TIMEOUT);
        AuditTables.add(report);
        record(report, entrances, stream.accepted());
        stream.accepted().stream().filter(b -> b.expectedTier() != Tier.CLEARED).map(AcceptedBooking::id)
                .forEach(referrals::add);

        assertThat(stream.refusals()).as(report.table()).isEmpty();
        assertThat(entrances.acceptedPerInstance()).as("bookings per instance").allMatch(n -> n > 0);
        assertThat(report.allAccountedFor()).as(report.table() + "\n" + String.join("\n", report.findings())).isTrue();
    }

    @Test
    @Order(3)
    void theAdminStreamOnInstanceAShowsTheReferralsInstanceBApplied() {
        Set<UUID> appliedByB = referralsAppliedByB();
        assertThat(appliedByB).as("referrals instance B applied").isNotEmpty();
        try (AdminReferralStream stream = streamOnA) {
            await("every referral on A's stream").atMost(STREAM_TIMEOUT).untilAsserted(() ->
                    assertThat(referrals).as("referrals shown on A's stream").allMatch(stream::showed));
        }
        System.out.println("booking scale-out: A's admin stream showed all " + referrals.size() + " referrals, "
                + appliedByB.size() + " of them applied by instance B");
    }

    @Test
    @Order(4)
    void killingTheRelayingBookingInstanceMidStreamLosesNothing() {
        ServiceInstance relaying = relayingBookingInstance();
        ServiceInstance survivor = relaying == stack.booking() ? bookingB : stack.booking();
        BookingEntrances entrances = bothBookingInstances();
        // The planner reads availability on A: slots for the whole stream are taken while A is up.
        BookingStream stream = new BookingStream(entrances, new ReservedSlots(suite.slots(), 2 * FaultDrill.STREAM_SIZE),
                FaultDrill.STREAM_SIZE, FaultDrill.PACE);
        FaultDrill.Result result = new FaultDrill(suite).strike("scale-out: kill the relaying booking", stream,
                new BookingAudit(new BookingApi(survivor), suite.mailbox()), relaying::kill);
        record(result.report(), entrances, result.stream().accepted());

        assertThat(OutcomeLogs.relaysTheOutbox(survivor)).as(survivor + " took over the outbox relay").isTrue();
        assertThat(result.stream().refusals()).as(result.explanation()).isEmpty();
        assertThat(result.report().allAccountedFor()).as(result.explanation()).isTrue();
    }

    private BookingEntrances bothBookingInstances() {
        return BookingEntrances.of(suite.bookingApi(), new BookingApi(bookingB));
    }

    private Set<UUID> referralsAppliedByB() {
        return OutcomeLogs.decidedBy(bookingB, referrals);
    }

    /** The booking instance whose relay is the database's active one right now. */
    private ServiceInstance relayingBookingInstance() {
        List<ServiceInstance> relaying = List.of(stack.booking(), bookingB).stream()
                .filter(OutcomeLogs::relaysTheOutbox).toList();
        assertThat(relaying).as("booking instances whose relay is active").hasSize(1);
        return relaying.get(0);
    }

    /** Prints the scenario's figures (and keeps them for the end of the class). */
    private void record(AuditReport report, BookingEntrances entrances, List<AcceptedBooking> accepted) {
        List<UUID> ids = accepted.stream().map(AcceptedBooking::id).toList();
        List<Integer> decided = List.of(OutcomeLogs.decidedBy(stack.booking(), ids).size(),
                OutcomeLogs.decidedBy(bookingB, ids).size());
        ScaleOutFigures line = new ScaleOutFigures(report.scenario(), entrances.acceptedPerInstance(), decided, report);
        figures.add(line.line());
        System.out.println(line.line());
    }

    @AfterAll
    void backToOneInstanceEach() {
        if (streamOnA != null) {
            streamOnA.close();
        }
        if (!stack.booking().isRunning()) {
            stack.booking().restart();
        }
        added.forEach(ServiceInstance::stop);
        figures.forEach(System.out::println);
        AuditTables.print(stack.settings().logs());
    }
}
