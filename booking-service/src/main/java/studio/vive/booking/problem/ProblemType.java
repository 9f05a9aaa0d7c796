package studio.vive.booking.problem;

import io.micronaut.http.HttpStatus;
import java.net.URI;

/** The kinds of problem this service reports, each with its stable type URI, title and status. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request is not valid", HttpStatus.BAD_REQUEST),
    MALFORMED_BODY("malformed-body", "The request body is not readable JSON", HttpStatus.BAD_REQUEST),
    SLOT_NOT_BOOKABLE("slot-not-bookable", "That time cannot be booked", HttpStatus.BAD_REQUEST),
    SLOT_TAKEN("slot-taken", "That time is no longer free", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused",
            "This Idempotency-Key was already used for a different request", HttpStatus.UNPROCESSABLE_ENTITY),
    CANCELLATION_CLOSED("cancellation-closed", "This booking can no longer be cancelled online", HttpStatus.CONFLICT),
    NOT_CANCELLABLE("not-cancellable", "This booking cannot be cancelled", HttpStatus.CONFLICT),
    NOT_RECHECKABLE("not-recheckable", "This booking cannot be re-checked", HttpStatus.CONFLICT),
    CONCURRENT_CHANGE("concurrent-change", "Changed at the same moment by another request", HttpStatus.CONFLICT),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    NOT_CLEARABLE("not-clearable", "This booking cannot take a doctor's clearance", HttpStatus.CONFLICT),
    /** Issue 14: a staff change would create a second therapist or service with the same key. */
    ALREADY_EXISTS("already-exists", "That already exists", HttpStatus.CONFLICT),
    /** Issue 14: a booking cannot be moved to a therapist who is not free at its time. */
    THERAPIST_NOT_FREE("therapist-not-free", "That therapist is not free at that time", HttpStatus.CONFLICT),
    /** Issue 14: only a booking that still stands and has not started can be moved to a colleague. */
    NOT_REASSIGNABLE("not-reassignable", "This booking cannot be reassigned", HttpStatus.CONFLICT),
    /** Issue 16: only a booking that holds its slot, outside the cancellation window, can be moved. */
    NOT_RESCHEDULABLE("not-reschedulable", "This booking cannot be moved online", HttpStatus.CONFLICT),
    /** Issue 16: a booking whose first screening is still running cannot be moved until it is decided. */
    SCREENING_IN_PROGRESS("screening-in-progress", "This booking is still being screened", HttpStatus.CONFLICT),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    SERVICE_UNAVAILABLE("service-unavailable", "Bookings are briefly unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private static final String BASE = "https://vive.studio/problems/";

    private final URI type;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.type = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }
}
