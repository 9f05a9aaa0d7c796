package studio.vive.booking.web.recheck;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.booking.ClientBookings;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.recheck.Rechecks;
import studio.vive.booking.web.BookingSummaries;
import studio.vive.booking.web.ErrorPages;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.booking.ScreeningQuestions;
import studio.vive.booking.web.booking.ScreeningQuestions.Choice;
import studio.vive.booking.web.booking.ScreeningQuestions.Question;
import studio.vive.contracts.UrgentAnswers;

/**
 * The pre-visit re-check page ({@code /manage/<id>/recheck?token=<token>}, linked from the
 * manage page and the reminder): the six urgent questions as a plain form (no script needed).
 * After sending, a "yes" shows the urgent advice at once, from the answers themselves, while the
 * re-check goes to screening; all "no" thanks the client.
 */
@Controller("/manage/{id}/recheck")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class RecheckPageController {

    private static final String VIEW = "manage/recheck";

    private final ClientBookings bookings;
    private final Rechecks rechecks;
    private final BookingSummaries summaries;
    private final Pages pages;
    private final ErrorPages errorPages;

    RecheckPageController(ClientBookings bookings, Rechecks rechecks, BookingSummaries summaries, Pages pages,
                          ErrorPages errorPages) {
        this.bookings = bookings;
        this.rechecks = rechecks;
        this.summaries = summaries;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String token) {
        return find(id, token)
                .<HttpResponse<?>>map(b -> render(request, HttpStatus.OK, Page.form(b, token, Map.of(), List.of())))
                .orElseGet(() -> notFound(request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(HttpRequest<?> request, @PathVariable String id, @Body RecheckForm form) {
        Optional<BookingView> booking = find(id, form.token());
        if (booking.isEmpty()) {
            return notFound(request);
        }
        List<String> unanswered = form.unanswered();
        if (!unanswered.isEmpty()) {
            return render(request, HttpStatus.BAD_REQUEST, Page.form(booking.get(), form.token(), form.posted(), unanswered));
        }
        UrgentAnswers answers = form.answers();
        try {
            rechecks.submit(booking.get().id(), form.token(), answers);
        } catch (ProblemException problem) {
            if (problem.problemType() == ProblemType.NOT_FOUND) {
                return notFound(request);
            }
            return render(request, HttpStatus.CONFLICT, Page.refused(booking.get(), form.token(), problem.getMessage()));
        }
        return render(request, HttpStatus.OK, Page.sent(booking.get(), form.token(), UrgentQuestions.reasons(answers)));
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, Page page) {
        return pages.render(request, status, VIEW, new Model(summaries.of(page.booking()), page.token(), page.state(),
                page.posted(), page.unanswered(), page.reasons(), page.problem(), UrgentQuestions.ALL,
                ScreeningQuestions.YES_NO, ScreeningQuestions.LEG_PAIN));
    }

    private Optional<BookingView> find(String id, @Nullable String token) {
        Optional<UUID> uuid = BookingId.parse(id);
        return uuid.flatMap(value -> bookings.find(value, token));
    }

    private HttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, "We could not find this booking",
                "The link may be incomplete. Please open the link in your email again, or call the studio.");
    }

    /** Where the client is: answering, sent (with the reasons to see a doctor, if any) or refused. */
    private record Page(BookingView booking, String token, String state, Map<String, String> posted,
                        List<String> unanswered, List<String> reasons, @Nullable String problem) {

        static Page form(BookingView booking, String token, Map<String, String> posted, List<String> unanswered) {
            return new Page(booking, token, "form", posted, unanswered, List.of(), null);
        }

        static Page sent(BookingView booking, String token, List<String> reasons) {
            return new Page(booking, token, reasons.isEmpty() ? "clear" : "urgent", Map.of(), List.of(), reasons, null);
        }

        static Page refused(BookingView booking, String token, String problem) {
            return new Page(booking, token, "refused", Map.of(), List.of(), List.of(), problem);
        }
    }

    /**
     * What the page ({@code manage/recheck.html}) shows.
     *
     * @param state      {@code form}, {@code clear}, {@code urgent} or {@code refused}
     * @param posted     the answers posted before, by question, to show again after an error
     * @param unanswered the questions still to answer
     */
    @Introspected
    record Model(BookingSummaries.BookingSummary booking, String token, String state, Map<String, String> posted,
                 List<String> unanswered, List<String> reasons, @Nullable String problem, List<Question> questions,
                 List<Choice> yesNo, List<Choice> legPainChoices) {
    }
}
