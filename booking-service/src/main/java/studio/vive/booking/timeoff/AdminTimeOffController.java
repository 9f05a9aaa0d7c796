package studio.vive.booking.timeoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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

/** The admin's time off for any therapist, and studio closures (no therapist). */
@Controller("/api/admin/time-off")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Studio")
@SecurityRequirement(name = "bearer")
class AdminTimeOffController {

    private final TimeOffBook book;
    private final TimeOffRequests requests;
    private final StaffPeriod periods;

    AdminTimeOffController(TimeOffBook book, TimeOffRequests requests, StaffPeriod periods) {
        this.book = book;
        this.requests = requests;
        this.periods = periods;
    }

    @Post
    @Operation(summary = "Add time off {therapistId, startsAt, endsAt, reason}; no therapistId closes the studio",
            description = "Bookings in the range are listed in affectedBookings, never cancelled.")
    HttpResponse<TimeOffAdded> add(@Body TimeOffRequest request, Authentication staff) {
        return HttpResponse.created(book.add(request.therapistId(), requests.range(request), request.reason(),
                staff.getName()));
    }

    @Get
    @Operation(summary = "Time off and closures overlapping from..to (studio dates inclusive, or ISO times)")
    List<TimeOffView> list(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return book.list(periods.ahead(from, to), null);
    }

    @Delete("/{id}")
    @Operation(summary = "Remove time off or a closure")
    HttpResponse<Void> remove(@PathVariable String id, Authentication staff) {
        book.remove(TimeOffIds.parse(id), null, staff.getName());
        return HttpResponse.noContent();
    }
}
