package studio.vive.booking.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.security.Roles;
import studio.vive.booking.stranded.StrandedBooking;
import studio.vive.booking.stranded.StrandedBookings;

/** The admin's view of bookings stranded waiting for screening, and their release. */
@Controller("/api/admin/bookings/stranded")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class AdminStrandedController {

    private final StrandedBookings stranded;

    AdminStrandedController(StrandedBookings stranded) {
        this.stranded = stranded;
    }

    @Get
    @Operation(summary = "Bookings pending screening for longer than BOOKING_STRANDED_AFTER, longest waiting first")
    List<StrandedBooking> list() {
        return stranded.list();
    }

    @Post("/{bookingId}/release")
    @Operation(summary = "Release a stranded booking: cancelled on the studio's behalf, slot freed, client told "
            + "(there is no replay: the screening answers are not kept)")
    HttpResponse<Void> release(@PathVariable String bookingId, Authentication authentication) {
        UUID id = BookingId.parse(bookingId).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No booking has this id."));
        stranded.release(id, authentication.getName());
        return HttpResponse.noContent();
    }
}
