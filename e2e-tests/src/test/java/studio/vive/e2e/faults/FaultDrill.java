package studio.vive.e2e.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import studio.vive.e2e.Suite;
import studio.vive.e2e.audit.AuditReport;
import studio.vive.e2e.audit.BookingAudit;
import studio.vive.e2e.audit.AuditTables;
import studio.vive.e2e.audit.BookingStream;
import studio.vive.e2e.audit.Settle;

/**
 * One fault under load: a stream of bookings starts, the fault strikes once a third of them are
 * on their way, the stream goes on to the end, then every accepted booking is accounted for.
 */
public final class FaultDrill {

    /** Bookings per fault: enough to have some in every stage of the flow when the fault strikes. */
    public static final int STREAM_SIZE = Integer.getInteger("e2e.fault-stream-size", 24);
    /** The pause between one booking's answer and the next request. */
    public static final Duration PACE = Duration.ofMillis(200);
    private static final Duration STREAM_START_TIMEOUT = Duration.ofSeconds(60);
    /** Long enough for a restart, a 60 s outage and the retries after it. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(180);

    private final Suite suite;

    public FaultDrill(Suite suite) {
        this.suite = suite;
    }

    /**
     * Runs the stream, strikes with the fault once a third of it is under way, lets at least another
     * third flow through the recovered platform, and returns the audit (also added to the run's table).
     */
    public Result strike(String scenario, Runnable fault) {
        return strike(scenario, new BookingStream(suite.bookingApi(), suite.slots(), STREAM_SIZE, PACE),
                suite.audit(), fault);
    }

    /**
     * The same drill with the caller's stream (e.g. spread over several booking instances) of
     * {@link #STREAM_SIZE} bookings, audited through {@code audit} (e.g. a surviving instance's API).
     */
    public Result strike(String scenario, BookingStream planned, BookingAudit audit, Runnable fault) {
        BookingStream stream = planned.heldOpenUntilContinued().start();
        await("a third of the stream under way").atMost(STREAM_START_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> stream.submitted() >= STREAM_SIZE / 3);
        try {
            fault.run();
        } finally {
            stream.continueFor(STREAM_SIZE / 3);
        }
        stream.finish();
        AuditReport report = Settle.until(() -> audit.audit(scenario, stream.submitted(), stream.accepted()),
                SETTLE_TIMEOUT);
        AuditTables.add(report);
        System.out.println(report.table() + "\n(" + stream.retries() + " client retries with the same Idempotency-Key)");
        return new Result(report, stream);
    }

    /** What a drill found. */
    public record Result(AuditReport report, BookingStream stream) {

        public String explanation() {
            return report.table() + "\nrefused or given up: " + stream.refusals() + "\n" + String.join("\n", report.findings());
        }
    }
}
