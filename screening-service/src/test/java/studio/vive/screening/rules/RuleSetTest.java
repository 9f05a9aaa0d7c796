package studio.vive.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.vive.contracts.Tier.CLEARED;
import static studio.vive.contracts.Tier.REFERRAL;
import static studio.vive.contracts.Tier.URGENT_REFERRAL;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.Tier;

/** The studio's screening criteria (shared/domain/screening-criteria.md), rule by rule and boundary by boundary. */
class RuleSetTest {

    private static final LocalDate APPOINTMENT = LocalDate.of(2026, 12, 1);
    /** 40 on the appointment date: far from the age boundary. */
    private static final LocalDate FORTY = LocalDate.of(1986, 6, 15);

    private final RuleSet ruleSet = RuleSet.current();

    static Stream<Arguments> eachRuleAlone() {
        return Stream.of(
                Arguments.of("RF-BOWEL-BLADDER", Answers.allClear().bowelOrBladderProblems(), URGENT_REFERRAL),
                Arguments.of("RF-WEIGHT-LOSS", Answers.allClear().suddenWeightLoss(), URGENT_REFERRAL),
                Arguments.of("RF-FEVER", Answers.allClear().persistentFever(), URGENT_REFERRAL),
                Arguments.of("RF-LEG-PAIN", Answers.allClear().legPain(LegPain.BELOW_KNEE), URGENT_REFERRAL),
                Arguments.of("RF-LEG-NEURO", Answers.allClear().legWeaknessNumbnessTingling(), URGENT_REFERRAL),
                Arguments.of("RF-TRAUMA", Answers.allClear().followedSevereFallOrAccident(), URGENT_REFERRAL),
                Arguments.of("RF-CANCER", Answers.allClear().historyOfCancer(), REFERRAL),
                Arguments.of("RF-OSTEOPOROSIS", Answers.allClear().osteoporosis(), REFERRAL),
                Arguments.of("RF-STEROIDS", Answers.allClear().steroidUse(), REFERRAL),
                Arguments.of("RF-SUBSTANCE", Answers.allClear().excessiveDrugOrAlcoholUse(), REFERRAL),
                Arguments.of("RF-NO-IMPROVEMENT", Answers.allClear().notImprovingFor(30), REFERRAL));
    }

    @ParameterizedTest(name = "{0} alone gives {2}")
    @MethodSource("eachRuleAlone")
    void eachRuleAloneMatchesOnlyItselfWithItsTier(String ruleId, Answers answers, Tier tier) {
        Screening screening = screen(answers, FORTY);

        assertEquals(List.of(ruleId), screening.ruleIds());
        assertEquals(tier, screening.tier());
    }

    @Test
    void firstEpisodeAt50AloneIsAReferral() {
        Screening screening = screen(Answers.allClear().firstEpisode(), LocalDate.of(1970, 3, 14));

        assertEquals(List.of("RF-FIRST-OVER-50"), screening.ruleIds());
        assertEquals(REFERRAL, screening.tier());
    }

    @Test
    void allClearIsCleared() {
        Screening screening = screen(Answers.allClear(), FORTY);

        assertEquals(CLEARED, screening.tier());
        assertEquals(List.of(), screening.matched());
        assertEquals(RuleSet.VERSION, screening.ruleSetVersion());
    }

    static Stream<Arguments> ageBoundary() {
        return Stream.of(
                Arguments.of("49, turning 50 the day after the appointment", LocalDate.of(1976, 12, 2), false),
                Arguments.of("50 on the appointment date itself (birthday that day)", LocalDate.of(1976, 12, 1), true),
                Arguments.of("50 since the day before the appointment", LocalDate.of(1976, 11, 30), true),
                Arguments.of("49 and a half", LocalDate.of(1977, 6, 1), false),
                Arguments.of("born on 29 February, 50 on 1 March of a non-leap year",
                        LocalDate.of(1976, 2, 29), true));
    }

    @ParameterizedTest(name = "first episode, {0}: RF-FIRST-OVER-50 = {2}")
    @MethodSource("ageBoundary")
    void ageIsCountedInCompletedYearsOnTheAppointmentDate(String age, LocalDate dateOfBirth, boolean matches) {
        LocalDate appointment = dateOfBirth.getMonthValue() == 2 ? LocalDate.of(2026, 3, 1) : APPOINTMENT;

        Screening screening = ruleSet.screen(ScreeningFacts.of(Answers.allClear().firstEpisode().build(), dateOfBirth,
                appointment));

        assertEquals(matches, screening.ruleIds().contains("RF-FIRST-OVER-50"));
    }

