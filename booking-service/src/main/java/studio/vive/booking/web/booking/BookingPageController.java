package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.AcceptedBooking;
import studio.vive.booking.booking.BookingRequests;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.web.Pages;

/**
 * The booking page at {@code /}: choose a treatment, a day, a therapist (or any) and a free time
 * from live availability, give contact details, answer the screening questions, consent and
 * book. The form works without JavaScript; the page's script refreshes the free times as the
 * choices change. A successful booking continues on its outcome page.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class BookingPageController {

    private static final Logger LOG = LoggerFactory.getLogger(BookingPageController.class);

    private final BookingRequests requests;
    private final BookingFormReader reader;
    private final OutcomeAccess outcomeAccess;
    private final BookingPage page;

    BookingPageController(BookingRequests requests, BookingFormReader reader, OutcomeAccess outcomeAccess,
                          BookingPage page) {
        this.requests = requests;
        this.reader = reader;
        this.outcomeAccess = outcomeAccess;
        this.page = page;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String service,
                         @Nullable @QueryValue String date, @Nullable @QueryValue String therapist,
                         @Nullable @QueryValue String clearanceCode) {
        BookingForm form = BookingForm.blank(service, date, therapist, UUID.randomUUID().toString(), clearanceCode);
        return page.render(request, HttpStatus.OK, form, FormErrors.none(), null);
    }

    @Post(value = "/book", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> book(HttpRequest<?> request, @Body Map<String, String> fields) {
        BookingForm form = BookingForm.of(fields);
        BookingFormReader.Read read = reader.read(form);
        try {
            AcceptedBooking accepted = requests.request(read.request(), emptyAsNull(form.idempotencyKey()),
                    read.typeErrors());
            return Pages.seeOther(OutcomeAccess.pathOf(accepted.id()))
                    .cookie(outcomeAccess.cookie(accepted.id(), accepted.accessToken()));
        } catch (ProblemException problem) {
            LOG.info("Booking form refused: {}", problem.problemType());
            return refused(request, form, problem);
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, BookingForm form, ProblemException problem) {
        ProblemType type = problem.problemType();
        return switch (type) {
            case SLOT_TAKEN -> page.render(request, HttpStatus.CONFLICT, form.withoutTime(),
                    new FormErrors(Map.of("startsAt", "Sorry, that time has just been booked. Please choose another.")),
                    null);
            case IDEMPOTENCY_KEY_REUSED -> page.render(request, HttpStatus.CONFLICT,
                    form.withIdempotencyKey(UUID.randomUUID().toString()), FormErrors.none(),
                    "This form was already used for a booking. Please check your details and book again.");
            case INVALID_REQUEST, SLOT_NOT_BOOKABLE -> page.render(request, HttpStatus.BAD_REQUEST, form,
                    FormErrors.of(problem), null);
            default -> page.render(request, type.status(), form, FormErrors.none(), problem.getMessage());
        };
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
