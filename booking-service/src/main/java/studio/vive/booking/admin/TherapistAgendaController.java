package studio.vive.booking.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import studio.vive.booking.time.StudioDates;

/** A therapist's own agenda; the therapist id comes from the token, never from the request. */
@Controller("/api/therapist")
@Secured(Roles.THERAPIST)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class TherapistAgendaController {

    private final TherapistAgenda agenda;

    TherapistAgendaController(TherapistAgenda agenda) {
        this.agenda = agenda;
    }

    @Get("/bookings")
    @Operation(summary = "My confirmed bookings between two studio dates (inclusive)")
    List<AgendaEntry> bookings(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               Authentication authentication) {
        Object therapistId = authentication.getAttributes().get(Roles.THERAPIST_ID_CLAIM);
        if (!(therapistId instanceof String id) || id.isBlank()) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "This login is not linked to a therapist.");
        }
        return agenda.confirmed(id, StudioDates.parse("from", from), StudioDates.parse("to", to));
    }
}
