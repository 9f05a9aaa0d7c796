package studio.vive.booking.web.reschedule;

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
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.booking.ClientBookings;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.reschedule.RescheduleRequest;
import studio.vive.booking.reschedule.Reschedules;
import studio.vive.booking.web.BookingSummaries;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;

/**
 * "Change time" ({@code /manage/<id>/change?token=<token>&date=<day>}), linked from the manage
 * page: the free times of a day for the booked treatment, read fresh on every visit, as a plain
 * form that works without script; choosing one moves the booking ({@link Reschedules}) and goes
 * back to the manage page. A refusal (the time was just taken, the window closed) is shown on the
 * page with the day's times as they are now.
 */
@Controller("/manage/{id}/change")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ChangeTimePageController {

    private static final String VIEW = "manage/change";

    private final ClientBookings bookings;
    private final Reschedules reschedules;
    private final FreeTimes freeTimes;
    private final BookingSummaries summaries;
    private final Pages pages;
    private final ErrorPages errorPages;

    ChangeTimePageController(ClientBookings bookings, Reschedules reschedules, FreeTimes freeTimes,
                             BookingSummaries summaries, Pages pages, ErrorPages errorPages) {
        this.bookings = bookings;
        this.reschedules = reschedules;
        this.freeTimes = freeTimes;
        this.summaries = summaries;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String token,
                         @Nullable @QueryValue String date) {
        return find(id, token)
                .<HttpResponse<?>>map(b -> render(request, HttpStatus.OK, b, token, day(b, date), null))
                .orElseGet(() -> notFound(request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String date,
                           @Body ChangeTimeForm form) {
        Optional<BookingView> booking = find(id, form.token());
        if (booking.isEmpty()) {
            return notFound(request);
        }
        LocalDate day = day(booking.get(), date);
        Optional<ChangeTimeForm.Chosen> chosen = form.chosen();
        if (chosen.isEmpty()) {
            return render(request, HttpStatus.BAD_REQUEST, booking.get(), form.token(), day,
                    "Please choose one of the free times.");
        }
        try {
            reschedules.reschedule(booking.get().id(), form.token(),
                    new RescheduleRequest(chosen.get().startsAt(), chosen.get().therapistId(), null));
        } catch (ProblemException problem) {
            if (problem.problemType() == ProblemType.NOT_FOUND) {
                return notFound(request);
            }
            return render(request, problem.problemType().status(), booking.get(), form.token(), day,
                    problem.getMessage());
        }
        return Pages.seeOther("/manage/" + booking.get().id() + "?token="
                + URLEncoder.encode(form.token(), StandardCharsets.UTF_8) + "&done=moved");
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, BookingView booking, String token,
                                   LocalDate day, @Nullable String problem) {
        return pages.render(request, status, VIEW, new Model(summaries.of(booking), token, day.toString(),
                freeTimes.on(booking, day), problem));
    }

    /** The day asked for, or the booking's own day when none (or an unreadable one) was. */
    private static LocalDate day(BookingView booking, @Nullable String date) {
        if (date != null) {
            try {
                return LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                // an edited URL: show the booking's own day
            }
        }
        return booking.startsAt().toLocalDate();
    }

    private Optional<BookingView> find(String id, @Nullable String token) {
        Optional<UUID> uuid = BookingId.parse(id);
        return uuid.flatMap(value -> bookings.find(value, token));
    }

    private HttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, "We could not find this booking",
                "The link may be incomplete. Please open the link in your email again, or call the studio.");
    }

    /**
     * What the page ({@code manage/change.html}) shows.
     *
     * @param date    the day whose free times are listed (ISO, the date input's value)
     * @param times   its free times, each with the therapist
     * @param problem why the last change was refused, or null
     */
    @Introspected
    record Model(BookingSummaries.BookingSummary booking, String token, String date, List<FreeTimes.Time> times,
                 @Nullable String problem) {
    }
}
