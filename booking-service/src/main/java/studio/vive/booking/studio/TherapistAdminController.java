package studio.vive.booking.studio;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import studio.vive.booking.security.Roles;
import studio.vive.booking.studio.TherapistForms.NewTherapist;
import studio.vive.booking.studio.TherapistForms.TherapistChanges;

/** The admin manages therapists and their weekly hours. Every change is audited. */
@Controller("/api/admin/therapists")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Studio")
@SecurityRequirement(name = "bearer")
class TherapistAdminController {

    private final TherapistRoster roster;
    private final WeeklyHours weeklyHours;

    TherapistAdminController(TherapistRoster roster, WeeklyHours weeklyHours) {
        this.roster = roster;
        this.weeklyHours = weeklyHours;
    }

    @Get
    @Operation(summary = "Every therapist, active or not, with their weekly hours")
    List<TherapistAdminView> list() {
        return roster.all();
    }

    @Post
    @Operation(summary = "Add a therapist {id, name, bio, email}")
    HttpResponse<TherapistAdminView> add(@Body NewTherapist therapist, Authentication staff) {
        return HttpResponse.created(roster.add(therapist, staff.getName()));
    }

    @Patch("/{id}")
    @Operation(summary = "Change or (de)activate a therapist; a deactivation lists the bookings to resolve")
    TherapistAdminView change(@PathVariable String id, @Body TherapistChanges changes, Authentication staff) {
        return roster.change(id, changes, staff.getName());
    }

    @Put("/{id}/working-hours")
    @Operation(summary = "Replace the therapist's weekly working hours")
    List<WeeklyInterval> replaceHours(@PathVariable String id, @Body List<WeeklyInterval> week, Authentication staff) {
        return weeklyHours.replace(id, week, staff.getName());
    }
}
