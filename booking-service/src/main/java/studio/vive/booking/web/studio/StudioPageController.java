package studio.vive.booking.web.studio;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.security.Roles;

/**
 * The admin's Studio page: the conflicts to resolve, the time off and closures ahead, and the
 * form to add time off. Changes post to {@link StudioFormsController} and come back here.
 */
@Controller("/staff/studio")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class StudioPageController {

    private final StudioPageModels models;

    StudioPageController(StudioPageModels models) {
        this.models = models;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return models.render(request, HttpStatus.OK, StudioPageModels.notice(done), List.of(), null);
    }

    /**
     * What {@code staff/studio.html} shows.
     *
     * @param notice what the last change did, or null
     * @param errors what was wrong with the last form, in words
     */
    @Introspected
    record Page(@Nullable String notice, List<FieldError> errors, List<ConflictRow> conflicts,
                List<TimeOffRow> timeOff, List<Choice> therapists, StudioPageModels.TimeOffFields form) {
    }

    /** A booking left standing by time off or a deactivation. */
    record ConflictRow(String id, String shortId, String therapist, String when, String service,
                       List<Choice> colleagues) {
    }

    /** Time off or a closure ahead. */
    record TimeOffRow(String id, String who, String when, String reason) {
    }

    /** An option of the therapist list. */
    record Choice(String value, String label, boolean selected) {
    }
}
