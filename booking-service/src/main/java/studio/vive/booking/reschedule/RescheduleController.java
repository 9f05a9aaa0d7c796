package studio.vive.booking.reschedule;

import io.micronaut.core.annotation.Nullable;
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
import studio.vive.booking.booking.ClientBookings;
import studio.vive.booking.booking.RescheduleRequestReader;
import studio.vive.kit.problem.Problem;

/** The client moves their booking to another time (issue 16). */
@Controller("/api/bookings")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Bookings")
class RescheduleController {

    private final Reschedules reschedules;
    private final RescheduleRequestReader reader;

    RescheduleController(Reschedules reschedules, RescheduleRequestReader reader) {
        this.reschedules = reschedules;
        this.reader = reader;
    }

    @Post(value = "/{id}/reschedule", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the booking to another time",
            description = "Moves a confirmed or pending booking to another free time (optionally with another "
                    + "therapist) until the cancellation window: the new time is held and the old one released "
                    + "at once. Screening decides the booking again for the new date; poll GET /api/bookings/{id} "
                    + "(PENDING_SCREENING, then CONFIRMED or REFERRED). Once screening has deleted the first "
                    + "answers (the retention period) the body must carry them again as 'screening'.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = RescheduleRequest.class))))
    @ApiResponse(responseCode = "200", description = "Moved; the booking as it is now")
    @ApiResponse(responseCode = "400", description = "Invalid body, or a time outside working hours, notice, "
            + "horizon or in time off", content = @Content(mediaType = Problem.CONTENT_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No booking with this id and token",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The time is held by another booking, the cancellation "
            + "window has closed, or the booking no longer holds a slot; the booking is unchanged",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    BookingView reschedule(@PathVariable String id, @Nullable @Header(ClientBookings.TOKEN_HEADER) String token,
                           @Body @Schema(hidden = true) byte[] body) {
        var bookingId = BookingId.parse(id).orElseThrow(ClientBookings::notFound);
        // The token before the body: a stranger learns nothing, not even whether the body was valid.
        reschedules.requireOpens(bookingId, token);
        return reschedules.reschedule(bookingId, token, reader.read(body));
    }
}
