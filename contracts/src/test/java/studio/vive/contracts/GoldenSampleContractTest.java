package studio.vive.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event reads from and writes to its checked-in golden sample, and tolerates fields added
 * by a newer producer.
 */
class GoldenSampleContractTest {

    private final ObjectMapper json = ObjectMapper.getDefault();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(GoldenSamples.BOOKING_REQUESTED, BookingRequested.class, Samples.bookingRequested()),
                Arguments.of(GoldenSamples.BOOKING_CLEARED, ScreeningOutcome.class, Samples.bookingCleared()),
                Arguments.of(GoldenSamples.REFERRAL_RAISED, ScreeningOutcome.class, Samples.referralRaised()),
                Arguments.of(GoldenSamples.BOOKING_CONFIRMED, BookingLifecycleEvent.class, Samples.bookingConfirmed()),
                Arguments.of(GoldenSamples.BOOKING_CONFIRMED_WITHOUT_MANAGE_URL, BookingLifecycleEvent.class,
                        Samples.bookingConfirmedWithoutManageUrl()),
                Arguments.of(GoldenSamples.BOOKING_REFERRED, BookingLifecycleEvent.class, Samples.bookingReferred()),
                Arguments.of(GoldenSamples.BOOKING_CANCELLED, BookingLifecycleEvent.class, Samples.bookingCancelled()),
                Arguments.of(GoldenSamples.BOOKING_CANCELLED_BY_STUDIO, BookingLifecycleEvent.class,
                        Samples.bookingCancelledByStudio()),
                Arguments.of(GoldenSamples.BOOKING_REQUESTED_WITH_CLEARANCE, BookingRequested.class,
                        Samples.bookingRequestedWithClearance()),
                Arguments.of(GoldenSamples.BOOKING_CLEARED_WITH_CLEARANCE, ScreeningOutcome.class,
                        Samples.bookingClearedWithClearance()),
                Arguments.of(GoldenSamples.REFERRAL_RAISED_WITH_CLEARANCE, ScreeningOutcome.class,
                        Samples.referralRaisedWithClearance()),
                Arguments.of(GoldenSamples.CLEARANCE_ISSUED, BookingLifecycleEvent.class, Samples.clearanceIssued()),
                Arguments.of(GoldenSamples.RECHECK_SUBMITTED, RecheckSubmitted.class, Samples.recheckSubmitted()),
                Arguments.of(GoldenSamples.RECHECK_DECIDED, ScreeningOutcome.class, Samples.recheckDecided()),
                Arguments.of(GoldenSamples.BOOKING_REFERRED_AFTER_CONFIRMATION, BookingLifecycleEvent.class,
                        Samples.bookingReferredAfterConfirmation()),
                Arguments.of(GoldenSamples.APPOINTMENT_CHANGED, BookingLifecycleEvent.class,
                        Samples.appointmentChanged()),
                Arguments.of(GoldenSamples.RESCREEN_REQUESTED, RescreenRequested.class, Samples.rescreenRequested()),
                Arguments.of(GoldenSamples.RESCREEN_REQUESTED_ANSWERED_AGAIN, RescreenRequested.class,
                        Samples.rescreenRequestedAnsweredAgain()));
    }

    @ParameterizedTest(name = "{0} reads into the expected event")
    @MethodSource("samples")
    void goldenSampleReadsIntoTheExpectedEvent(String sample, Class<?> readAs, Object expected) throws IOException {
        assertEquals(expected, json.readValue(GoldenSamples.json(sample), readAs));
    }

    @ParameterizedTest(name = "{0} is what the event writes")
    @MethodSource("samples")
    @SuppressWarnings("unchecked")
    void eventWritesTheGoldenSample(String sample, Class<?> readAs, Object expected) throws IOException {
        // Written through the declared contract type, as producers do, so the type property is included.
        Argument<Object> type = (Argument<Object>) Argument.of(readAs);
        JsonNode written = json.readValue(json.writeValueAsString(type, expected), JsonNode.class);
        assertEquals(json.readValue(GoldenSamples.json(sample), JsonNode.class), written);
    }

    @ParameterizedTest(name = "{0} with unknown extra fields still reads")
    @MethodSource("samples")
    void sampleWithUnknownFieldsStillReads(String sample, Class<?> readAs, Object expected) throws IOException {
        String golden = GoldenSamples.json(sample).strip();
        String newer = golden.substring(0, golden.length() - 1)
                + ", \"addedInSomeFutureMinorVersion\": {\"nested\": [1, 2, 3]}, \"anotherNewFlag\": true}";
        assertEquals(expected, json.readValue(newer, readAs));
    }

    @ParameterizedTest(name = "{0} is keyed by its booking id")
    @MethodSource("samples")
    void everyEventIsKeyedByItsBookingId(String sample, Class<?> readAs, Object expected) {
        IntegrationEvent event = (IntegrationEvent) expected;
        assertEquals(event.bookingId().toString(), event.key());
        assertEquals(1, event.schemaVersion());
    }

    @org.junit.jupiter.api.Test
    void anOldShapeRequestReadsWithoutAClearance() throws IOException {
        assertEquals(null, json.readValue(GoldenSamples.json(GoldenSamples.BOOKING_REQUESTED), BookingRequested.class)
                .clearance());
    }

    @org.junit.jupiter.api.Test
    void anOldShapeOutcomeReadsWithNoClearedRules() throws IOException {
        ScreeningOutcome outcome = json.readValue(GoldenSamples.json(GoldenSamples.BOOKING_CLEARED),
                ScreeningOutcome.class);
        assertEquals(List.of(), outcome.clearedRules());
        assertEquals(null, outcome.cleared());
    }

    @org.junit.jupiter.api.Test
    void sensitiveRecordsNeverPrintTheirContents() {
        BookingRequested requested = Samples.bookingRequested();
        assertFalse(requested.toString().contains("SPORT_INJURY"));
        assertFalse(requested.screening().toString().contains("false"));
        assertFalse(Samples.bookingConfirmed().toString().contains("ada@example.com"));
        assertFalse(Samples.bookingConfirmed().client().toString().contains("Ada"));
        assertTrue(requested.toString().contains(requested.bookingId().toString()));
        assertFalse(Samples.recheckSubmitted().toString().contains("BELOW_KNEE"));
        assertFalse(Samples.recheckSubmitted().answers().toString().contains("true"));
        assertFalse(Samples.appointmentChanged().toString().contains("ada@example.com"));
        assertFalse(Samples.appointmentChanged().toString().contains("noah@vive.studio"));
    }

    @org.junit.jupiter.api.Test
    void anAppointmentChangeTellsWhetherTheTherapistChanged() {
        assertTrue(Samples.appointmentChanged().therapistChanged());
        AppointmentChanged sameTherapist = AppointmentChanged.of(Samples.BOOKING, Instant.EPOCH, Samples.ADA,
                Samples.appointment(), Samples.appointment(), 1, ChangeReason.RESCHEDULED_BY_CLIENT);
        assertFalse(sameTherapist.therapistChanged());
    }

    @org.junit.jupiter.api.Test
    void aCancellationWithoutCancelledByStillReadsAsTheClientsOwn() throws IOException {
        BookingCancelled cancelled = json.readValue(GoldenSamples.json(GoldenSamples.BOOKING_CANCELLED),
                BookingCancelled.class);
        assertEquals(null, cancelled.cancelledBy());
        assertFalse(cancelled.byStudio());
        assertFalse(json.writeValueAsString(cancelled).contains("cancelledBy"), "the old shape is written unchanged");
    }

    @org.junit.jupiter.api.Test
    void aReferralWithoutAnAppointmentStillReadsAsBefore() throws IOException {
        BookingReferred referred = json.readValue(GoldenSamples.json(GoldenSamples.BOOKING_REFERRED), BookingReferred.class);
        assertEquals(null, referred.appointment());
    }

    @org.junit.jupiter.api.Test
    void aRecheckCannotRaiseANonUrgentReferral() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new RecheckDecided(
                UUID.randomUUID(), 1, Instant.now(), UUID.randomUUID(), UUID.randomUUID(), "v", Instant.now(),
                Tier.REFERRAL, recheckReasons()));
    }

    private static List<Reason> recheckReasons() {
        return Samples.RECHECK_REASONS;
    }

    /** The events the golden samples describe, built in code. */
    static final class Samples {

        static final UUID BOOKING = UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962");
        static final UUID REFERRED_BOOKING = UUID.fromString("5d8e2a14-7f3c-4b9a-a1e6-9c4b2d7e8f10");
        static final Contact ADA = new Contact("Ada Lovelace", "ada@example.com");
        static final List<Reason> REASONS = List.of(
                new Reason("RF-LEG-NEURO", "You told us about weakness, numbness or tingling down one or both legs."),
                new Reason("RF-CANCER", "You told us you have a history of cancer."));

        static final UUID RECHECK_EVENT = UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c08");
        static final List<Reason> RECHECK_REASONS = List.of(
                new Reason("RF-LEG-PAIN", "You told us your pain spreads down one or both legs."),
                new Reason("RF-LEG-NEURO", "You told us about weakness, numbness or tingling down one or both legs."));

        static RecheckSubmitted recheckSubmitted() {
            return new RecheckSubmitted(RECHECK_EVENT, 1, Instant.parse("2026-11-30T21:00:00Z"), BOOKING,
                    new UrgentAnswers(false, false, false, LegPain.BELOW_KNEE, true, false));
        }

        static RecheckDecided recheckDecided() {
            return new RecheckDecided(UUID.fromString("b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d09"), 1,
                    Instant.parse("2026-11-30T21:00:01Z"), BOOKING, RECHECK_EVENT, "2026.11-1",
                    Instant.parse("2026-11-30T21:00:01Z"), Tier.URGENT_REFERRAL, RECHECK_REASONS);
        }

        static BookingReferred bookingReferredAfterConfirmation() {
            return new BookingReferred(UUID.fromString("c5d6e7f8-a9b0-4c1d-8e2f-3a4b5c6d7e10"), 1,
                    Instant.parse("2026-11-30T21:00:02Z"), BOOKING, ADA, Tier.URGENT_REFERRAL, RECHECK_REASONS,
                    appointment());
        }

        static BookingRequested bookingRequested() {
            return new BookingRequested(UUID.fromString("6f1c2c2e-8a4b-4c61-9a8e-0d4f7f3f9a01"), 1,
                    Instant.parse("2026-11-30T23:15:00Z"), BOOKING, LocalDate.parse("2026-12-01"),
                    LocalDate.parse("1970-03-14"),
                    new ScreeningAnswers(false, false, false, LegPain.NONE, false, false, false, false, false,
                            false, false, 5, true, PainCause.SPORT_INJURY));
        }

        static BookingCleared bookingCleared() {
            return new BookingCleared(UUID.fromString("0c9a7e55-1d0b-4a8e-9a51-5f2f1b7f6c02"), 1,
                    Instant.parse("2026-11-30T23:15:01Z"), BOOKING,
                    UUID.fromString("6f1c2c2e-8a4b-4c61-9a8e-0d4f7f3f9a01"), "2026.11-1",
                    Instant.parse("2026-11-30T23:15:01Z"));
        }

        static ReferralRaised referralRaised() {
            return new ReferralRaised(UUID.fromString("a7d3e0f4-2c1b-4f7e-8d6a-3b9c5e1f7d03"), 1,
                    Instant.parse("2026-11-30T23:15:01Z"), REFERRED_BOOKING,
                    UUID.fromString("b2c4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e04"), "2026.11-1",
                    Instant.parse("2026-11-30T23:15:01Z"), Tier.URGENT_REFERRAL, REASONS);
        }

        static Appointment appointment() {
            return new Appointment("REMEDIAL_60", "Remedial massage, 60 minutes",
                    OffsetDateTime.parse("2026-12-01T10:00:00+11:00"), OffsetDateTime.parse("2026-12-01T11:00:00+11:00"),
                    "Australia/Sydney", new TherapistRef("mia", "Mia Chen", "mia@vive.studio"));
        }

        static BookingConfirmed bookingConfirmed() {
            return new BookingConfirmed(UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e05"), 1,
                    Instant.parse("2026-11-30T23:15:02Z"), BOOKING, ADA, appointment(),
                    "http://localhost:8080/manage/3b241101-e2bb-4255-8caf-4136c566a962?token=k3Jd9sQ2");
        }

        static BookingConfirmed bookingConfirmedWithoutManageUrl() {
            return new BookingConfirmed(UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e05"), 1,
                    Instant.parse("2026-11-30T23:15:02Z"), BOOKING, ADA, appointment(), null);
        }

        static BookingReferred bookingReferred() {
            return new BookingReferred(UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f06"), 1,
                    Instant.parse("2026-11-30T23:15:02Z"), REFERRED_BOOKING, ADA, Tier.URGENT_REFERRAL, REASONS);
        }

        static final UUID CLEARANCE = UUID.fromString("4c2e8a6f-1b3d-4f5a-9c7e-0a2b4c6d8e13");
        static final LocalDate CLEARED_ON = LocalDate.parse("2026-12-10");

        static BookingRequested bookingRequestedWithClearance() {
            return new BookingRequested(UUID.fromString("9e4b7c1a-3d2f-4a6b-8c5e-1f0a2b3c4d11"), 1,
                    Instant.parse("2026-12-11T02:00:00Z"), UUID.fromString("7a1f3c5e-9b2d-4e6f-8a0c-2d4e6f8a0b12"),
                    LocalDate.parse("2026-12-15"), LocalDate.parse("1970-03-14"),
                    new ScreeningAnswers(false, false, false, LegPain.NONE, false, false, false, true, false,
                            false, false, 10, false, PainCause.SPORT_INJURY),
                    new ClearanceGrant(CLEARANCE, CLEARED_ON, List.of("RF-CANCER", "RF-PERSISTENT-ESCALATION")));
        }

        static RescreenRequested rescreenRequested() {
            return new RescreenRequested(UUID.fromString("6f2d8b4a-1c3e-4a5f-9b7d-0e2c4a6b8d14"), 1,
                    Instant.parse("2026-12-12T01:00:00Z"), BOOKING, LocalDate.parse("2026-12-22"),
                    LocalDate.parse("1976-12-20"), null, null);
        }

        static RescreenRequested rescreenRequestedAnsweredAgain() {
            BookingRequested first = bookingRequestedWithClearance();
            return new RescreenRequested(UUID.fromString("8a4f0d6c-3e5a-4c7b-9d1f-2a4c6e8a0b15"), 1,
                    Instant.parse("2027-01-20T01:00:00Z"), first.bookingId(), LocalDate.parse("2027-01-29"),
                    first.clientDateOfBirth(), first.screening(), first.clearance());
        }

        static BookingCleared bookingClearedWithClearance() {
            return new BookingCleared(UUID.fromString("2b6d0f4a-8c1e-4a3b-9d5f-7e9a1b3c5d14"), 1,
                    Instant.parse("2026-12-11T02:00:01Z"), UUID.fromString("7a1f3c5e-9b2d-4e6f-8a0c-2d4e6f8a0b12"),
                    UUID.fromString("9e4b7c1a-3d2f-4a6b-8c5e-1f0a2b3c4d11"), "2026.11-1",
                    Instant.parse("2026-12-11T02:00:01Z"), CLEARANCE,
                    List.of(new ClearedRule("RF-CANCER", CLEARED_ON),
                            new ClearedRule("RF-PERSISTENT-ESCALATION", CLEARED_ON)));
        }

        static ReferralRaised referralRaisedWithClearance() {
            return new ReferralRaised(UUID.fromString("5e7a9c1b-3d5f-4b7a-8c9e-1a3b5c7d9e15"), 1,
                    Instant.parse("2026-12-11T02:00:01Z"), UUID.fromString("8b2a4c6e-0d1f-4a3b-9c5d-7e9f1a3b5c16"),
                    UUID.fromString("0f1e2d3c-4b5a-4697-8877-665544332217"), "2026.11-1",
                    Instant.parse("2026-12-11T02:00:01Z"), Tier.URGENT_REFERRAL,
                    List.of(new Reason("RF-FEVER", "You told us you have persistent fevers.")), CLEARANCE,
                    List.of(new ClearedRule("RF-CANCER", CLEARED_ON)));
        }

        static ClearanceIssued clearanceIssued() {
            return new ClearanceIssued(UUID.fromString("6a8c0e2f-4b6d-4f8a-9b1c-3d5e7f9a1b18"), 1,
                    Instant.parse("2026-12-10T03:30:00Z"), REFERRED_BOOKING, CLEARANCE, ADA,
                    "http://localhost:8080/?clearanceCode=Zq3xV8pLw2Rk7Nc5Ty1Hb9Dm4Fg6Js0A",
                    LocalDate.parse("2027-03-10"));
        }

        static BookingCancelled bookingCancelled() {
            return new BookingCancelled(UUID.fromString("e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a07"), 1,
                    Instant.parse("2026-11-30T23:20:00Z"), BOOKING, ADA, appointment());
        }

        static AppointmentChanged appointmentChanged() {
            Appointment withNoah = new Appointment("REMEDIAL_60", "Remedial massage, 60 minutes",
                    OffsetDateTime.parse("2026-12-01T10:00:00+11:00"), OffsetDateTime.parse("2026-12-01T11:00:00+11:00"),
                    "Australia/Sydney", new TherapistRef("noah", "Noah Patel", "noah@vive.studio"));
            return new AppointmentChanged(UUID.fromString("9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c09"), 1,
                    Instant.parse("2026-11-30T23:22:00Z"), BOOKING, ADA, appointment(), withNoah, 1,
                    ChangeReason.REASSIGNED_BY_STUDIO);
        }

        static BookingCancelled bookingCancelledByStudio() {
            return new BookingCancelled(UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c08"), 1,
                    Instant.parse("2026-11-30T23:25:00Z"), BOOKING, ADA, appointment(), CancelledBy.STUDIO);
        }
    }
}
