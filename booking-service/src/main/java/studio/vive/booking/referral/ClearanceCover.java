package studio.vive.booking.referral;

import java.util.List;
import java.util.Set;
import studio.vive.contracts.Reason;

/**
 * Which of a referral's matched rules a doctor's clearance may cover: all but the current-symptom
 * urgent rules, which are asked again and refer every time. Whether the two duration rules count
 * is decided by screening at the re-booking (it knows when the pain started).
 */
final class ClearanceCover {

    /** The current-symptom urgent rules (screening-service's {@code DoctorClearance} refuses them too). */
    static final Set<String> NEVER_COVERED =
            Set.of("RF-BOWEL-BLADDER", "RF-WEIGHT-LOSS", "RF-FEVER", "RF-LEG-PAIN", "RF-LEG-NEURO");

    private ClearanceCover() {
    }

    static List<String> of(List<Reason> matched) {
        return matched.stream().map(Reason::ruleId).filter(id -> !NEVER_COVERED.contains(id)).distinct().toList();
    }
}
