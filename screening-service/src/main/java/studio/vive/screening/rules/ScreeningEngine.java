package studio.vive.screening.rules;

import jakarta.inject.Singleton;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.UrgentAnswers;

/**
 * Screens booking requests with the rule set in force, then applies the doctor's clearance the
 * request carries, if any ({@link DoctorClearance}); a request without one is decided as before.
 */
@Singleton
public class ScreeningEngine {

    private final RuleSet ruleSet = RuleSet.current();

    public Screening screen(BookingRequested request) {
        Screening screening = ruleSet.screen(ScreeningFacts.of(request));
        return DoctorClearance.of(request).map(clearance -> ClearedScreening.apply(screening, clearance))
                .orElse(screening);
    }

    /** Decides a pre-visit re-check by the urgent rules alone. */
    public Screening recheck(UrgentAnswers answers) {
        return ruleSet.recheck(answers);
    }

    public String ruleSetVersion() {
        return ruleSet.version();
    }
}
