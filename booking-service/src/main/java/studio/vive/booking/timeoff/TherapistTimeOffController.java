package studio.vive.booking.timeoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import studio.vive.booking.security.Roles;
import studio.vive.booking.studio.StaffPeriod;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffAdded;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffRequest;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffView;

/**
 * A therapist's own time off. The therapist comes from the token, never from the request: another
 * therapist's time off is answered 404, as if it did not exist.
 */
@Controller("/api/therapist/time-off")
@Secured(Roles.THERAPIST)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Studio")
@SecurityRequirement(name = "bearer")
class TherapistTimeOffController {

    private final TimeOffBook book;
    private final TimeOffRequests requests;
    private final StaffPeriod periods;

    TherapistTimeOffController(TimeOffBook book, TimeOffRequests requests, StaffPeriod periods) {
        this.book = book;
        this.requests = requests;
        this.periods = periods;
    }

    @Post
    @Operation(summary = "Add my time off {startsAt, endsAt, reason}")
    HttpResponse<TimeOffAdded> add(@Body TimeOffRequest request, Authentication staff) {
        return HttpResponse.created(book.add(therapistOf(staff), requests.range(request), request.reason(),
                staff.getName()));
    }

    @Get
    @Operation(summary = "My time off overlapping from..to (studio dates inclusive, or ISO times)")
    List<TimeOffView> list(@Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication staff) {
        return book.list(periods.ahead(from, to), therapistOf(staff));
    }

    @Delete("/{id}")
    @Operation(summary = "Remove my time off")
    HttpResponse<Void> remove(@PathVariable String id, Authentication staff) {
        book.remove(TimeOffIds.parse(id), therapistOf(staff), staff.getName());
        return HttpResponse.noContent();
    }

    /** The therapist id of the signed-in therapist (the token's claim). */
    static String therapistOf(Authentication staff) {
        Object therapistId = staff.getAttributes().get(Roles.THERAPIST_ID_CLAIM);
        if (!(therapistId instanceof String id) || id.isBlank()) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "This login is not linked to a therapist.");
        }
        return id;
    }
}
