package studio.vive.e2e.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.e2e.Suite;
import studio.vive.e2e.audit.AuditReport;
import studio.vive.e2e.audit.Settle;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.http.JsonHttp;
import studio.vive.e2e.mail.EmailKind;
import studio.vive.e2e.mail.Mailbox;
import studio.vive.e2e.mail.ReceivedEmail;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * The studio resolves a conflict across all three services (issue 14): a confirmed booking moved to
 * a colleague reaches the client and both therapists once each, every invite the same UID at
 * SEQUENCE 1; a booking the studio cancels sends the client an apology and the therapist a
 * calendar cancellation.
 */
@E2eTest
class StudioChangesIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(60);

    private final Suite suite;
    private final BookingMail mail;
    private final JsonHttp http = new JsonHttp();

    StudioChangesIT(PlatformStack stack) {
        this.suite = Suite.of(stack);
        this.mail = new BookingMail(suite.mailbox());
    }

    @Test
    void aReassignedBookingReachesTheClientAndBothTherapistsOnceWithTheUpdatedInvite() {
        List<Slot> pair = suite.slots().twoTherapistsAtOneTime();
        AcceptedBooking booking = confirmed(pair.get(0), "studio: cleared before reassignment");
        ReceivedEmail confirmation = mail.only(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION);
        String previous = Mailbox.THERAPIST_ADDRESSES.get(pair.get(0).therapistId());
        String next = Mailbox.THERAPIST_ADDRESSES.get(pair.get(1).therapistId());

        HttpResult moved = admin("/api/admin/bookings/" + booking.id() + "/reassign",
                Map.of("therapistId", pair.get(1).therapistId()));

        assertThat(moved.status()).as(moved.describe()).isEqualTo(200);
        await("reassignment emails").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(mail.of(booking.clientEmail(), booking, EmailKind.CLIENT_CHANGE)).hasSize(1);
            assertThat(mail.of(previous, booking, EmailKind.THERAPIST_CANCELLATION)).hasSize(1);
            assertThat(mail.of(next, booking, EmailKind.THERAPIST_NOTICE)).hasSize(1);
        });
        assertUpdatedInvite(mail.only(booking.clientEmail(), booking, EmailKind.CLIENT_CHANGE), confirmation, "REQUEST");
        assertUpdatedInvite(mail.only(previous, booking, EmailKind.THERAPIST_CANCELLATION), confirmation, "CANCEL");
        assertUpdatedInvite(mail.only(next, booking, EmailKind.THERAPIST_NOTICE), confirmation, "REQUEST");
        assertThat(mail.of(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION))
                .as("the confirmation is not sent again").hasSize(1);
        assertThat(suite.bookingApi().get(booking).json().path("therapistId").asText())
                .isEqualTo(pair.get(1).therapistId());
    }

    @Test
    void aStudioCancellationSendsTheClientAnApologyAndTheTherapistACalendarCancellation() {
        AcceptedBooking booking = confirmed(suite.slots().next(), "studio: cleared before cancellation");
        ReceivedEmail confirmation = mail.only(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION);
        String therapist = Mailbox.THERAPIST_ADDRESSES.get(booking.therapistId());

        HttpResult cancelled = admin("/api/admin/bookings/" + booking.id() + "/cancel",
                Map.of("reason", "Your therapist is ill"));

        assertThat(cancelled.status()).as(cancelled.describe()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        await("cancellation emails").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(mail.of(booking.clientEmail(), booking, EmailKind.CLIENT_CANCELLATION)).hasSize(1);
            assertThat(mail.of(therapist, booking, EmailKind.THERAPIST_CANCELLATION)).hasSize(1);
        });
        ReceivedEmail apology = mail.only(booking.clientEmail(), booking, EmailKind.CLIENT_CANCELLATION);
        assertThat(apology.subject()).startsWith("We're sorry");
        assertUpdatedInvite(apology, confirmation, "CANCEL");
        assertUpdatedInvite(mail.only(therapist, booking, EmailKind.THERAPIST_CANCELLATION), confirmation, "CANCEL");
    }

    private static void assertUpdatedInvite(ReceivedEmail email, ReceivedEmail confirmation, String method) {
        assertThat(email.calendarMethod()).as(email.kind() + " method").contains(method);
        assertThat(BookingMail.uid(email)).as(email.kind() + " UID").isNotEmpty().isEqualTo(BookingMail.uid(confirmation));
        assertThat(BookingMail.sequence(email)).as(email.kind() + " SEQUENCE").isEqualTo("1");
    }

    private AcceptedBooking confirmed(Slot slot, String scenario) {
        BookingRequest request = BookingRequest.of(slot, ScreeningCase.CLEARED);
        HttpResult answer = suite.bookingApi().submit(request.json());
        assertThat(answer.status()).as(answer.describe()).isEqualTo(202);
        AcceptedBooking booking = new AcceptedBooking(UUID.fromString(answer.json().path("id").asText()),
                answer.json().path("accessToken").asText(), request);
        AuditReport report = Settle.until(() -> suite.audit().audit(scenario, 1, List.of(booking)), FLOW_TIMEOUT);
        assertThat(report.allAccountedFor()).as(report.table() + "\n" + String.join("\n", report.findings())).isTrue();
        return booking;
    }

    private HttpResult admin(String path, Map<String, String> body) {
        ObjectNode json = JsonHttp.JSON.createObjectNode();
        body.forEach(json::put);
        return http.postJson(suite.bookingApi().uri(path), json, Map.of("Authorization", "Bearer " + suite.staff().admin()));
    }
}
