package studio.vive.e2e.audit;

import java.util.List;
import java.util.Locale;

/**
 * What happened to a stream of bookings: the table issue 6 asks for, per fault.
 *
 * @param scenario the fault (or flow) the bookings went through
 * @param submitted bookings the stream tried to make
 * @param accepted bookings the service accepted (202), possibly after retries with the same Idempotency-Key
 * @param finalStatus accepted bookings whose status and outcome are the expected final ones
 * @param emailsExpected emails the accepted bookings must produce (client, plus therapist when cleared)
 * @param emailsReceived distinct expected emails the SMTP server received
 * @param lost accepted bookings without their final status or without an expected email
 * @param duplicated messages received more than once (same recipient and Message-ID, or same recipient, booking and kind)
 * @param unexpected messages of a kind the booking should not have produced, or unrecognisable ones
 * @param findings one line per problem, for the assertion message (ids only, no personal data)
 */
public record AuditReport(String scenario, int submitted, int accepted, int finalStatus, int emailsExpected,
                          int emailsReceived, int lost, int duplicated, int unexpected, List<String> findings) {

    public boolean allAccountedFor() {
        return lost == 0 && duplicated == 0 && unexpected == 0 && finalStatus == accepted;
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-44s %9s %8s %6s %13s %5s %10s %10s",
                "scenario", "submitted", "accepted", "final", "emails", "lost", "duplicated", "unexpected");
    }

    public String row() {
        return String.format(Locale.ROOT, "%-44s %9d %8d %6d %13s %5d %10d %10d",
                scenario, submitted, accepted, finalStatus, emailsReceived + "/" + emailsExpected, lost, duplicated, unexpected);
    }

    /** The table: header, rule, this row. */
    public String table() {
        String header = header();
        return header + "\n" + "-".repeat(header.length()) + "\n" + row();
    }
}