    @Test
    void theAgeCountsOnTheAppointmentDateNotToday() {
        // 49 today (whenever the test runs, as long as it is before 2036), 50 on a far appointment.
        LocalDate dateOfBirth = LocalDate.of(1986, 6, 15);

        Screening screening = ruleSet.screen(ScreeningFacts.of(Answers.allClear().firstEpisode().build(), dateOfBirth,
                LocalDate.of(2036, 6, 15)));

        assertEquals(List.of("RF-FIRST-OVER-50"), screening.ruleIds());
    }

    @Test
    void aFirstEpisodeUnder50IsCleared() {
        assertEquals(CLEARED, screen(Answers.allClear().firstEpisode(), FORTY).tier());
    }

    @Test
    void age50WithoutAFirstEpisodeIsCleared() {
        assertEquals(CLEARED, screen(Answers.allClear(), LocalDate.of(1950, 1, 1)).tier());
    }

    static Stream<Arguments> noImprovementBoundary() {
        return Stream.of(
                Arguments.of(20, false, false),
                Arguments.of(21, false, true),
                Arguments.of(365, false, true),
                Arguments.of(21, true, false),
                Arguments.of(365, true, false));
    }

    @ParameterizedTest(name = "{0} days, improving = {1}: RF-NO-IMPROVEMENT = {2}")
    @MethodSource("noImprovementBoundary")
    void noImprovementNeedsThreeWeeksWithoutImproving(int days, boolean improving, boolean matches) {
        Answers answers = improving ? Answers.allClear().improvingFor(days) : Answers.allClear().notImprovingFor(days);

        Screening screening = screen(answers, FORTY);

        assertEquals(matches, screening.ruleIds().contains("RF-NO-IMPROVEMENT"));
        assertEquals(matches ? REFERRAL : CLEARED, screening.tier());
    }

    static Stream<Arguments> escalation() {
        return Stream.of(
                Arguments.of("cancer, 6 days not improving", Answers.allClear().historyOfCancer().notImprovingFor(6),
                        FORTY, REFERRAL, List.of("RF-CANCER")),
                Arguments.of("cancer, 7 days not improving", Answers.allClear().historyOfCancer().notImprovingFor(7),
                        FORTY, URGENT_REFERRAL, List.of("RF-CANCER", "RF-PERSISTENT-ESCALATION")),
                Arguments.of("cancer, 30 days improving", Answers.allClear().historyOfCancer().improvingFor(30),
                        FORTY, REFERRAL, List.of("RF-CANCER")),
                Arguments.of("osteoporosis, 7 days not improving", Answers.allClear().osteoporosis().notImprovingFor(7),
                        FORTY, URGENT_REFERRAL, List.of("RF-OSTEOPOROSIS", "RF-PERSISTENT-ESCALATION")),
                Arguments.of("steroids, 7 days not improving", Answers.allClear().steroidUse().notImprovingFor(7),
                        FORTY, URGENT_REFERRAL, List.of("RF-STEROIDS", "RF-PERSISTENT-ESCALATION")),
                Arguments.of("substance use, 7 days not improving",
                        Answers.allClear().excessiveDrugOrAlcoholUse().notImprovingFor(7), FORTY, URGENT_REFERRAL,
                        List.of("RF-SUBSTANCE", "RF-PERSISTENT-ESCALATION")),
                Arguments.of("first episode at 50, 7 days not improving", Answers.allClear().firstEpisode().notImprovingFor(7),
                        LocalDate.of(1976, 12, 1), URGENT_REFERRAL, List.of("RF-FIRST-OVER-50", "RF-PERSISTENT-ESCALATION")),
                Arguments.of("first episode at 49, 7 days not improving", Answers.allClear().firstEpisode().notImprovingFor(7),
                        LocalDate.of(1976, 12, 2), CLEARED, List.of()),
                Arguments.of("cancer, 21 days not improving: both duration rules",
                        Answers.allClear().historyOfCancer().notImprovingFor(21), FORTY, URGENT_REFERRAL,
                        List.of("RF-CANCER", "RF-NO-IMPROVEMENT", "RF-PERSISTENT-ESCALATION")),
                Arguments.of("no improvement alone never escalates", Answers.allClear().notImprovingFor(400), FORTY,
                        REFERRAL, List.of("RF-NO-IMPROVEMENT")),
                Arguments.of("an urgent flag does not escalate", Answers.allClear().persistentFever().notImprovingFor(10),
                        FORTY, URGENT_REFERRAL, List.of("RF-FEVER")),
                Arguments.of("an urgent flag with cancer, 7 days not improving",
                        Answers.allClear().persistentFever().historyOfCancer().notImprovingFor(7), FORTY,
                        URGENT_REFERRAL, List.of("RF-FEVER", "RF-CANCER", "RF-PERSISTENT-ESCALATION")));
    }

