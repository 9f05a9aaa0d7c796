package studio.vive.booking.web.staff;

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
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.admin.Referrals;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.security.Roles;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;

/**
 * The dashboard's follow-up button: marks the referral followed up by the signed-in admin and
 * returns to the same list, at that referral.
 */
@Controller("/staff/referrals")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ReferralFollowUpController {

    private final Referrals referrals;
    private final ErrorPages errorPages;

    ReferralFollowUpController(Referrals referrals, ErrorPages errorPages) {
        this.referrals = referrals;
        this.errorPages = errorPages;
    }

    @Post(value = "/{bookingId}/follow-up", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> followUp(HttpRequest<?> request, @PathVariable String bookingId, @Body ReferralFilters filters,
                             Authentication authentication) {
        Optional<UUID> id = BookingId.parse(bookingId);
        if (id.isEmpty()) {
            return noReferral(request);
        }
        try {
            referrals.followUp(id.get(), authentication.getName());
        } catch (IllegalArgumentException | ProblemException notAReferral) {
            return noReferral(request);
        }
        return Pages.seeOther(filters.dashboardAt(bookingId));
    }

    private HttpResponse<?> noReferral(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, "No such referral",
                "This booking has no referral to follow up.");
    }
}
