package studio.vive.screening.observability;

import jakarta.inject.Singleton;
import studio.vive.kit.startup.StartupDetail;
import studio.vive.screening.rules.ScreeningEngine;

/** screening-service's part of the start-up line: the rule set it applies and its decisions API. */
@Singleton
class ScreeningStartupDetail implements StartupDetail {

    private final ScreeningEngine engine;

    ScreeningStartupDetail(ScreeningEngine engine) {
        this.engine = engine;
    }

    @Override
    public String describe(String baseUrl) {
        return "rule set " + engine.ruleSetVersion() + ", decisions " + baseUrl + "/api/decisions/{bookingId} (ADMIN)";
    }
}
