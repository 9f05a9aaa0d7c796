package studio.vive.e2e.booking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import studio.vive.e2e.http.JsonHttp;

/**
 * A set of screening answers (and the client's age) whose outcome is known from
 * {@code shared/domain/screening-criteria.md}: the expected tier and the rule ids it must report.
 *
 * @param label short description for test output
 * @param tier the tier the studio's rules give
 * @param ruleIds every rule id the decision must report
 * @param ageOnAppointment the client's age in completed years on the appointment date
 * @param answers changes to the all-clear answers
 */
public record ScreeningCase(String label, Tier tier, List<String> ruleIds, int ageOnAppointment,
                            Consumer<ObjectNode> answers) {

    /** A sport injury, improving after five days, 34 years old: nothing to refer. */
    public static final ScreeningCase CLEARED = new ScreeningCase("cleared: sport injury, improving", Tier.CLEARED,
            List.of(), 34, a -> { });

    /** History of cancer, pain improving: see a doctor first, no escalation. */
    public static final ScreeningCase CANCER_IMPROVING = new ScreeningCase("referral: history of cancer", Tier.REFERRAL,
            List.of("RF-CANCER"), 41, a -> a.put("historyOfCancer", true));

    /** First episode at 58 (improving): referral. */
    public static final ScreeningCase FIRST_EPISODE_OVER_50 = new ScreeningCase("referral: first episode over 50",
            Tier.REFERRAL, List.of("RF-FIRST-OVER-50"), 58, a -> a.put("firstEpisode", true));

    /** Pain spreading below the knee: see a doctor immediately. */
    public static final ScreeningCase LEG_PAIN_BELOW_KNEE = new ScreeningCase("urgent: leg pain below the knee",
            Tier.URGENT_REFERRAL, List.of("RF-LEG-PAIN"), 37, a -> a.put("legPain", "BELOW_KNEE"));

    /** Steroid use with ten days of pain and no improvement: escalated to urgent. */
    public static final ScreeningCase STEROIDS_NOT_IMPROVING = new ScreeningCase("urgent: steroids, 10 days no improvement",
            Tier.URGENT_REFERRAL, List.of("RF-STEROIDS", "RF-PERSISTENT-ESCALATION"), 45, a -> {
                a.put("steroidUse", true);
                a.put("painDurationDays", 10);
                a.put("improving", false);
            });

    /** The answers as the booking API takes them. */
    public ObjectNode answersJson() {
        ObjectNode node = JsonHttp.JSON.createObjectNode();
        node.put("bowelOrBladderProblems", false);
        node.put("suddenWeightLoss", false);
        node.put("persistentFever", false);
        node.put("legPain", "NONE");
        node.put("legWeaknessNumbnessTingling", false);
        node.put("followedSevereFallOrAccident", false);
        node.put("firstEpisode", false);
        node.put("historyOfCancer", false);
        node.put("osteoporosis", false);
        node.put("steroidUse", false);
        node.put("excessiveDrugOrAlcoholUse", false);
        node.put("painDurationDays", 5);
        node.put("improving", true);
        node.put("cause", "SPORT_INJURY");
        answers.accept(node);
        return node;
    }

    /**
     * A date of birth giving {@link #ageOnAppointment} on the appointment date, well away from a
     * birthday so the case never sits on the age boundary by accident.
     */
    public LocalDate dateOfBirthFor(LocalDate appointmentDate) {
        return appointmentDate.minusYears(ageOnAppointment).minusDays(40);
    }

    @Override
    public String toString() {
        return label;
    }
}
