package studio.vive.booking.web.staff;

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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.referral.ClearanceRecording;
import studio.vive.booking.referral.ClearanceRequest;
import studio.vive.booking.referral.ReferralState;
import studio.vive.booking.referral.ReferralWorkflow;
import studio.vive.booking.referral.StateChange;
import studio.vive.booking.security.Roles;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.QueryDates;

/**
 * The referral entry's forms (issue 15, no script needed): change the state with an optional note,
 * and record the doctor's clearance; then back to the same list, at that referral. CSRF is checked
 * by the CSRF filter like every staff form.
 */
@Controller("/staff/referrals/{bookingId}")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ReferralWorkflowPageController {

    private final ReferralWorkflow workflow;
    private final ClearanceRecording clearances;
    private final ErrorPages errorPages;

    ReferralWorkflowPageController(ReferralWorkflow workflow, ClearanceRecording clearances, ErrorPages errorPages) {
        this.workflow = workflow;
        this.clearances = clearances;
        this.errorPages = errorPages;
    }

    /** The state form: the new state, an optional note, and the dashboard's filters. */
    @Serdeable
    record StateForm(@Nullable String newState, @Nullable String note, @Nullable String tier, @Nullable String from,
                     @Nullable String to, @Nullable String state) {
    }

    /** The clearance form, with the dashboard's filters. */
    @Serdeable
    record ClearanceForm(@Nullable String clinician, @Nullable String clearedOn, @Nullable String validUntil,
                         @Nullable String note, @Nullable String tier, @Nullable String from, @Nullable String to,
                         @Nullable String state) {
    }

    @Post(value = "/state", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> state(HttpRequest<?> request, @PathVariable String bookingId, @Body StateForm form,
                          Authentication authentication) {
        ReferralState chosen = new ReferralFilters(null, null, null, form.newState()).chosenState();
        return act(request, bookingId, new ReferralFilters(form.tier(), form.from(), form.to(), form.state()),
                id -> workflow.change(id, new StateChange(chosen, blankAsNull(form.note())), authentication.getName()));
    }

    @Post(value = "/clearance", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> clearance(HttpRequest<?> request, @PathVariable String bookingId, @Body ClearanceForm form,
                              Authentication authentication) {
        ClearanceRequest clearance = new ClearanceRequest(form.clinician(),
                QueryDates.parse(form.clearedOn()).orElse(null), QueryDates.parse(form.validUntil()).orElse(null),
                blankAsNull(form.note()));
        return act(request, bookingId, new ReferralFilters(form.tier(), form.from(), form.to(), form.state()),
                id -> clearances.record(id, clearance, authentication.getName()));
    }

    private HttpResponse<?> act(HttpRequest<?> request, String bookingId, ReferralFilters filters,
                                Consumer<UUID> action) {
        Optional<UUID> id = BookingId.parse(bookingId);
        if (id.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "No such referral", "This booking has no referral.");
        }
        try {
            action.accept(id.get());
        } catch (InvalidRequestException invalid) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "Nothing was changed", invalid.errors().stream()
                    .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")) + ".");
        } catch (ProblemException refused) {
            return errorPages.page(request, refused.problemType().status(), "Nothing was changed", refused.getMessage());
        }
        return Pages.seeOther(filters.dashboardAt(bookingId));
    }

    private static String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
