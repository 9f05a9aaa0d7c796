package studio.vive.booking.availability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import studio.vive.booking.time.StudioDates;

/** Free appointment times for clients to choose from. */
@Controller("/api/availability")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue")
class AvailabilityController {

    private final Availability availability;

    AvailabilityController(Availability availability) {
        this.availability = availability;
    }

    @Get
    @Operation(summary = "Free slots for a service on a studio date",
            description = "Times are in the studio's time zone with offset.")
    List<Slot> freeSlots(@QueryValue @Parameter(description = "service code, e.g. REMEDIAL_60") String service,
                         @QueryValue @Parameter(description = "studio date, YYYY-MM-DD") String date,
                         @Nullable @QueryValue @Parameter(description = "omit for any therapist") String therapistId) {
        return availability.freeSlots(service, StudioDates.parse("date", date), therapistId);
    }
}
