package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.List;
import studio.vive.booking.admin.Referrals;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.security.Roles;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.Pages;
import studio.vive.contracts.Tier;

/**
 * The admin's referral dashboard: referrals newest first, filtered by tier and decision date,
 * each with the client's contact details, the reasons and a follow-up button
 * ({@link ReferralFollowUpController}). The page's script adds new referrals as they arrive, from
 * the live stream {@code /api/admin/referrals/stream}.
 */
@Controller("/staff/referrals")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ReferralDashboardController {

    private static final String REFUSED_FILTERS = "Please check the dates: the end must not be before the start, "
            + "and a search may cover at most a few months.";

    private final Referrals referrals;
    private final ReferralRows rows;
    private final StudioTime time;
    private final Pages pages;

    ReferralDashboardController(Referrals referrals, ReferralRows rows, StudioTime time, Pages pages) {
        this.referrals = referrals;
        this.rows = rows;
        this.time = time;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> dashboard(HttpRequest<?> request, @Nullable @QueryValue String tier,
                              @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                              @Nullable @QueryValue String state) {
        ReferralFilters filters = new ReferralFilters(tier, from, to, state);
        Tier chosenTier = filters.chosenTier();
        LocalDate fromDate = filters.fromDate();
        LocalDate toDate = filters.toDate();
        String zone = time.zone().getId();
        String fromValue = fromDate == null ? "" : fromDate.toString();
        String toValue = toDate == null ? "" : toDate.toString();
        try {
            List<ReferralRows.Row> found = referrals.list(chosenTier, filters.chosenState(), fromDate, toDate).stream()
                    .map(rows::of).toList();
            return pages.render(request, HttpStatus.OK, "staff/referrals", new ReferralPages.Dashboard(
                    filters.tierValue(), fromValue, toValue, zone, found, null, filters.stateValue()));
        } catch (ProblemException invalid) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "staff/referrals",
                    new ReferralPages.Dashboard(filters.tierValue(), fromValue, toValue, zone, List.of(),
                            REFUSED_FILTERS, filters.stateValue()));
        }
    }

    /**
     * One referral rendered as the dashboard shows it, for the page's script to add when the live
     * stream announces it (the same template and escaping as the full page).
     */
    @Get(value = "/{bookingId}/entry", produces = MediaType.TEXT_HTML)
    HttpResponse<?> entry(HttpRequest<?> request, @PathVariable String bookingId, @Nullable @QueryValue String tier,
                          @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                          @Nullable @QueryValue String state) {
        ReferralFilters filters = new ReferralFilters(tier, from, to, state);
        return BookingId.parse(bookingId).flatMap(referrals::find).<HttpResponse<?>>map(referral ->
                pages.render(request, HttpStatus.OK, "staff/referral-entry", new ReferralPages.Entry(rows.of(referral),
                        filters.tierValue(), filters.fromDate() == null ? "" : from,
                        filters.toDate() == null ? "" : to, filters.stateValue())))
                .orElseGet(HttpResponse::notFound);
    }
}
