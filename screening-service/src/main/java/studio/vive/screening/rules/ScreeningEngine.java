package studio.vive.screening.rules;

import jakarta.inject.Singleton;
import studio.vive.contracts.BookingRequested;

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

    public String ruleSetVersion() {
        return ruleSet.version();
    }
}
