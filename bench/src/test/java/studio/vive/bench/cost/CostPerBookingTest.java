package studio.vive.bench.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CostPerBookingTest {

    private static final long HZ = 100;

    private static final CpuSnapshot BEFORE = new CpuSnapshot(Map.of(CpuAccount.BOOKING, 1_000L, CpuAccount.SCREENING, 500L,
            CpuAccount.NOTIFICATION, 700L, CpuAccount.BENCHMARK_JVM, 3_000L, CpuAccount.POSTGRESQL, 200L), HZ);
    /** 3.0 s, 1.5 s, 3.4 s for the services, 7 s and 4 s for the infrastructure. */
    private static final CpuSnapshot AFTER = new CpuSnapshot(Map.of(CpuAccount.BOOKING, 1_300L, CpuAccount.SCREENING, 650L,
            CpuAccount.NOTIFICATION, 1_040L, CpuAccount.BENCHMARK_JVM, 3_700L, CpuAccount.POSTGRESQL, 600L), HZ);

    @Test
    void eachAccountsCpuIsDividedByTheBookingsCompleted() {
        CostPerBooking cost = CostPerBooking.between(BEFORE, AFTER, 1_000);

        assertThat(cost.millis(CpuAccount.BOOKING)).hasValueCloseTo(3.0, within(1e-9));
        assertThat(cost.millis(CpuAccount.SCREENING)).hasValueCloseTo(1.5, within(1e-9));
        assertThat(cost.millis(CpuAccount.POSTGRESQL)).hasValueCloseTo(4.0, within(1e-9));
    }

    @Test
    void theThreeServicesAndTheInfrastructureAreSummedApart() {
        CostPerBooking cost = CostPerBooking.between(BEFORE, AFTER, 1_000);

        assertThat(cost.services()).hasValueCloseTo(3.0 + 1.5 + 3.4, within(1e-9));
        assertThat(cost.infrastructure()).hasValueCloseTo(7.0 + 4.0, within(1e-9));
        assertThat(cost.total()).hasValueCloseTo(18.9, within(1e-9));
    }

    @Test
    void ticksAreConvertedWithTheKernelsClockRate() {
        CpuSnapshot before = new CpuSnapshot(Map.of(CpuAccount.BOOKING, 0L), 250);
        CpuSnapshot after = new CpuSnapshot(Map.of(CpuAccount.BOOKING, 250L), 250);

        assertThat(CostPerBooking.between(before, after, 10).millis(CpuAccount.BOOKING)).hasValueCloseTo(100.0, within(1e-9));
    }

    @Test
    void withoutACompletedBookingThereIsNoCostPerBooking() {
        CostPerBooking cost = CostPerBooking.between(BEFORE, AFTER, 0);

        assertThat(cost.millis(CpuAccount.BOOKING)).isEmpty();
        assertThat(cost.services()).isEmpty();
    }

    @Test
    void aProcessMissingFromEitherSnapshotLeavesItsSumUnmeasured() {
        CpuSnapshot withoutPostgres = new CpuSnapshot(Map.of(CpuAccount.BENCHMARK_JVM, 3_700L), HZ);

        CostPerBooking cost = CostPerBooking.between(BEFORE, withoutPostgres, 1_000);

        assertThat(cost.millis(CpuAccount.POSTGRESQL)).isEmpty();
        assertThat(cost.infrastructure()).isEmpty();
        assertThat(cost.total()).isEmpty();
    }
}
