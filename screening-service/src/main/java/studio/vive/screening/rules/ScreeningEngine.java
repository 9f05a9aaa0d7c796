package studio.vive.screening.rules;

import jakarta.inject.Singleton;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.UrgentAnswers;

/** Screens booking requests with the rule set in force. */
@Singleton
public class ScreeningEngine {

    private final RuleSet ruleSet = RuleSet.current();

    public Screening screen(BookingRequested request) {
        return ruleSet.screen(ScreeningFacts.of(request));
    }

    /** Decides a pre-visit re-check by the urgent rules alone. */
    public Screening recheck(UrgentAnswers answers) {
        return ruleSet.recheck(answers);
    }

    public String ruleSetVersion() {
        return ruleSet.version();
    }
}
