package studio.vive.booking.web.recheck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.UrgentAnswers;

/**
 * The re-check page's form as posted: the booking's token (in the body, never in a log line) and
 * the six answers as the booking page posts them ({@code yes}/{@code no}; leg pain
 * {@code NONE}/{@code ABOVE_KNEE}/{@code BELOW_KNEE}).
 */
@Serdeable
record RecheckForm(@Nullable String token,
                   @Nullable String bowelOrBladderProblems,
                   @Nullable String suddenWeightLoss,
                   @Nullable String persistentFever,
                   @Nullable String legPain,
                   @Nullable String legWeaknessNumbnessTingling,
                   @Nullable String followedSevereFallOrAccident) {

    /** The posted text of each answer, by question name (what the page shows again after an error). */
    Map<String, String> posted() {
        Map<String, String> posted = new java.util.HashMap<>();
        posted.put("bowelOrBladderProblems", bowelOrBladderProblems);
        posted.put("suddenWeightLoss", suddenWeightLoss);
        posted.put("persistentFever", persistentFever);
        posted.put("legPain", legPain);
        posted.put("legWeaknessNumbnessTingling", legWeaknessNumbnessTingling);
        posted.put("followedSevereFallOrAccident", followedSevereFallOrAccident);
        return posted;
    }

    /** The questions left unanswered (or answered with a value the page does not offer), in page order. */
    List<String> unanswered() {
        Map<String, String> posted = posted();
        List<String> missing = new ArrayList<>();
        for (var question : UrgentQuestions.ALL) {
            String text = posted.get(question.name());
            boolean readable = question.isLegPain() ? legPain(text).isPresent() : yes(text).isPresent();
            if (!readable) {
                missing.add(question.name());
            }
        }
        return missing;
    }

    /** The answers; only when {@link #unanswered()} is empty. */
    UrgentAnswers answers() {
        return new UrgentAnswers(yes(bowelOrBladderProblems).orElseThrow(), yes(suddenWeightLoss).orElseThrow(),
                yes(persistentFever).orElseThrow(), legPain(legPain).orElseThrow(),
                yes(legWeaknessNumbnessTingling).orElseThrow(), yes(followedSevereFallOrAccident).orElseThrow());
    }

    private static Optional<Boolean> yes(@Nullable String text) {
        if ("yes".equals(text)) {
            return Optional.of(true);
        }
        return "no".equals(text) ? Optional.of(false) : Optional.empty();
    }

    private static Optional<LegPain> legPain(@Nullable String text) {
        for (LegPain value : LegPain.values()) {
            if (value.name().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "RecheckForm[redacted]";
    }
}
