package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import studio.vive.kit.problem.Problem;

/** The client's booking API: request a booking, look at it, cancel it. */
@Controller("/api/bookings")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Bookings")
class BookingController {

    /** The header that carries a booking's access token. */
    static final String TOKEN_HEADER = ClientBookings.TOKEN_HEADER;

    private final BookingRequests requests;
    private final BookingRequestReader reader;
    private final ClientBookings clientBookings;

    BookingController(BookingRequests requests, BookingRequestReader reader, ClientBookings clientBookings) {
        this.requests = requests;
        this.reader = reader;
        this.clientBookings = clientBookings;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a booking",
            description = "Holds the slot and sends the screening answers for review. The outcome arrives "
                    + "asynchronously: poll GET /api/bookings/{id} with the access token.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = BookingRequest.class))))
    @ApiResponse(responseCode = "202", description = "Accepted; the slot is held")
    @ApiResponse(responseCode = "400", description = "Invalid input, or a time outside hours, notice or horizon",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The time is already held",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many booking requests from this address",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Accepted> request(@Body @Schema(hidden = true) byte[] body,
                                   @Nullable @Header(BookingRequests.IDEMPOTENCY_KEY_HEADER)
                                   @Parameter(description = "Makes a retry safe: the same key and body return the same booking")
                                   String idempotencyKey) {
        BookingRequestReader.Read read = reader.read(body);
        AcceptedBooking accepted = requests.request(read.request(), idempotencyKey, read.typeErrors());
        return HttpResponse.<Accepted>status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/api/bookings/" + accepted.id())
                .body(new Accepted(accepted.id(), accepted.status(), accepted.accessToken()));
    }

    @Get("/{id}")
    @Operation(summary = "See a booking and its screening outcome")
    @ApiResponse(responseCode = "200", description = "The booking")
    @ApiResponse(responseCode = "404", description = "No booking with this id and token",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    BookingView show(@PathVariable String id, @Nullable @Header(TOKEN_HEADER) String token) {
        return BookingId.parse(id).flatMap(uuid -> clientBookings.find(uuid, token)).orElseThrow(ClientBookings::notFound);
    }

    @Post("/{id}/cancel")
    @Operation(summary = "Cancel a booking", description = "Frees the slot; client and therapist are told.")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    @ApiResponse(responseCode = "404", description = "No booking with this id and token",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Inside the cancellation window, or not cancellable",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    BookingView cancel(@PathVariable String id, @Nullable @Header(TOKEN_HEADER) String token) {
        UUID uuid = BookingId.parse(id).orElseThrow(ClientBookings::notFound);
        return clientBookings.cancel(uuid, token);
    }

    /**
     * The answer to an accepted request.
     *
     * @param accessToken send as {@code X-Booking-Token} to see or cancel the booking; keep it secret
     */
    @Serdeable
    record Accepted(UUID id, BookingStatus status, String accessToken) {
    }
}
