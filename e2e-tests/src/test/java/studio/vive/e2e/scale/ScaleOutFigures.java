package studio.vive.e2e.scale;

import java.util.List;
import java.util.Locale;
import studio.vive.e2e.audit.AuditReport;

/**
 * The figures a booking scale-out scenario is quoted with: bookings each booking instance
 * accepted, outcomes each applied, and the audit's decided, emailed, lost and duplicated.
 */
record ScaleOutFigures(String scenario, List<Integer> acceptedPerInstance, List<Integer> decidedPerInstance,
                       AuditReport report) {

    String line() {
        return String.format(Locale.ROOT,
                "booking scale-out [%s]: bookings per instance %s (A/B), outcomes applied per instance %s, "
                        + "decided %d/%d, emailed %d/%d, lost %d, duplicated %d, unexpected %d",
                scenario, slashed(acceptedPerInstance), slashed(decidedPerInstance), report.finalStatus(),
                report.accepted(), report.emailsReceived(), report.emailsExpected(), report.lost(),
                report.duplicated(), report.unexpected());
    }

    private static String slashed(List<Integer> counts) {
        return String.join("/", counts.stream().map(String::valueOf).toList());
    }
}
