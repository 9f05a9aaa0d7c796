package studio.vive.booking.web.staff;

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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.security.Roles;
import studio.vive.booking.staff.ReferralView;
import studio.vive.booking.staff.Referrals;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;
import studio.vive.contracts.Tier;

/**
 * The admin's referral dashboard: referrals newest first, filtered by tier and decision date,
 * each with the client's contact details, the reasons and a follow-up button. The page's script
 * adds new referrals as they arrive, from the live stream {@code /api/admin/referrals/stream}.
 */
@Controller("/staff/referrals")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ReferralDashboardController {

    private final Referrals referrals;
    private final ReferralRows rows;
    private final StudioTime time;
    private final Pages pages;
    private final ErrorPages errorPages;

    ReferralDashboardController(Referrals referrals, ReferralRows rows, StudioTime time, Pages pages,
                                ErrorPages errorPages) {
        this.referrals = referrals;
        this.rows = rows;
        this.time = time;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> dashboard(HttpRequest<?> request, @Nullable @QueryValue String tier,
                              @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Tier chosenTier = tierOf(tier);
        LocalDate fromDate = dateOf(from);
        LocalDate toDate = dateOf(to);
        Map<String, Object> model = new HashMap<>();
        model.put("tier", chosenTier == null ? "" : chosenTier.name());
        model.put("from", fromDate == null ? "" : fromDate.toString());
        model.put("to", toDate == null ? "" : toDate.toString());
        model.put("zone", time.zone().getId());
        HttpStatus status = HttpStatus.OK;
        try {
            List<ReferralView> found = referrals.list(chosenTier, fromDate, toDate);
            model.put("referrals", found.stream().map(rows::of).toList());
            model.put("problem", null);
        } catch (ProblemException invalid) {
            model.put("referrals", List.of());
            model.put("problem", "Please check the dates: the end must not be before the start, "
                    + "and a search may cover at most a few months.");
            status = HttpStatus.BAD_REQUEST;
        }
        return pages.render(request, status, "staff/referrals", model);
    }

    /**
     * One referral rendered as the dashboard shows it, for the page's script to add when the live
     * stream announces it (the same template and escaping as the full page).
     */
    @Get(value = "/{bookingId}/entry", produces = MediaType.TEXT_HTML)
    HttpResponse<?> entry(HttpRequest<?> request, @PathVariable String bookingId, @Nullable @QueryValue String tier,
                          @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        UUID id;
        try {
            id = UUID.fromString(bookingId);
        } catch (IllegalArgumentException e) {
            return HttpResponse.notFound();
        }
        return referrals.find(id).<HttpResponse<?>>map(referral -> {
            Map<String, Object> model = new HashMap<>();
            model.put("r", rows.of(referral));
            Tier chosen = tierOf(tier);
            model.put("tier", chosen == null ? "" : chosen.name());
            model.put("from", dateOf(from) == null ? "" : from);
            model.put("to", dateOf(to) == null ? "" : to);
            return pages.ok(request, "staff/referral-entry", model);
        }).orElseGet(HttpResponse::notFound);
    }

    @Post(value = "/{bookingId}/follow-up", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> followUp(HttpRequest<?> request, @PathVariable String bookingId, @Body Filters filters,
                             Authentication authentication) {
        try {
            referrals.followUp(UUID.fromString(bookingId), authentication.getName());
        } catch (IllegalArgumentException | ProblemException notAReferral) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "No such referral",
                    "This booking has no referral to follow up.");
        }
        UriBuilder back = UriBuilder.of("/staff/referrals");
        if (tierOf(filters.tier()) != null) {
            back.queryParam("tier", filters.tier());
        }
        if (dateOf(filters.from()) != null) {
            back.queryParam("from", filters.from());
        }
        if (dateOf(filters.to()) != null) {
            back.queryParam("to", filters.to());
        }
        return Pages.seeOther(back.build().toString() + "#referral-" + bookingId);
    }

    private static Tier tierOf(@Nullable String tier) {
        if (Tier.REFERRAL.name().equals(tier)) {
            return Tier.REFERRAL;
        }
        return Tier.URGENT_REFERRAL.name().equals(tier) ? Tier.URGENT_REFERRAL : null;
    }

    private static LocalDate dateOf(@Nullable String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The dashboard's filters, carried through a follow-up so the admin returns to the same list. */
    @Serdeable
    record Filters(@Nullable String tier, @Nullable String from, @Nullable String to) {
    }
}
