package studio.vive.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static studio.vive.contracts.Tier.CLEARED;
import static studio.vive.contracts.Tier.REFERRAL;
import static studio.vive.contracts.Tier.URGENT_REFERRAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.ClearanceGrant;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.LegPain;

/** What a doctor's clearance covers (issue 15), rule by rule and at every date boundary. */
class DoctorClearanceTest {

    private static final LocalDate APPOINTMENT = LocalDate.of(2026, 12, 1);
    private static final LocalDate FORTY = LocalDate.of(1986, 6, 15);
    private static final UUID CLEARANCE = UUID.fromString("4c2e8a6f-1b3d-4f5a-9c7e-0a2b4c6d8e13");
    private static final LocalDate CLEARED_ON = LocalDate.of(2026, 11, 1);

    private final ScreeningEngine engine = new ScreeningEngine();

    @Test
    void aCoveredHistoryRuleIsClearedByTheDoctorInsteadOfReferring() {
        Screening screening = screen(Answers.allClear().historyOfCancer(), grant(CLEARED_ON, "RF-CANCER"));

        assertEquals(CLEARED, screening.tier());
        assertEquals(List.of(), screening.matched());
        assertEquals(List.of(new ClearedRule("RF-CANCER", CLEARED_ON)), screening.clearedByDoctor());
        assertEquals(CLEARANCE, screening.clearanceId());
    }

    static Stream<Arguments> currentSymptoms() {
        return Stream.of(
                Arguments.of("RF-BOWEL-BLADDER", Answers.allClear().bowelOrBladderProblems()),
                Arguments.of("RF-WEIGHT-LOSS", Answers.allClear().suddenWeightLoss()),
                Arguments.of("RF-FEVER", Answers.allClear().persistentFever()),
                Arguments.of("RF-LEG-PAIN", Answers.allClear().legPain(LegPain.ABOVE_KNEE)),
                Arguments.of("RF-LEG-NEURO", Answers.allClear().legWeaknessNumbnessTingling()));
    }

    @ParameterizedTest(name = "{0} refers urgently even when the clearance names it")
    @MethodSource("currentSymptoms")
    void aCurrentSymptomIsNeverCovered(String ruleId, Answers answers) {
        Screening screening = screen(answers, grant(CLEARED_ON, ruleId));

        assertEquals(URGENT_REFERRAL, screening.tier());
        assertEquals(List.of(ruleId), screening.ruleIds());
        assertEquals(List.of(), screening.clearedByDoctor());
        assertNull(screening.clearanceId());
    }

    @Test
    void aNewCurrentSymptomStillRefersUrgentlyWhileTheHistoryIsCleared() {
        Screening screening = screen(Answers.allClear().historyOfCancer().persistentFever(),
                grant(CLEARED_ON, "RF-CANCER"));

        assertEquals(URGENT_REFERRAL, screening.tier());
        assertEquals(List.of("RF-FEVER"), screening.ruleIds());
        assertEquals(List.of("RF-CANCER"), screening.clearedRuleIds());
    }

    @Test
    void aMatchedRuleTheClearanceDoesNotNameStillRefersWithItsTier() {
        Screening screening = screen(Answers.allClear().historyOfCancer().osteoporosis(),
                grant(CLEARED_ON, "RF-CANCER"));

        assertEquals(REFERRAL, screening.tier());
        assertEquals(List.of("RF-OSTEOPOROSIS"), screening.ruleIds());
        assertEquals(List.of("RF-CANCER"), screening.clearedRuleIds());
    }

    @Test
    void aSevereFallIsNotACurrentSymptomRuleSoADoctorMayClearIt() {
        Screening screening = screen(Answers.allClear().followedSevereFallOrAccident(), grant(CLEARED_ON, "RF-TRAUMA"));

        assertEquals(CLEARED, screening.tier());
        assertEquals(List.of("RF-TRAUMA"), screening.clearedRuleIds());
    }

