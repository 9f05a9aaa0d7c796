package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.booking.ClientBookings;
import studio.vive.booking.web.BookingSummaries;
import studio.vive.booking.web.BookingSummaries.BookingSummary;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.WebSettings;
import studio.vive.booking.web.calendar.CalendarDownload;

/**
 * The outcome page a client lands on after booking: "we are checking your answers" until
 * screening decides (the page's script asks {@code /status} and reloads once it has), then the
 * confirmation with a calendar download, or the advice to see a doctor.
 */
@Controller("/booking/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class OutcomePageController {

    private final ClientBookings bookings;
    private final OutcomeAccess access;
    private final BookingSummaries summaries;
    private final CalendarDownload calendar;
    private final WebSettings settings;
    private final Pages pages;
    private final ErrorPages errorPages;

    OutcomePageController(ClientBookings bookings, OutcomeAccess access, BookingSummaries summaries,
                          CalendarDownload calendar, WebSettings settings, Pages pages, ErrorPages errorPages) {
        this.bookings = bookings;
        this.access = access;
        this.summaries = summaries;
        this.calendar = calendar;
        this.settings = settings;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> outcome(HttpRequest<?> request, @PathVariable String id) {
        Optional<BookingView> booking = find(request, id);
        if (booking.isEmpty()) {
            return notFound(request);
        }
        return pages.render(request, HttpStatus.OK, "booking/outcome", new Page(summaries.of(booking.get()),
                OutcomeAccess.pathOf(booking.get().id()) + "/status", settings.outcomePollInterval().toMillis(),
                settings.outcomePollTimeout().toMillis()));
    }

    /** Whether screening has decided, for the outcome page's script. */
    @Get(value = "/status", produces = MediaType.APPLICATION_JSON)
    HttpResponse<Status> status(HttpRequest<?> request, @PathVariable String id) {
        return find(request, id).map(b -> HttpResponse.ok(new Status(b.status())))
                .orElseGet(() -> HttpResponse.<Status>notFound());
    }

    @Get(value = "/calendar.ics", produces = CalendarDownload.CONTENT_TYPE)
    HttpResponse<?> calendar(HttpRequest<?> request, @PathVariable String id) {
        Optional<BookingView> booking = find(request, id).filter(b -> b.status() == BookingStatus.CONFIRMED);
        if (booking.isEmpty()) {
            return notFound(request);
        }
        return calendar.response(booking.get(), summaries.of(booking.get()));
    }

    private Optional<BookingView> find(HttpRequest<?> request, String id) {
        Optional<String> token = access.token(request);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return BookingId.parse(id).flatMap(uuid -> bookings.find(uuid, token.get()));
    }

    private HttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, "We could not find this booking",
                "This browser cannot show this booking. Please use the link in your confirmation email, "
                        + "or call the studio.");
    }

    /** What the outcome page's script needs to know. */
    @Serdeable
    record Status(BookingStatus status) {
    }

    /**
     * What the page ({@code booking/outcome.html}) shows; its script polls {@code statusUrl} until
     * screening decided.
     */
    @Introspected
    record Page(BookingSummary booking, String statusUrl, long pollIntervalMs, long pollTimeoutMs) {
    }
}
