package studio.vive.e2e.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.Topics;
import studio.vive.e2e.Suite;
import studio.vive.e2e.audit.AuditTables;
import studio.vive.e2e.faults.FaultDrill;
import studio.vive.e2e.kafka.ConsumerGroups;
import studio.vive.e2e.stack.E2eConfiguration;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;
import studio.vive.e2e.stack.Service;
import studio.vive.e2e.stack.ServiceInstance;

/**
 * A second instance of screening-service and of notification-service joins while bookings are
 * flowing: the partitions are shared out between the instances, and still nothing is lost or sent twice.
 */
@E2eTest
@Order(6)
class ScaleOutIT {

    private static final Duration REBALANCE_TIMEOUT = Duration.ofSeconds(60);

    private final PlatformStack stack;
    private final Suite suite;
    private final List<ServiceInstance> added = new ArrayList<>();

    ScaleOutIT(PlatformStack stack) {
        this.stack = stack;
        this.suite = Suite.of(stack);
    }

    @Test
    @Order(1)
    void secondScreeningAndNotificationInstancesJoinMidStreamAndNothingIsLostOrDuplicated() {
        FaultDrill.Result result = new FaultDrill(suite).strike("scale-out: 2nd screening + notification", () -> {
            CompletableFuture<ServiceInstance> screening = CompletableFuture.supplyAsync(
                    () -> stack.startAnotherInstance(Service.SCREENING, Map.of()));
            CompletableFuture<ServiceInstance> notification = CompletableFuture.supplyAsync(
                    () -> stack.startAnotherInstance(Service.NOTIFICATION, Map.of()));
            added.add(screening.join());
            added.add(notification.join());
        });

        assertThat(result.stream().refusals()).as(result.explanation()).isEmpty();
        assertThat(result.report().allAccountedFor()).as(result.explanation()).isTrue();
    }

    /**
     * Every consumer thread of both instances owns a partition: more members own partitions than
     * one instance has threads, so the second instance is doing work, not standing by.
     */
    @Test
    @Order(2)
    void thePartitionsAreSharedBetweenTheInstances() {
        ConsumerGroups groups = new ConsumerGroups(stack.infrastructure().kafkaBootstrapServers());
        long bothInstances = 2L * E2eConfiguration.CONSUMER_THREADS;
        await("both screening instances own partitions").atMost(REBALANCE_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(groups.membersOwningPartitionsOf(Topics.BOOKING_REQUESTED).values())
                        .as("members of the group consuming " + Topics.BOOKING_REQUESTED).contains(bothInstances));
        await("both notification instances own partitions").atMost(REBALANCE_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(groups.membersOwningPartitionsOf(Topics.BOOKING_LIFECYCLE).values())
                        .as("members of the group consuming " + Topics.BOOKING_LIFECYCLE).contains(bothInstances));
    }

    @AfterAll
    void backToOneInstanceEach() {
        added.forEach(ServiceInstance::stop);
        AuditTables.print(stack.settings().logs());
    }
}