    @ParameterizedTest(name = "{0}: {3} {4}")
    @MethodSource("escalation")
    void persistentEscalationIsAddedOnlyWhenAHistoryFlagMeetsAWeekWithoutImprovement(
            String what, Answers answers, LocalDate dateOfBirth, Tier tier, List<String> ruleIds) {
        Screening screening = screen(answers, dateOfBirth);

        assertEquals(ruleIds, screening.ruleIds());
        assertEquals(tier, screening.tier());
    }

    @ParameterizedTest(name = "leg pain {0}")
    @EnumSource(value = LegPain.class, names = {"ABOVE_KNEE", "BELOW_KNEE"})
    void legPainAboveOrBelowTheKneeIsUrgent(LegPain legPain) {
        Screening screening = screen(Answers.allClear().legPain(legPain), FORTY);

        assertEquals(List.of("RF-LEG-PAIN"), screening.ruleIds());
        assertEquals(URGENT_REFERRAL, screening.tier());
    }

    @Test
    void theMostSevereTierWinsAndEveryMatchedRuleIsReportedInRuleOrder() {
        Screening screening = screen(Answers.allClear().historyOfCancer().legWeaknessNumbnessTingling().steroidUse(),
                FORTY);

        assertEquals(URGENT_REFERRAL, screening.tier());
        assertEquals(List.of("RF-LEG-NEURO", "RF-CANCER", "RF-STEROIDS"), screening.ruleIds());
    }

    @Test
    void severalReferralFlagsStayAReferral() {
        Screening screening = screen(Answers.allClear().osteoporosis().excessiveDrugOrAlcoholUse(), FORTY);

        assertEquals(REFERRAL, screening.tier());
        assertEquals(List.of("RF-OSTEOPOROSIS", "RF-SUBSTANCE"), screening.ruleIds());
    }

    @Test
    void everyFlagAtOnceReportsEveryRule() {
        Answers everything = Answers.allClear().bowelOrBladderProblems().suddenWeightLoss().persistentFever()
                .legPain(LegPain.ABOVE_KNEE).legWeaknessNumbnessTingling().followedSevereFallOrAccident().firstEpisode()
                .historyOfCancer().osteoporosis().steroidUse().excessiveDrugOrAlcoholUse().notImprovingFor(60);

        Screening screening = screen(everything, LocalDate.of(1950, 1, 1));

        assertEquals(ruleSet.rules().stream().map(RedFlagRule::id).toList(), screening.ruleIds());
        assertEquals(URGENT_REFERRAL, screening.tier());
    }

    @ParameterizedTest(name = "cause {0}")
    @EnumSource(PainCause.class)
    void theStatedCauseNeverCausesAReferralByItself(PainCause cause) {
        assertEquals(CLEARED, screen(Answers.allClear().cause(cause), FORTY).tier());
    }

    @Test
    void everyRuleCarriesItsArticleQuoteAndAPlainMessageWithoutRuleIds() {
        for (RedFlagRule rule : ruleSet.rules()) {
            assertFalse(rule.articleQuote().isBlank(), rule.id());
            assertFalse(rule.clientMessage().contains("RF-"), rule.id());
            assertTrue(rule.clientMessage().endsWith("."), rule.id());
        }
    }

    @Test
    void everyRuleIdIsUnique() {
        List<String> ids = ruleSet.rules().stream().map(RedFlagRule::id).toList();

        assertEquals(ids.size(), ids.stream().distinct().count());
        assertEquals(13, ids.size());
    }

    @Test
    void anAppointmentBeforeTheDateOfBirthCannotBeScreened() {
        assertThrows(IllegalArgumentException.class, () -> ScreeningFacts.of(Answers.allClear().build(),
                APPOINTMENT.plusDays(1), APPOINTMENT));
    }

    private Screening screen(Answers answers, LocalDate dateOfBirth) {
        return ruleSet.screen(ScreeningFacts.of(answers.build(), dateOfBirth, APPOINTMENT));
    }
}
