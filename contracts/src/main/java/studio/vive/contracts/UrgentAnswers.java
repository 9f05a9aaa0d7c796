package studio.vive.contracts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * The client's answers to the six urgent questions of the criteria ("See your doctor immediately
 * if ..."), asked again before the visit. Named and typed exactly as in {@link ScreeningAnswers}.
 * Sensitive health data: it travels only inside {@link RecheckSubmitted}, which only
 * screening-service consumes.
 *
 * <p>Every field is boxed and required: a missing answer is an error, never a silent "no".
 */
@Serdeable
public record UrgentAnswers(
        @NotNull Boolean bowelOrBladderProblems,
        @NotNull Boolean suddenWeightLoss,
        @NotNull Boolean persistentFever,
        @NotNull LegPain legPain,
        @NotNull Boolean legWeaknessNumbnessTingling,
        @NotNull Boolean followedSevereFallOrAccident) {

    /** Whether any answer is a red flag (any "yes", or leg pain above or below the knee). */
    public boolean anyYes() {
        return bowelOrBladderProblems || suddenWeightLoss || persistentFever || legPain != LegPain.NONE
                || legWeaknessNumbnessTingling || followedSevereFallOrAccident;
    }

    /** Never print answers: records' default toString would leak health data into logs. */
    @Override
    public String toString() {
        return "UrgentAnswers[redacted]";
    }
}
