package studio.vive.e2e.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.e2e.Suite;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.booking.SlotPlanner;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.http.JsonHttp;
import studio.vive.e2e.mail.EmailKind;
import studio.vive.e2e.mail.Mailbox;
import studio.vive.e2e.mail.ReceivedEmail;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * A client moves their confirmed booking across all three services (issue 16): screening decides
 * the new date, and client and therapist hear of the outcome once: an updated invite at SEQUENCE 1
 * when it clears, the referral and the therapist's cancellation when the move crosses the client's
 * 50th birthday with a first episode of back pain.
 */
@E2eTest
class RescheduleFlowIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(60);
    /** Past the 24-hour online cancellation window, which closes moves too. */
    private static final int DAYS_AHEAD = 3;

    private final Suite suite;
    private final BookingMail mail;
    private final JsonHttp http = new JsonHttp();

    RescheduleFlowIT(PlatformStack stack) {
        this.suite = Suite.of(stack);
        this.mail = new BookingMail(suite.mailbox());
    }

    @Test
    void aClearedMoveSendsTheClientAndTherapistOneUpdatedInviteAndNoSecondConfirmation() {
        Slot from = suite.slots().nextOnOrAfter(today().plusDays(DAYS_AHEAD));
        Slot to = suite.slots().nextOnOrAfter(from.startsAt().toLocalDate().plusDays(1));
        AcceptedBooking booking = confirmed(BookingRequest.of(from, ScreeningCase.CLEARED));
        ReceivedEmail confirmation = mail.only(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION);

        HttpResult moved = reschedule(booking, to);

        assertThat(moved.status()).as(moved.describe()).isEqualTo(200);
        await("updated invites").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
            assertThat(mail.of(booking.clientEmail(), booking, EmailKind.CLIENT_CHANGE)).hasSize(1);
            assertThat(therapistUpdates(booking, from, to)).isTrue();
        });
        ReceivedEmail change = mail.only(booking.clientEmail(), booking, EmailKind.CLIENT_CHANGE);
        assertThat(BookingMail.uid(change)).isNotEmpty().isEqualTo(BookingMail.uid(confirmation));
        assertThat(BookingMail.sequence(change)).isEqualTo("1");
        assertThat(mail.of(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION))
                .as("the confirmation is not sent again").hasSize(1);
        assertThat(OffsetDateTime.parse(suite.bookingApi().get(booking).json().path("startsAt").asText()))
                .isAtSameInstantAs(to.startsAt());
    }

    @Test
    void aMoveAcrossTheFiftiethBirthdayWithAFirstEpisodeIsReferredAndTheTherapistsInviteCancelled() {
        Slot from = suite.slots().nextOnOrAfter(today().plusDays(DAYS_AHEAD));
        Slot to = suite.slots().nextOnOrAfter(from.startsAt().toLocalDate().plusDays(1));
        // 49 on the first date, 50 on the new one: a first episode of back pain becomes a referral.
        Client client = Client.bornOn(to.startsAt().toLocalDate().minusYears(50));
        AcceptedBooking booking = confirmed(BookingRequest.of(from, ScreeningCase.FIRST_EPISODE_OVER_50, client));
        String therapist = Mailbox.THERAPIST_ADDRESSES.get(from.therapistId());

        HttpResult moved = reschedule(booking, to);

        assertThat(moved.status()).as(moved.describe()).isEqualTo(200);
        await("referral and cancellation").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(statusOf(booking)).isEqualTo("REFERRED");
            assertThat(mail.of(booking.clientEmail(), booking, EmailKind.REFERRAL)).hasSize(1);
            assertThat(mail.of(therapist, booking, EmailKind.THERAPIST_CANCELLATION)).hasSize(1);
        });
        assertThat(suite.bookingApi().get(booking).json().path("outcome").path("reasons").get(0).path("ruleId").asText())
                .isEqualTo("RF-FIRST-OVER-50");
        assertThat(mail.of(booking.clientEmail(), booking, EmailKind.CLIENT_CHANGE)).isEmpty();
    }

    /** The therapist's side of a cleared move: an update, or a cancellation and a notice when it changed hands. */
    private boolean therapistUpdates(AcceptedBooking booking, Slot from, Slot to) {
        String before = Mailbox.THERAPIST_ADDRESSES.get(from.therapistId());
        if (from.therapistId().equals(to.therapistId())) {
            return mail.of(before, booking, EmailKind.THERAPIST_CHANGE).size() == 1;
        }
        String after = Mailbox.THERAPIST_ADDRESSES.get(to.therapistId());
        return mail.of(before, booking, EmailKind.THERAPIST_CANCELLATION).size() == 1
                && mail.of(after, booking, EmailKind.THERAPIST_NOTICE).size() == 1;
    }

    private AcceptedBooking confirmed(BookingRequest request) {
        HttpResult answer = suite.bookingApi().submit(request.json());
        assertThat(answer.status()).as(answer.describe()).isEqualTo(202);
        AcceptedBooking booking = new AcceptedBooking(UUID.fromString(answer.json().path("id").asText()),
                answer.json().path("accessToken").asText(), request);
        await("confirmation").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(mail.of(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION)).hasSize(1));
        return booking;
    }

    private HttpResult reschedule(AcceptedBooking booking, Slot to) {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        body.put("startsAt", to.startsAt().toString());
        body.put("therapistId", to.therapistId());
        return http.postJson(suite.bookingApi().uri("/api/bookings/" + booking.id() + "/reschedule"), body,
                Map.of(BookingApi.BOOKING_TOKEN_HEADER, booking.accessToken()));
    }

    private String statusOf(AcceptedBooking booking) {
        return suite.bookingApi().get(booking).json().path("status").asText();
    }

    private static LocalDate today() {
        return LocalDate.now(SlotPlanner.STUDIO_ZONE);
    }
}
