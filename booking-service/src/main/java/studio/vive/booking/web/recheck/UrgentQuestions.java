package studio.vive.booking.web.recheck;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import studio.vive.booking.web.booking.ScreeningQuestions;
import studio.vive.booking.web.booking.ScreeningQuestions.Question;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.UrgentAnswers;

/**
 * The six urgent questions of the criteria ("See your doctor immediately if ..."), worded as the
 * booking page asks them, and what the page tells a client who answers one with "yes" before
 * screening has even replied.
 */
final class UrgentQuestions {

    /** The answer names of {@link UrgentAnswers}, i.e. of the booking request's first six questions. */
    private static final Set<String> NAMES = Set.of("bowelOrBladderProblems", "suddenWeightLoss", "persistentFever",
            "legPain", "legWeaknessNumbnessTingling", "followedSevereFallOrAccident");

    /** The questions, in the criteria's order, as the booking page words them. */
    static final List<Question> ALL = ScreeningQuestions.ALL.stream().filter(q -> NAMES.contains(q.name())).toList();

    /**
     * The plain-language reason of each urgent rule, word for word as screening-service's rules
     * give it (and so as the referral email and {@code GET /api/bookings/{id}} will show it).
     */
    private static final Map<String, String> REASONS = Map.of(
            "bowelOrBladderProblems", "You told us about new bowel or bladder problems.",
            "suddenWeightLoss", "You told us about severe and sudden weight loss.",
            "persistentFever", "You told us you have persistent fevers.",
            "legPain", "You told us your pain spreads down one or both legs.",
            "legWeaknessNumbnessTingling", "You told us about weakness, numbness or tingling down one or both legs.",
            "followedSevereFallOrAccident", "You told us your back pain began after a severe fall or accident.");

    private UrgentQuestions() {
    }

    /** The reasons the answers give to see a doctor immediately, in question order; empty when all are "no". */
    static List<String> reasons(UrgentAnswers answers) {
        Map<String, Boolean> yes = Map.of(
                "bowelOrBladderProblems", answers.bowelOrBladderProblems(),
                "suddenWeightLoss", answers.suddenWeightLoss(),
                "persistentFever", answers.persistentFever(),
                "legPain", answers.legPain() != LegPain.NONE,
                "legWeaknessNumbnessTingling", answers.legWeaknessNumbnessTingling(),
                "followedSevereFallOrAccident", answers.followedSevereFallOrAccident());
        return ALL.stream().map(Question::name).filter(yes::get).map(REASONS::get).collect(Collectors.toList());
    }
}
