package studio.vive.booking.links;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/**
 * The internal API notification-service fetches a client's links from, authenticated by its
 * service key ({@link ServiceKeyAuthentication}); staff tokens and anonymous callers are refused.
 * Not part of the public API, hence hidden from its OpenAPI document.
 */
@Controller("/api/internal/bookings/{id}/client-links")
@Secured(ServiceKeyAuthentication.LINK_ISSUER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ClientLinksController {

    private final ClientLinks links;

    ClientLinksController(ClientLinks links) {
        this.links = links;
    }

    /** 200 with fresh links, 404 for an unknown booking. */
    @Post
    ClientLinksIssued issue(@PathVariable UUID id) {
        return links.issue(id).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No booking with this id."));
    }
}
