package studio.vive.booking.studio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.security.Roles;

/** The admin resolves conflicts, the bookings a deactivation or time off left standing: reassign or cancel. */
@Controller("/api/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Studio")
@SecurityRequirement(name = "bearer")
class BookingAdminController {

    private final StudioCancellation cancellation;
    private final Reassignments reassignments;
    private final Conflicts conflicts;

    BookingAdminController(StudioCancellation cancellation, Reassignments reassignments, Conflicts conflicts) {
        this.cancellation = cancellation;
        this.reassignments = reassignments;
        this.conflicts = conflicts;
    }

    @Post("/bookings/{id}/reassign")
    @Operation(summary = "Move a booking to another therapist free at its time {therapistId}; 409 if they are not")
    StaffBookingView reassign(@PathVariable String id, @Body ReassignRequest request, Authentication staff) {
        return reassignments.reassign(BookingId.parse(id).orElseThrow(StudioCancellation::notFound),
                request.therapistId(), staff.getName());
    }

    @Post("/bookings/{id}/cancel")
    @Operation(summary = "Cancel a booking on the studio's behalf {reason}; no cancellation window applies")
    StaffBookingView cancel(@PathVariable String id, @Body CancelRequest request, Authentication staff) {
        return cancellation.cancel(BookingId.parse(id).orElseThrow(StudioCancellation::notFound), request.reason(),
                staff.getName());
    }

    @Get("/conflicts")
    @Operation(summary = "Unresolved conflicts: upcoming bookings whose therapist is inactive or away then")
    List<StaffBookingView> unresolved() {
        return conflicts.unresolved();
    }

    @Serdeable
    record ReassignRequest(@Nullable String therapistId) {
    }

    @Serdeable
    record CancelRequest(@Nullable String reason) {
    }
}
