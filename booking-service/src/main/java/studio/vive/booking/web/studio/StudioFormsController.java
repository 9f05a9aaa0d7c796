package studio.vive.booking.web.studio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.security.Roles;
import studio.vive.booking.studio.Reassignments;
import studio.vive.booking.studio.StudioCancellation;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.timeoff.TimeOffBook;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffRequest;
import studio.vive.booking.timeoff.TimeOffRequests;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.studio.StudioPageModels.TimeOffFields;

/**
 * The Studio page's forms: add and remove time off, move a conflicting booking to a colleague or
 * cancel it on the studio's behalf. Each answers with a redirect back to the page, or the page again with what was wrong.
 */
@Controller("/staff/studio")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class StudioFormsController {

    /** How far ahead the page lists time off. */
    static final int LIST_DAYS = 60;

    private final TimeOffBook timeOff;
    private final TimeOffRequests requests;
    private final StudioCancellation cancellation;
    private final Reassignments reassignments;
    private final StudioPageModels models;
    private final ErrorPages errorPages;
    private final StudioTime time;

    StudioFormsController(TimeOffBook timeOff, TimeOffRequests requests, StudioCancellation cancellation,
                          Reassignments reassignments, StudioPageModels models, ErrorPages errorPages,
                          StudioTime time) {
        this.timeOff = timeOff;
        this.requests = requests;
        this.cancellation = cancellation;
        this.reassignments = reassignments;
        this.models = models;
        this.errorPages = errorPages;
        this.time = time;
    }

    @Post(value = "/time-off", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(HttpRequest<?> request, @Body TimeOffFields form, Authentication staff) {
        String therapistId = form.therapistId() == null || form.therapistId().isEmpty() ? null : form.therapistId();
        TimeOffRequest asked = new TimeOffRequest(therapistId, withOffset(form.startsAt()), withOffset(form.endsAt()),
                form.reason());
        try {
            timeOff.add(therapistId, requests.range(asked), form.reason(), staff.getName());
        } catch (ProblemException invalid) {
            return models.render(request, HttpStatus.BAD_REQUEST, null, invalid.errors(), form);
        }
        return Pages.seeOther("/staff/studio?done=time-off-added");
    }

    @Post(value = "/time-off/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable String id, Authentication staff) {
        try {
            timeOff.remove(UUID.fromString(id), null, staff.getName());
        } catch (IllegalArgumentException | ProblemException gone) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "No such time off",
                    "This time off does not exist (any more).");
        }
        return Pages.seeOther("/staff/studio?done=time-off-removed");
    }

    @Post(value = "/bookings/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(HttpRequest<?> request, @PathVariable String id, @Body CancelFields form,
                           Authentication staff) {
        try {
            cancellation.cancel(BookingId.parse(id).orElseThrow(() -> new IllegalArgumentException("no booking")),
                    form.reason(), staff.getName());
        } catch (IllegalArgumentException | ProblemException refused) {
            String why = refused instanceof ProblemException p && !p.errors().isEmpty()
                    ? "Please give a reason for the cancellation." : refused.getMessage();
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "The booking was not cancelled", why);
        }
        return Pages.seeOther("/staff/studio?done=booking-cancelled");
    }

    @Post(value = "/bookings/{id}/reassign", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> reassign(HttpRequest<?> request, @PathVariable String id, @Body ReassignFields form,
                             Authentication staff) {
        try {
            reassignments.reassign(BookingId.parse(id).orElseThrow(() -> new IllegalArgumentException("no booking")),
                    form.therapistId(), staff.getName());
        } catch (IllegalArgumentException | ProblemException refused) {
            // a colleague who is not free is the usual answer: say why, the conflict stays listed
            String why = refused instanceof ProblemException p && !p.errors().isEmpty()
                    ? "Please choose a therapist to move the booking to." : refused.getMessage();
            return errorPages.page(request, HttpStatus.CONFLICT, "The booking was not moved", why);
        }
        return Pages.seeOther("/staff/studio?done=booking-reassigned");
    }

    private String withOffset(@Nullable String local) {
        return StudioFormTimes.withOffset(local, time.zone());
    }

    @Serdeable
    record ReassignFields(@Nullable String therapistId) {
    }

    @Serdeable
    record CancelFields(@Nullable String reason) {
    }
}
