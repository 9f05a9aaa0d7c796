package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.security.Roles;
import studio.vive.booking.stranded.StrandedBookings;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;

/**
 * The admin's page of bookings stranded waiting for screening: since when, why, and a release
 * button (see {@link StrandedBookings} for why there is no replay).
 */
@Controller("/staff/stranded")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class StrandedPageController {

    private static final String VIEW = "staff/stranded";

    private final StrandedBookings stranded;
    private final DisplayTimes display;
    private final Pages pages;
    private final ErrorPages errorPages;

    StrandedPageController(StrandedBookings stranded, DisplayTimes display, Pages pages, ErrorPages errorPages) {
        this.stranded = stranded;
        this.display = display;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    /** One stranded booking in words and studio time. */
    record Row(UUID bookingId, String pendingSince, String appointment, String reason) {
    }

    /** The page: the rows, and the booking just released, if any. */
    @Introspected
    record Page(List<Row> bookings, @Nullable String released) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String released) {
        List<Row> rows = stranded.list().stream().map(b -> new Row(b.bookingId(), display.dateTime(b.pendingSince()),
                b.serviceCode() + " with " + b.therapistId() + ", " + display.dateTime(b.startsAt()),
                b.explanation())).toList();
        String releasedId = released == null ? null : BookingId.parse(released).map(UUID::toString).orElse(null);
        return pages.render(request, HttpStatus.OK, VIEW, new Page(rows, releasedId));
    }

    @Post(value = "/{bookingId}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> release(HttpRequest<?> request, @PathVariable String bookingId, Authentication authentication) {
        Optional<UUID> id = BookingId.parse(bookingId);
        if (id.isEmpty()) {
            return notStranded(request);
        }
        try {
            stranded.release(id.get(), authentication.getName());
        } catch (ProblemException notStranded) {
            return notStranded(request);
        }
        return Pages.seeOther("/staff/stranded?released=" + id.get());
    }

    private HttpResponse<?> notStranded(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.CONFLICT, "Not a stranded booking",
                "This booking is not waiting for screening any more, or screening may still answer.");
    }
}
