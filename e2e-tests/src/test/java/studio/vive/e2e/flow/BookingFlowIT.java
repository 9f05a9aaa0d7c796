package studio.vive.e2e.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.Topics;
import studio.vive.e2e.Suite;
import studio.vive.e2e.audit.AuditReport;
import studio.vive.e2e.audit.Settle;
import studio.vive.e2e.booking.AcceptedBooking;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.http.HttpResult;
import studio.vive.e2e.kafka.TopicProbe;
import studio.vive.e2e.mail.EmailKind;
import studio.vive.e2e.mail.Mailbox;
import studio.vive.e2e.mail.ReceivedEmail;
import studio.vive.e2e.stack.E2eTest;
import studio.vive.e2e.stack.PlatformStack;

/**
 * The happy paths across all three services: a booking goes in over HTTP, through screening, back
 * to booking-service and out as email, for each tier; and a cancellation reaches client and therapist.
 */
@E2eTest
@Order(1)
class BookingFlowIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(60);

    private final Suite suite;
    private final BookingMail mail;

    BookingFlowIT(PlatformStack stack) {
        this.suite = Suite.of(stack);
        this.mail = new BookingMail(suite.mailbox());
    }

    @Test
    void aClearedBookingIsConfirmedAndClientAndTherapistEachGetOneEmailWithAnInvite() {
        AcceptedBooking booking = book(ScreeningCase.CLEARED);

        settleAndAssertClean("flow: cleared", booking);

        ReceivedEmail client = onlyEmail(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION);
        ReceivedEmail therapist = onlyEmail(Mailbox.THERAPIST_ADDRESSES.get(booking.therapistId()), booking,
                EmailKind.THERAPIST_NOTICE);
        assertThat(client.calendarMethod()).contains("REQUEST");
        assertThat(therapist.calendarMethod()).contains("REQUEST");
        assertThat(uid(client)).as("one calendar UID per booking").isNotEmpty().isEqualTo(uid(therapist));
        assertThat(client.plainText()).as("the confirmation names the therapist and the time")
                .contains(booking.request().slot().startsAt().toLocalTime().toString().substring(0, 5));
    }

    @Test
    void theConfirmationsManageLinkComesFromBookingServiceOpensTheBookingAndTravelsInNoEvent() {
        AcceptedBooking booking = book(ScreeningCase.CLEARED);
        settleAndAssertClean("flow: manage link", booking);

        ReceivedEmail client = onlyEmail(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION);
        Matcher link = Pattern.compile("/manage/" + booking.id() + "\\?token=([A-Za-z0-9_-]{43})")
                .matcher(client.plainText());
        assertThat(link.find()).as("the confirmation carries a manage link: " + client.plainText()).isTrue();
        String token = link.group(1);
        assertThat(client.html()).contains("/manage/" + booking.id() + "?token=" + token);
        assertThat(token).as("issued for the email, not the booking response's token").isNotEqualTo(booking.accessToken());
        assertThat(suite.bookingApi().get(booking.id(), token).status()).as("the link opens the booking").isEqualTo(200);
        assertThat(String.join("\n", client.calendars())).as("nor in the invite").doesNotContain(token);
        assertThat(suite.kafka().readAll(Topics.BOOKING_LIFECYCLE).stream()
                .filter(record -> booking.id().toString().equals(record.key()))
                .map(TopicProbe.Read::valueText))
                .as("no lifecycle event of the booking carries a token").isNotEmpty()
                .noneMatch(value -> value.contains(token) || value.contains("token="));
    }

    @Test
    void aReferralIsReferredWithItsReasonAndTheClientIsToldToSeeTheirDoctorFirst() {
        AcceptedBooking booking = book(ScreeningCase.CANCER_IMPROVING);

        settleAndAssertClean("flow: referral", booking);

        assertOutcome(booking);
        ReceivedEmail email = onlyEmail(booking.clientEmail(), booking, EmailKind.REFERRAL);
        assertReferralEmailIsPlainLanguage(email);
    }

    @Test
    void anUrgentReferralTellsTheClientToSeeADoctorImmediately() {
        AcceptedBooking booking = book(ScreeningCase.LEG_PAIN_BELOW_KNEE);

        settleAndAssertClean("flow: urgent referral", booking);

        assertOutcome(booking);
        ReceivedEmail email = onlyEmail(booking.clientEmail(), booking, EmailKind.URGENT_REFERRAL);
        assertReferralEmailIsPlainLanguage(email);
        assertThat(email.plainText().toLowerCase(Locale.ROOT)).contains("immediately");
    }

    @Test
    void anEscalatedReferralReportsEveryMatchedRule() {
        AcceptedBooking booking = book(ScreeningCase.STEROIDS_NOT_IMPROVING);

        settleAndAssertClean("flow: escalated referral", booking);

        assertOutcome(booking);
    }

    @Test
    void aCancellationReachesClientAndTherapistWithACalendarCancelForTheSameInvite() {
        AcceptedBooking booking = book(ScreeningCase.CLEARED);
        settleAndAssertClean("flow: cleared before cancel", booking);
        ReceivedEmail invite = onlyEmail(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION);

        HttpResult cancelled = suite.bookingApi().cancel(booking.id(), booking.accessToken());

        assertThat(cancelled.status()).as(cancelled.describe()).isBetween(200, 204);
        assertThat(suite.bookingApi().get(booking).json().path("status").asText()).isEqualTo("CANCELLED");
        String therapist = Mailbox.THERAPIST_ADDRESSES.get(booking.therapistId());
        await("cancellation emails").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(emailsOf(booking.clientEmail(), booking, EmailKind.CLIENT_CANCELLATION)).hasSize(1);
            assertThat(emailsOf(therapist, booking, EmailKind.THERAPIST_CANCELLATION)).hasSize(1);
        });
        ReceivedEmail clientCancel = onlyEmail(booking.clientEmail(), booking, EmailKind.CLIENT_CANCELLATION);
        ReceivedEmail therapistCancel = onlyEmail(therapist, booking, EmailKind.THERAPIST_CANCELLATION);
        assertThat(clientCancel.calendarMethod()).contains("CANCEL");
        assertThat(therapistCancel.calendarMethod()).contains("CANCEL");
        assertThat(uid(clientCancel)).isEqualTo(uid(invite));
        assertThat(uid(therapistCancel)).isEqualTo(uid(invite));
        assertThat(emailsOf(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION))
                .as("the confirmation is not sent again").hasSize(1);
    }

    @Test
    void aClientsNameIsEscapedInTheHtmlEmailAndIntactInThePlainText() {
        String name = "Zo\u00eb O'Brien-Smith";
        Slot slot = suite.slots().next();
        BookingRequest request = BookingRequest.of(slot, ScreeningCase.CLEARED,
                Client.named(name, ScreeningCase.CLEARED.dateOfBirthFor(slot.startsAt().toLocalDate())));
        HttpResult answer = suite.bookingApi().submit(request.json());
        assertThat(answer.status()).as(answer.describe()).isEqualTo(202);
        AcceptedBooking booking = new AcceptedBooking(UUID.fromString(answer.json().path("id").asText()),
                answer.json().path("accessToken").asText(), request);
        settleAndAssertClean("flow: name with apostrophe and accent", booking);

        ReceivedEmail email = onlyEmail(booking.clientEmail(), booking, EmailKind.CLIENT_CONFIRMATION);

        assertThat(email.plainText()).contains(name);
        assertThat(email.html()).doesNotContain("O'Brien").containsAnyOf("O&#39;Brien", "O&#x27;Brien", "O&apos;Brien");
        assertThat(email.html()).as("the accent survives encoding").containsAnyOf("Zo\u00eb", "Zo&euml;", "Zo&#235;", "Zo&#xeb;");
    }

    // ---------------------------------------------------------------------------------------------

    private AcceptedBooking book(ScreeningCase screening) {
        BookingRequest request = BookingRequest.of(suite.slots().next(), screening);
        HttpResult answer = suite.bookingApi().submit(request.json());
        assertThat(answer.status()).as(answer.describe()).isEqualTo(202);
        assertThat(answer.json().path("status").asText()).isEqualTo("PENDING_SCREENING");
        assertThat(answer.json().path("accessToken").asText()).isNotBlank();
        UUID id = UUID.fromString(answer.json().path("id").asText());
        assertThat(answer.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/bookings/" + id));
        return new AcceptedBooking(id, answer.json().path("accessToken").asText(), request);
    }

    private void settleAndAssertClean(String scenario, AcceptedBooking booking) {
        AuditReport report = Settle.until(() -> suite.audit().audit(scenario, 1, List.of(booking)), FLOW_TIMEOUT);
        System.out.println(report.table());
        assertThat(report.allAccountedFor()).as(report.table() + "\n" + String.join("\n", report.findings())).isTrue();
    }

    private void assertOutcome(AcceptedBooking booking) {
        JsonNode json = suite.bookingApi().get(booking).json();
        assertThat(json.path("status").asText()).isEqualTo(booking.expectedTier().finalStatus());
        assertThat(json.path("outcome").path("tier").asText()).isEqualTo(booking.expectedTier().name());
        List<String> ruleIds = new ArrayList<>();
        json.path("outcome").path("reasons").forEach(reason -> {
            ruleIds.add(reason.path("ruleId").asText());
            assertThat(reason.path("message").asText()).as("every reason has a plain-language message").isNotBlank();
        });
        assertThat(ruleIds).containsExactlyInAnyOrderElementsOf(booking.request().screening().ruleIds());
    }

    private void assertReferralEmailIsPlainLanguage(ReceivedEmail email) {
        assertThat(email.calendars()).as("no invite for a booking that is not confirmed").isEmpty();
        assertThat(email.plainText() + email.html()).as("reasons in plain language, never rule ids").doesNotContain("RF-");
        assertThat(email.plainText().toLowerCase(Locale.ROOT)).contains("doctor");
        assertThat(email.subject()).as("subject lines carry no health information")
                .doesNotContainIgnoringCase("cancer").doesNotContainIgnoringCase("leg")
                .doesNotContainIgnoringCase("steroid").doesNotContain("RF-");
    }

    private List<ReceivedEmail> emailsOf(String recipient, AcceptedBooking booking, EmailKind kind) {
        return mail.of(recipient, booking, kind);
    }

    private ReceivedEmail onlyEmail(String recipient, AcceptedBooking booking, EmailKind kind) {
        return mail.only(recipient, booking, kind);
    }

    private static String uid(ReceivedEmail email) {
        return BookingMail.uid(email);
    }
}
