package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.vive.booking.availability.Availability;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.availability.SlotRules;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.QueryDates;
import studio.vive.booking.web.booking.BookingPageModel.ServiceOption;
import studio.vive.booking.web.booking.BookingPageModel.SlotOption;

/**
 * Renders the booking page for a form: the treatments and therapists to choose from, the chosen
 * day (today when the form's day is missing or out of range) and its free times, the form as the
 * client filled it in and what is wrong with it.
 */
@Singleton
class BookingPage {

    static final String VIEW = "booking/page";

    private final Catalogue catalogue;
    private final Availability availability;
    private final StudioTime time;
    private final SlotRules rules;
    private final DisplayTimes display;
    private final Pages pages;

    BookingPage(Catalogue catalogue, Availability availability, StudioTime time, SlotRules rules,
                DisplayTimes display, Pages pages) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.time = time;
        this.rules = rules;
        this.display = display;
        this.pages = pages;
    }

    HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, BookingForm form, FormErrors errors,
                           @Nullable String formMessage) {
        List<MassageService> services = catalogue.bookableServices();
        List<Therapist> therapists = catalogue.bookableTherapists();
        String service = services.stream().map(MassageService::code).filter(c -> c.equals(form.service()))
                .findFirst().orElse(services.isEmpty() ? null : services.get(0).code());
        String therapist = therapists.stream().map(Therapist::id).filter(id -> id.equals(form.therapist()))
                .findFirst().orElse("");
        LocalDate today = time.today();
        LocalDate last = time.dateOf(time.now().plus(rules.horizon()));
        LocalDate date = QueryDates.parse(form.date()).orElse(today);
        if (date.isBefore(today) || date.isAfter(last)) {
            date = today;
        }
        List<SlotOption> slots = service == null ? List.of() : slots(service, date, therapist, form.startsAt());
        return pages.render(request, status, VIEW, new BookingPageModel(
                services.stream().map(ServiceOption::of).toList(), therapists, service, therapist,
                date.toString(), display.date(date), today.toString(), last.toString(), slots, form, errors,
                formMessage, ScreeningQuestions.ALL, ScreeningQuestions.YES_NO, ScreeningQuestions.LEG_PAIN,
                ScreeningQuestions.CAUSES, today.minusDays(1).toString()));
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
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