    static Stream<Arguments> noImprovementBoundary() {
        // 21 days of pain before 1 December 2026: it started on 10 November
        return Stream.of(
                Arguments.of("the day before the pain started", LocalDate.of(2026, 11, 9), REFERRAL),
                Arguments.of("the day the pain started", LocalDate.of(2026, 11, 10), CLEARED),
                Arguments.of("the day after the pain started", LocalDate.of(2026, 11, 11), CLEARED));
    }

    @ParameterizedTest(name = "RF-NO-IMPROVEMENT cleared {0}: {2}")
    @MethodSource("noImprovementBoundary")
    void noImprovementIsCoveredOnlyWhenTheDoctorSawThisEpisode(String when, LocalDate clearedOn,
                                                               studio.vive.contracts.Tier tier) {
        Screening screening = screen(Answers.allClear().notImprovingFor(21), grant(clearedOn, "RF-NO-IMPROVEMENT"));

        assertEquals(tier, screening.tier());
    }

    static Stream<Arguments> escalationBoundary() {
        // 10 days of pain before 1 December 2026: it started on 21 November
        return Stream.of(
                Arguments.of("the day before the pain started", LocalDate.of(2026, 11, 20), URGENT_REFERRAL,
                        List.of("RF-PERSISTENT-ESCALATION")),
                Arguments.of("the day the pain started", LocalDate.of(2026, 11, 21), CLEARED, List.of()),
                Arguments.of("the day after the pain started", LocalDate.of(2026, 11, 22), CLEARED, List.of()));
    }

    @ParameterizedTest(name = "cancer with 10 days of pain, cleared {0}: {2}")
    @MethodSource("escalationBoundary")
    void theEscalationIsCoveredOnlyWhenTheDoctorSawThisEpisode(String when, LocalDate clearedOn,
                                                               studio.vive.contracts.Tier tier, List<String> refer) {
        Screening screening = screen(Answers.allClear().historyOfCancer().notImprovingFor(10),
                grant(clearedOn, "RF-CANCER", "RF-PERSISTENT-ESCALATION"));

        assertEquals(tier, screening.tier());
        assertEquals(refer, screening.ruleIds());
    }

    @Test
    void anEscalationTheClearanceDoesNotNameStaysUrgent() {
        Screening screening = screen(Answers.allClear().historyOfCancer().notImprovingFor(7),
                grant(CLEARED_ON, "RF-CANCER"));

        assertEquals(URGENT_REFERRAL, screening.tier());
        assertEquals(List.of("RF-PERSISTENT-ESCALATION"), screening.ruleIds());
        assertEquals(List.of("RF-CANCER"), screening.clearedRuleIds());
    }

    @Test
    void aClearanceThatCoversNothingMatchedIsNotReliedOn() {
        Screening screening = screen(Answers.allClear().osteoporosis(), grant(CLEARED_ON, "RF-CANCER"));

        assertEquals(REFERRAL, screening.tier());
        assertNull(screening.clearanceId());
        assertEquals(List.of(), screening.clearedByDoctor());
    }

    @Test
    void aClearanceWithNothingMatchedChangesNothing() {
        Screening screening = screen(Answers.allClear(), grant(CLEARED_ON, "RF-CANCER"));

        assertEquals(CLEARED, screening.tier());
        assertNull(screening.clearanceId());
    }

    @Test
    void aRequestWithoutAClearanceIsDecidedAsBefore() {
        BookingRequested request = BookingRequested.of(UUID.randomUUID(), Instant.now(), APPOINTMENT, FORTY,
                Answers.allClear().historyOfCancer().build());

        assertEquals(RuleSet.current().screen(ScreeningFacts.of(request)), engine.screen(request));
    }

    private Screening screen(Answers answers, ClearanceGrant grant) {
        return engine.screen(BookingRequested.of(UUID.randomUUID(), Instant.now(), APPOINTMENT, FORTY,
                answers.build(), grant));
    }

    private static ClearanceGrant grant(LocalDate clearedOn, String... rules) {
        return new ClearanceGrant(CLEARANCE, clearedOn, List.of(rules));
    }
}
