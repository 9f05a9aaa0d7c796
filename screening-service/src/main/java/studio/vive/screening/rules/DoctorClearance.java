package studio.vive.screening.rules;

import java.time.LocalDate;
import java.util.Set;
import studio.vive.contracts.ClearanceGrant;

/**
 * Which matched rule a doctor's clearance covers (issue 15). It covers only the rules the
 * clearance names, and never a current-symptom urgent rule: those are asked again and refer every
 * time, whatever a doctor said before. The two duration rules count only when the doctor saw this
 * episode of pain: cleared on or after the day it started (appointment date minus the days of pain).
 */
public final class DoctorClearance {

    /** Asked again at every booking: a clearance never covers them. */
    static final Set<String> CURRENT_SYMPTOMS =
            Set.of("RF-BOWEL-BLADDER", "RF-WEIGHT-LOSS", "RF-FEVER", "RF-LEG-PAIN", "RF-LEG-NEURO");
    /** About this episode of pain: covered only when the doctor saw the client after it started. */
    static final Set<String> THIS_EPISODE = Set.of("RF-NO-IMPROVEMENT", PersistentEscalation.ID);

    private final ClearanceGrant grant;
    private final LocalDate painStartedOn;

    DoctorClearance(ClearanceGrant grant, LocalDate painStartedOn) {
        this.grant = grant;
        this.painStartedOn = painStartedOn;
    }

    /** Whether the matched rule {@code ruleId} is cleared by this clearance instead of referring. */
    boolean covers(String ruleId) {
        if (CURRENT_SYMPTOMS.contains(ruleId) || !grant.coveredRules().contains(ruleId)) {
            return false;
        }
        return !THIS_EPISODE.contains(ruleId) || !grant.clearedOn().isBefore(painStartedOn);
    }

    ClearanceGrant grant() {
        return grant;
    }
}
