package studio.vive.screening.rules;

import jakarta.inject.Singleton;
import studio.vive.contracts.BookingRequested;

/** Screens booking requests with the rule set in force. */
@Singleton
public class ScreeningEngine {

    private final RuleSet ruleSet = RuleSet.current();

    public Screening screen(BookingRequested request) {
        return ruleSet.screen(ScreeningFacts.of(request));
    }

    public String ruleSetVersion() {
        return ruleSet.version();
    }
}
