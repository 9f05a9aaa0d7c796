package studio.vive.booking.recheck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.booking.UrgentAnswersReader;
import studio.vive.contracts.UrgentAnswers;
import studio.vive.kit.problem.Problem;

/** The client's pre-visit re-check of the urgent red flags (issue 16). */
@Controller("/api/bookings")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Bookings")
class RecheckController {

    private final Rechecks rechecks;
    private final UrgentAnswersReader reader;

    RecheckController(Rechecks rechecks, UrgentAnswersReader reader) {
        this.rechecks = rechecks;
        this.reader = reader;
    }

    @Post(value = "/{id}/recheck", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-check the urgent red flags before the visit",
            description = "Sends the six urgent answers (named as in the booking request's screening) for review. "
                    + "The outcome arrives asynchronously on GET /api/bookings/{id}: still CONFIRMED when all "
                    + "are no, REFERRED (URGENT_REFERRAL, slot released) otherwise.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = UrgentAnswers.class))))
    @ApiResponse(responseCode = "202", description = "Accepted; the booking as it is now")
    @ApiResponse(responseCode = "400", description = "An answer is missing or invalid",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No booking with this id and token",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The booking is not confirmed, or its appointment has begun",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<BookingView> recheck(@PathVariable String id,
                                      @Nullable @Header(Rechecks.TOKEN_HEADER) String token,
                                      @Body @Schema(hidden = true) byte[] body) {
        var bookingId = BookingId.parse(id).orElseThrow(Rechecks::notFound);
        // The token before the body: a stranger learns nothing, not even whether the body was valid.
        rechecks.requireOpens(bookingId, token);
        return HttpResponse.status(HttpStatus.ACCEPTED).body(rechecks.submit(bookingId, token, reader.read(body)));
    }
}
