package studio.vive.screening.admin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.UUID;
import studio.vive.kit.problem.NotFoundProblem;
import studio.vive.screening.decision.ScreeningDecisions;

/** Lets an admin see why a booking was cleared or referred. */
@Controller("/api/decisions")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class DecisionController {

    private final ScreeningDecisions decisions;

    DecisionController(ScreeningDecisions decisions) {
        this.decisions = decisions;
    }

    /** The decision of {@code bookingId}; 404 problem when it has none (yet). */
    @Get("/{bookingId}")
    DecisionView decision(UUID bookingId) {
        return decisions.find(bookingId)
                .map(DecisionView::of)
                .orElseThrow(() -> new NotFoundProblem("No screening decision for this booking (yet)."));
    }
}
