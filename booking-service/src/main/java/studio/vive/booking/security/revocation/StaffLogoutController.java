package studio.vive.booking.security.revocation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /logout}: the API's sign-out, the counterpart of {@code POST /login}. The bearer
 * token it is called with is revoked and refused from then on. (Micronaut's own logout endpoint
 * serves cookie sessions and runs on the event loop; revoking writes to the database.)
 */
@Controller("/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Staff")
class StaffLogoutController {

    private final StaffTokenRevocation revocation;

    StaffLogoutController(StaffTokenRevocation revocation) {
        this.revocation = revocation;
    }

    @Post
    @Operation(summary = "Sign out: the bearer token is refused from now on, before it expires")
    @ApiResponse(responseCode = "204", description = "signed out")
    @ApiResponse(responseCode = "401", description = "no valid staff token")
    HttpResponse<Void> logout(Authentication authentication) {
        revocation.revoke(authentication);
        return HttpResponse.noContent();
    }
}
