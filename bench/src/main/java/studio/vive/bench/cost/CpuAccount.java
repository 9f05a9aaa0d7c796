package studio.vive.bench.cost;

import studio.vive.bench.stack.PlatformService;

/** Whose CPU a booking's cost is split into: the three services, and the infrastructure under them. */
public enum CpuAccount {
    BOOKING(PlatformService.BOOKING.module(), true),
    SCREENING(PlatformService.SCREENING.module(), true),
    NOTIFICATION(PlatformService.NOTIFICATION.module(), true),
    /** With the embedded stack the benchmark's JVM also hosts Kafka and the mail server. */
    BENCHMARK_JVM("benchmark JVM (Kafka, mail server, load)", false),
    POSTGRESQL("PostgreSQL (postmaster and backends)", false);

    private final String label;
    private final boolean service;

    CpuAccount(String label, boolean service) {
        this.label = label;
        this.service = service;
    }

    public String label() {
        return label;
    }

    /** One of the three services (the target counts these), not infrastructure. */
    public boolean service() {
        return service;
    }

    /** The account of a platform service. */
    public static CpuAccount of(PlatformService service) {
        return switch (service) {
            case BOOKING -> BOOKING;
            case SCREENING -> SCREENING;
            case NOTIFICATION -> NOTIFICATION;
        };
    }
}
