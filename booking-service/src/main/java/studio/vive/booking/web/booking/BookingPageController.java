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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.availability.Availability;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.availability.SlotRules;
import studio.vive.booking.booking.AcceptedBooking;
import studio.vive.booking.booking.BookingRequests;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.DisplayTimes;
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
    static final String VIEW = "booking/page";

    private final Catalogue catalogue;
    private final Availability availability;
    private final BookingRequests requests;
    private final BookingFormReader reader;
    private final OutcomeAccess outcomeAccess;
    private final StudioTime time;
    private final SlotRules rules;
    private final DisplayTimes display;
    private final Pages pages;

    BookingPageController(Catalogue catalogue, Availability availability, BookingRequests requests,
                          BookingFormReader reader, OutcomeAccess outcomeAccess, StudioTime time, SlotRules rules,
                          DisplayTimes display, Pages pages) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.requests = requests;
        this.reader = reader;
        this.outcomeAccess = outcomeAccess;
        this.time = time;
        this.rules = rules;
        this.display = display;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String service,
                         @Nullable @QueryValue String date, @Nullable @QueryValue String therapist) {
        BookingForm form = BookingForm.blank(service, date, therapist, UUID.randomUUID().toString());
        return render(request, HttpStatus.OK, form, FormErrors.none(), null);
    }

    @Post(value = "/book", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> book(HttpRequest<?> request, @Body BookingForm form) {
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
            case SLOT_TAKEN -> render(request, HttpStatus.CONFLICT, withoutTime(form),
                    new FormErrors(Map.of("startsAt", "Sorry, that time has just been booked. Please choose another.")),
                    null);
            case IDEMPOTENCY_KEY_REUSED -> render(request, HttpStatus.CONFLICT,
                    withNewKey(form), FormErrors.none(),
                    "This form was already used for a booking. Please check your details and book again.");
            case INVALID_REQUEST, SLOT_NOT_BOOKABLE -> render(request, HttpStatus.BAD_REQUEST, form,
                    FormErrors.of(problem), null);
            default -> render(request, type.status(), form, FormErrors.none(), problem.getMessage());
        };
    }

    private static BookingForm withoutTime(BookingForm f) {
        return new BookingForm(f.service(), f.date(), f.therapist(), null, f.name(), f.email(), f.phone(),
                f.dateOfBirth(), f.bowelOrBladderProblems(), f.suddenWeightLoss(), f.persistentFever(), f.legPain(),
                f.legWeaknessNumbnessTingling(), f.followedSevereFallOrAccident(), f.firstEpisode(),
                f.historyOfCancer(), f.osteoporosis(), f.steroidUse(), f.excessiveDrugOrAlcoholUse(),
                f.painDurationDays(), f.improving(), f.cause(), f.consent(), f.idempotencyKey());
    }

    private static BookingForm withNewKey(BookingForm f) {
        return new BookingForm(f.service(), f.date(), f.therapist(), f.startsAt(), f.name(), f.email(), f.phone(),
                f.dateOfBirth(), f.bowelOrBladderProblems(), f.suddenWeightLoss(), f.persistentFever(), f.legPain(),
                f.legWeaknessNumbnessTingling(), f.followedSevereFallOrAccident(), f.firstEpisode(),
                f.historyOfCancer(), f.osteoporosis(), f.steroidUse(), f.excessiveDrugOrAlcoholUse(),
                f.painDurationDays(), f.improving(), f.cause(), f.consent(), UUID.randomUUID().toString());
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, BookingForm form, FormErrors errors,
                                   @Nullable String formMessage) {
        List<MassageService> services = catalogue.bookableServices();
        List<Therapist> therapists = catalogue.bookableTherapists();
        String service = services.stream().map(MassageService::code).filter(c -> c.equals(form.service()))
                .findFirst().orElse(services.isEmpty() ? null : services.get(0).code());
        String therapist = therapists.stream().map(Therapist::id).filter(id -> id.equals(form.therapist()))
                .findFirst().orElse("");
        LocalDate today = time.today();
        LocalDate last = time.dateOf(time.now().plus(rules.horizon()));
        LocalDate date = dateOr(form.date(), today);
        if (date.isBefore(today) || date.isAfter(last)) {
            date = today;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("services", services.stream().map(ServiceOption::of).toList());
        model.put("therapists", therapists);
        model.put("service", service);
        model.put("therapist", therapist);
        model.put("date", date.toString());
        model.put("dateLabel", display.date(date));
        model.put("dateMin", today.toString());
        model.put("dateMax", last.toString());
        model.put("slots", service == null ? List.of() : slots(service, date, therapist, form.startsAt()));
        model.put("form", form);
        model.put("errors", errors);
        model.put("formMessage", formMessage);
        model.put("questions", ScreeningQuestions.ALL);
        model.put("yesNo", ScreeningQuestions.YES_NO);
        model.put("legPainChoices", ScreeningQuestions.LEG_PAIN);
        model.put("causes", ScreeningQuestions.CAUSES);
        model.put("maxDateOfBirth", today.minusDays(1).toString());
        return pages.render(request, status, VIEW, model);
    }

    /** The free times to choose from: one per start time ("any therapist" takes whoever is free). */
    private List<SlotOption> slots(String service, LocalDate date, String therapist, @Nullable String chosen) {
        try {
            List<Slot> free = availability.freeSlots(service, date, therapist.isEmpty() ? null : therapist);
            Instant chosenInstant = instantOf(chosen);
            Map<String, SlotOption> byStart = new LinkedHashMap<>();
            for (Slot slot : free) {
                String value = slot.startsAt().toString();
                byStart.putIfAbsent(value, new SlotOption(value, display.time(slot.startsAt()),
                        slot.startsAt().toInstant().equals(chosenInstant)));
            }
            return new ArrayList<>(byStart.values());
        } catch (ProblemException unknownChoice) {
            return List.of();
        }
    }

    /** The instant of a posted time, however its offset was written; null when there is none. */
    private static Instant instantOf(@Nullable String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate dateOr(@Nullable String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A treatment as the page lists it. */
    record ServiceOption(String code, String label, String description) {
        static ServiceOption of(MassageService s) {
            String price = java.math.BigDecimal.valueOf(s.priceCents(), 2).toPlainString();
            String cost = "AUD".equals(s.currency()) ? "$" + price : price + " " + s.currency();
            return new ServiceOption(s.code(), s.name() + " · " + cost,
                    s.description());
        }
    }

    /** A free time as the page offers it; its value is the start with the studio's offset. */
    record SlotOption(String value, String label, boolean checked) {
    }
}
