package studio.vive.screening.rules;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.ScreeningAnswers;

/**
 * Saying "yes" to a red-flag question can never make the outcome less severe. "Is it improving?"
 * is the one question where "yes" is the reassuring answer, so for it the property is the mirror
 * image: saying "no" never lowers the tier. Pain that lasts longer never lowers it either.
 */
class TierNeverDropsProperties {

    private static final LocalDate APPOINTMENT = LocalDate.of(2026, 12, 1);

    private final RuleSet ruleSet = RuleSet.current();

    @Property(tries = 2000, edgeCases = EdgeCasesMode.MIXIN)
    void turningAnyRedFlagAnswerFromNoToYesNeverLowersTheTier(
            @ForAll("answers") ScreeningAnswers answers, @ForAll("dateOfBirth") LocalDate dateOfBirth,
            @ForAll("redFlagQuestion") int question) {
        ScreeningAnswers withYes = answerYes(answers, question);

        assertNotLower(answers, withYes, dateOfBirth);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
    void legPainSpreadingFurtherNeverLowersTheTier(
            @ForAll("answers") ScreeningAnswers answers, @ForAll("dateOfBirth") LocalDate dateOfBirth) {
        ScreeningAnswers further = with(answers, a -> copy(a, 3, a.legPain() == LegPain.NONE ? LegPain.ABOVE_KNEE
                : LegPain.BELOW_KNEE));

        assertNotLower(answers, further, dateOfBirth);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
    void answeringNotImprovingNeverLowersTheTier(
            @ForAll("answers") ScreeningAnswers answers, @ForAll("dateOfBirth") LocalDate dateOfBirth) {
        ScreeningAnswers notImproving = copy(answers, 12, false);

        assertNotLower(copy(answers, 12, true), notImproving, dateOfBirth);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
    void longerPainNeverLowersTheTier(
            @ForAll("answers") ScreeningAnswers answers, @ForAll("dateOfBirth") LocalDate dateOfBirth,
            @ForAll @IntRange(min = 1, max = 400) int moreDays) {
        ScreeningAnswers longer = copy(answers, 11, answers.painDurationDays() + moreDays);

        assertNotLower(answers, longer, dateOfBirth);
    }

    @Provide
    Arbitrary<ScreeningAnswers> answers() {
        Arbitrary<Boolean> yesNo = Arbitraries.of(true, false);
        Arbitrary<boolean[]> flags = yesNo.array(boolean[].class).ofSize(11);
        return Combinators.combine(flags, Arbitraries.of(LegPain.class), Arbitraries.integers().between(0, 400),
                        yesNo, Arbitraries.of(PainCause.class))
                .as((f, legPain, days, improving, cause) -> new ScreeningAnswers(f[0], f[1], f[2], legPain, f[3], f[4],
                        f[5], f[6], f[7], f[8], f[9], days, improving, cause));
    }

    @Provide
    Arbitrary<LocalDate> dateOfBirth() {
        // Around the age boundary mostly, and anywhere from 18 to 90.
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-400, 400).map(days -> APPOINTMENT.minusYears(50).plusDays(days)),
                Arbitraries.integers().between(18 * 365, 90 * 365).map(APPOINTMENT::minusDays));
    }

    /** Indices (in the record's component order) of the yes/no red-flag questions. */
    @Provide
    Arbitrary<Integer> redFlagQuestion() {
        return Arbitraries.of(0, 1, 2, 4, 5, 6, 7, 8, 9, 10);
    }

    private void assertNotLower(ScreeningAnswers before, ScreeningAnswers after, LocalDate dateOfBirth) {
        var tierBefore = ruleSet.screen(ScreeningFacts.of(before, dateOfBirth, APPOINTMENT)).tier();
        var tierAfter = ruleSet.screen(ScreeningFacts.of(after, dateOfBirth, APPOINTMENT)).tier();
        if (tierAfter.compareTo(tierBefore) < 0) {
            throw new AssertionError("tier dropped from " + tierBefore + " to " + tierAfter);
        }
    }

    private static ScreeningAnswers answerYes(ScreeningAnswers answers, int question) {
        return copy(answers, question, true);
    }

    private static ScreeningAnswers with(ScreeningAnswers answers, UnaryOperator<ScreeningAnswers> change) {
        return change.apply(answers);
    }

    /** {@code answers} with record component {@code index} replaced by {@code value}. */
    private static ScreeningAnswers copy(ScreeningAnswers a, int index, Object value) {
        Object[] v = {a.bowelOrBladderProblems(), a.suddenWeightLoss(), a.persistentFever(), a.legPain(),
            a.legWeaknessNumbnessTingling(), a.followedSevereFallOrAccident(), a.firstEpisode(), a.historyOfCancer(),
            a.osteoporosis(), a.steroidUse(), a.excessiveDrugOrAlcoholUse(), a.painDurationDays(), a.improving(),
            a.cause()};
        v[index] = value;
        return new ScreeningAnswers((Boolean) v[0], (Boolean) v[1], (Boolean) v[2], (LegPain) v[3], (Boolean) v[4],
                (Boolean) v[5], (Boolean) v[6], (Boolean) v[7], (Boolean) v[8], (Boolean) v[9], (Boolean) v[10],
                (Integer) v[11], (Boolean) v[12], (PainCause) v[13]);
    }
}
