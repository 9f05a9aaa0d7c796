package studio.vive.screening.rules;

import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.ScreeningAnswers;

/** Screening answers for tests: all clear unless a test says otherwise. */
public final class Answers {

    private boolean bowelOrBladderProblems;
    private boolean suddenWeightLoss;
    private boolean persistentFever;
    private LegPain legPain = LegPain.NONE;
    private boolean legWeaknessNumbnessTingling;
    private boolean followedSevereFallOrAccident;
    private boolean firstEpisode;
    private boolean historyOfCancer;
    private boolean osteoporosis;
    private boolean steroidUse;
    private boolean excessiveDrugOrAlcoholUse;
    private int painDurationDays = 5;
    private boolean improving = true;
    private PainCause cause = PainCause.SPORT_INJURY;

    private Answers() {
    }

    public static Answers allClear() {
        return new Answers();
    }

    public Answers bowelOrBladderProblems() { bowelOrBladderProblems = true; return this; }
    public Answers suddenWeightLoss() { suddenWeightLoss = true; return this; }
    public Answers persistentFever() { persistentFever = true; return this; }
    public Answers legPain(LegPain value) { legPain = value; return this; }
    public Answers legWeaknessNumbnessTingling() { legWeaknessNumbnessTingling = true; return this; }
    public Answers followedSevereFallOrAccident() { followedSevereFallOrAccident = true; return this; }
    public Answers firstEpisode() { firstEpisode = true; return this; }
    public Answers historyOfCancer() { historyOfCancer = true; return this; }
    public Answers osteoporosis() { osteoporosis = true; return this; }
    public Answers steroidUse() { steroidUse = true; return this; }
    public Answers excessiveDrugOrAlcoholUse() { excessiveDrugOrAlcoholUse = true; return this; }
    public Answers cause(PainCause value) { cause = value; return this; }

    /** Pain for {@code days} days, not getting better. */
    public Answers notImprovingFor(int days) { painDurationDays = days; improving = false; return this; }

    /** Pain for {@code days} days, getting better. */
    public Answers improvingFor(int days) { painDurationDays = days; improving = true; return this; }

    public ScreeningAnswers build() {
        return new ScreeningAnswers(bowelOrBladderProblems, suddenWeightLoss, persistentFever, legPain,
                legWeaknessNumbnessTingling, followedSevereFallOrAccident, firstEpisode, historyOfCancer, osteoporosis,
                steroidUse, excessiveDrugOrAlcoholUse, painDurationDays, improving, cause);
    }
}
