package studio.vive.booking.web.studio;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.security.Roles;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.timeoff.TimeOffBook;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffAdded;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffRequest;
import studio.vive.booking.timeoff.TimeOffRequests;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;

/**
 * A therapist's own time off: the list ahead, a form to add, a button to remove, through the same
 * {@link TimeOffBook} as {@code /api/therapist/time-off}. The therapist comes from the session
 * only, so another therapist's time off is neither shown nor removable (404, as the API answers).
 * Plain forms with the anti-forgery token; no script needed.
 */
@Controller("/staff/time-off")
@Secured(Roles.THERAPIST)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class OwnTimeOffPageController {

    static final String PATH = "/staff/time-off";

    private final TimeOffBook timeOff;
    private final TimeOffRequests requests;
    private final OwnTimeOffPageModels models;
    private final ErrorPages errorPages;
    private final StudioTime time;

    OwnTimeOffPageController(TimeOffBook timeOff, TimeOffRequests requests, OwnTimeOffPageModels models,
                             ErrorPages errorPages, StudioTime time) {
        this.timeOff = timeOff;
        this.requests = requests;
        this.models = models;
        this.errorPages = errorPages;
        this.time = time;
    }

    /** The form as typed: studio-local {@code datetime-local} values. */
    @Serdeable
    record OwnTimeOffFields(@Nullable String startsAt, @Nullable String endsAt, @Nullable String reason) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, Authentication staff, @Nullable @QueryValue String done) {
        return therapistOf(staff).<HttpResponse<?>>map(therapistId -> models.render(request, HttpStatus.OK,
                therapistId, OwnTimeOffPageModels.notice(done), List.of(), null))
                .orElseGet(OwnTimeOffPageController::forbidden);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(HttpRequest<?> request, @Body OwnTimeOffFields form, Authentication staff) {
        Optional<String> therapistId = therapistOf(staff);
        if (therapistId.isEmpty()) {
            return forbidden();
        }
        TimeOffRequest asked = new TimeOffRequest(null, StudioFormTimes.withOffset(form.startsAt(), time.zone()),
                StudioFormTimes.withOffset(form.endsAt(), time.zone()), form.reason());
        TimeOffAdded added;
        try {
            added = timeOff.add(therapistId.get(), requests.range(asked), form.reason(), staff.getName());
        } catch (ProblemException invalid) {
            return models.render(request, HttpStatus.BAD_REQUEST, therapistId.get(), null, errorsOf(invalid), form);
        }
        return Pages.seeOther(PATH + "?done=" + (added.affectedBookings().isEmpty() ? "added" : "added-over-bookings"));
    }

    @Post(value = "/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable String id, Authentication staff) {
        Optional<String> therapistId = therapistOf(staff);
        if (therapistId.isEmpty()) {
            return forbidden();
        }
        try {
            timeOff.remove(UUID.fromString(id), therapistId.get(), staff.getName());
        } catch (IllegalArgumentException | ProblemException notYours) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "No such time off",
                    "You have no time off with this link (it may have been removed already).");
        }
        return Pages.seeOther(PATH + "?done=removed");
    }

    /** A range the request could not read, or a therapist the catalogue does not know, in words. */
    private static List<FieldError> errorsOf(ProblemException invalid) {
        return invalid.errors().isEmpty() ? List.of(new FieldError("startsAt", invalid.getMessage())) : invalid.errors();
    }

    private static Optional<String> therapistOf(Authentication staff) {
        Object claim = staff.getAttributes().get(Roles.THERAPIST_ID_CLAIM);
        return claim instanceof String id && !id.isBlank() ? Optional.of(id) : Optional.empty();
    }

    private static HttpResponse<?> forbidden() {
        return Pages.seeOther("/staff/forbidden");
    }

    /**
     * What {@code staff/time-off.html} shows.
     *
     * @param notice what the last change did, or null
     * @param errors what was wrong with the last form, in words
     */
    @Introspected
    record Page(@Nullable String notice, List<FieldError> errors, List<Entry> timeOff, OwnTimeOffFields form,
                int days) {
    }

    /** One stretch of the therapist's time off ahead. */
    record Entry(String id, String when, String reason) {
    }
}
