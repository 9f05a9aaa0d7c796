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

/** The admin resolves conflicts: the bookings a deactivation or time off left standing. */
@Controller("/api/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Studio")
@SecurityRequirement(name = "bearer")
class BookingAdminController {

    private final StudioCancellation cancellation;
    private final Conflicts conflicts;

    BookingAdminController(StudioCancellation cancellation, Conflicts conflicts) {
        this.cancellation = cancellation;
        this.conflicts = conflicts;
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
    record CancelRequest(@Nullable String reason) {
    }
}
