package studio.vive.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.Tier;
import studio.vive.contracts.UrgentAnswers;

/** The pre-visit re-check is decided by the urgent rules of the criteria, and by them alone. */
class RecheckRulesTest {

    private final RuleSet ruleSet = RuleSet.current();

    static Stream<Arguments> oneUrgentYes() {
        return Stream.of(
                Arguments.of(Answers.allClear().bowelOrBladderProblems(), "RF-BOWEL-BLADDER"),
                Arguments.of(Answers.allClear().suddenWeightLoss(), "RF-WEIGHT-LOSS"),
                Arguments.of(Answers.allClear().persistentFever(), "RF-FEVER"),
                Arguments.of(Answers.allClear().legPain(LegPain.ABOVE_KNEE), "RF-LEG-PAIN"),
                Arguments.of(Answers.allClear().legPain(LegPain.BELOW_KNEE), "RF-LEG-PAIN"),
                Arguments.of(Answers.allClear().legWeaknessNumbnessTingling(), "RF-LEG-NEURO"),
                Arguments.of(Answers.allClear().followedSevereFallOrAccident(), "RF-TRAUMA"));
    }

    @Test
    void allNoClearsTheRecheck() {
        Screening screening = ruleSet.recheck(Answers.allClear().build().urgent());

        assertEquals(Tier.CLEARED, screening.tier());
        assertEquals(List.of(), screening.matched());
        assertEquals(RuleSet.VERSION, screening.ruleSetVersion());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("oneUrgentYes")
    void anyUrgentYesIsAnUrgentReferralNamingItsRule(Answers answers, String ruleId) {
        Screening screening = ruleSet.recheck(answers.build().urgent());

        assertEquals(Tier.URGENT_REFERRAL, screening.tier());
        assertEquals(List.of(ruleId), screening.ruleIds());
    }

    @Test
    void everyMatchedUrgentRuleIsReportedInRuleOrder() {
        UrgentAnswers answers = new UrgentAnswers(true, false, true, LegPain.BELOW_KNEE, true, true);

        assertEquals(List.of("RF-BOWEL-BLADDER", "RF-FEVER", "RF-LEG-PAIN", "RF-LEG-NEURO", "RF-TRAUMA"),
                ruleSet.recheck(answers).ruleIds());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("oneUrgentYes")
    void aRecheckMatchesWhatTheSameUrgentAnswersMatchAtBooking(Answers answers, String ruleId) {
        Screening atBooking = ruleSet.screen(ScreeningFacts.of(answers.build(), Requests40.BORN, Requests40.ON));

        assertEquals(atBooking.matched(), ruleSet.recheck(answers.build().urgent()).matched());
    }

    @Test
    void theRecheckUsesTheRulesOwnMessagesAndQuotes() {
        MatchedRule matched = ruleSet.recheck(Answers.allClear().persistentFever().build().urgent()).matched().get(0);

        assertEquals("You told us you have persistent fevers.", matched.clientMessage());
        assertEquals("If you experience persistent fevers", matched.articleQuote());
    }

    /** A client of 40 on the appointment date: no age rule in play. */
    private static final class Requests40 {
        static final java.time.LocalDate BORN = java.time.LocalDate.of(1986, 6, 15);
        static final java.time.LocalDate ON = java.time.LocalDate.of(2026, 12, 1);
    }
}
