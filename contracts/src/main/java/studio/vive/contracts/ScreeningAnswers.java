package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The client's answers to the lower-back-pain screening questions. Sensitive health data: it
 * travels only inside {@link BookingRequested}, which only screening-service consumes.
 *
 * <p>Every field is boxed and required: a missing answer is an error, never a silent "no".
 */
@Serdeable
public record ScreeningAnswers(
        @NotNull Boolean bowelOrBladderProblems,
        @NotNull Boolean suddenWeightLoss,
        @NotNull Boolean persistentFever,
        @NotNull LegPain legPain,
        @NotNull Boolean legWeaknessNumbnessTingling,
        @NotNull Boolean followedSevereFallOrAccident,
        @NotNull Boolean firstEpisode,
        @NotNull Boolean historyOfCancer,
        @NotNull Boolean osteoporosis,
        @NotNull Boolean steroidUse,
        @NotNull Boolean excessiveDrugOrAlcoholUse,
        @NotNull @Min(0) @Max(36500) Integer painDurationDays,
        @NotNull Boolean improving,
        @NotNull PainCause cause) {

    /** The answers to the six urgent questions, the ones the pre-visit re-check asks again. */
    public UrgentAnswers urgent() {
        return new UrgentAnswers(bowelOrBladderProblems, suddenWeightLoss, persistentFever, legPain,
                legWeaknessNumbnessTingling, followedSevereFallOrAccident);
    }

    /** Never print answers: records' default toString would leak health data into logs. */
    @Override
    public String toString() {
        return "ScreeningAnswers[redacted]";
    }
}
