package studio.vive.booking.web.manage;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.booking.ClientBookings;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.web.BookingSummaries;
import studio.vive.booking.web.BookingSummaries.BookingSummary;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.calendar.CalendarDownload;

/**
 * The manage-booking page, reached by the link in the confirmation email
 * ({@code /manage/<id>?token=<token>}, see {@code BookingPolicy.manageUrl}): the booking, when it
 * can still be cancelled online and why not once the cancellation window has closed, a cancel
 * button, the way to change the time and the calendar download.
 */
@Controller("/manage/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ManageBookingController {

    private final ClientBookings bookings;
    private final BookingSummaries summaries;
    private final CalendarDownload calendar;
    private final Pages pages;
    private final ErrorPages errorPages;

    ManageBookingController(ClientBookings bookings, BookingSummaries summaries, CalendarDownload calendar,
                            Pages pages, ErrorPages errorPages) {
        this.bookings = bookings;
        this.summaries = summaries;
        this.calendar = calendar;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String token,
                         @Nullable @QueryValue String done) {
        return find(id, token)
                .<HttpResponse<?>>map(booking -> page(request, HttpStatus.OK, booking, token, done, null))
                .orElseGet(() -> notFound(request));
    }

    @Post(value = "/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(HttpRequest<?> request, @PathVariable String id, @Body CancelForm form) {
        Optional<UUID> bookingId = BookingId.parse(id);
        if (bookingId.isEmpty()) {
            return notFound(request);
        }
        try {
            bookings.cancel(bookingId.get(), form.token());
            return Pages.seeOther("/manage/" + bookingId.get() + "?token="
                    + URLEncoder.encode(form.token(), StandardCharsets.UTF_8) + "&done=cancelled");
        } catch (ProblemException problem) {
            if (problem.problemType() == ProblemType.NOT_FOUND) {
                return notFound(request);
            }
            return find(id, form.token())
                    .<HttpResponse<?>>map(booking -> page(request, HttpStatus.CONFLICT, booking, form.token(), null,
                            problem.getMessage()))
                    .orElseGet(() -> notFound(request));
        }
    }

    @Get(value = "/calendar.ics", produces = CalendarDownload.CONTENT_TYPE)
    HttpResponse<?> calendar(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String token) {
        return find(id, token).filter(b -> b.status() == BookingStatus.CONFIRMED)
                .<HttpResponse<?>>map(b -> calendar.response(b, summaries.of(b)))
                .orElseGet(() -> notFound(request));
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, BookingView booking, String token,
                                 @Nullable String done, @Nullable String problem) {
        String calendarUrl = "/manage/" + booking.id() + "/calendar.ics?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return pages.render(request, status, "manage/page",
                new Page(summaries.of(booking), token, "cancelled".equals(done), "moved".equals(done), problem,
                        calendarUrl));
    }

    private Optional<BookingView> find(String id, @Nullable String token) {
        return BookingId.parse(id).flatMap(uuid -> bookings.find(uuid, token));
    }

    private HttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, "We could not find this booking",
                "The link may be incomplete. Please open the link in your confirmation email again, "
                        + "or call the studio.");
    }

    /** The cancel button's form: the booking's token travels in the body, never in a log line. */
    @Serdeable
    record CancelForm(@Nullable String token) {
    }

    /**
     * What the page ({@code manage/page.html}) shows.
     *
     * @param token   the booking's access token, carried by the cancel form and the calendar link
     * @param problem why the last request was refused, or null
     */
    @Introspected
    record Page(BookingSummary booking, String token, boolean justCancelled, boolean justMoved,
                @Nullable String problem, String calendarUrl) {
    }
}
