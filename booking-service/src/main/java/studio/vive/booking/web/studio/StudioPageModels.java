package studio.vive.booking.web.studio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.studio.Conflicts;
import studio.vive.booking.studio.StaffBookingView;
import studio.vive.booking.timeoff.TimeOffBook;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffView;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.studio.StudioPageController.Choice;
import studio.vive.booking.web.studio.StudioPageController.ConflictRow;
import studio.vive.booking.web.studio.StudioPageController.Page;
import studio.vive.booking.web.studio.StudioPageController.TimeOffRow;

/** Builds the Studio page from conflicts, time off and the catalogue, in words and studio times. */
@Singleton
class StudioPageModels {

    private final Conflicts conflicts;
    private final TimeOffBook timeOff;
    private final Catalogue catalogue;
    private final DisplayTimes display;
    private final StudioTime time;
    private final Pages pages;

    StudioPageModels(Conflicts conflicts, TimeOffBook timeOff, Catalogue catalogue, DisplayTimes display,
                     StudioTime time, Pages pages) {
        this.conflicts = conflicts;
        this.timeOff = timeOff;
        this.catalogue = catalogue;
        this.display = display;
        this.time = time;
        this.pages = pages;
    }

    /** The time-off form as typed: studio-local {@code datetime-local} values. */
    @Serdeable
    record TimeOffFields(@Nullable String therapistId, @Nullable String startsAt, @Nullable String endsAt,
                         @Nullable String reason) {
    }

    HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, @Nullable String notice,
                           List<FieldError> errors, @Nullable TimeOffFields form) {
        TimeOffFields typed = form != null ? form : new TimeOffFields("", "", "", "");
        List<Choice> therapists = new ArrayList<>();
        therapists.add(new Choice("", "The whole studio (closure)", typed.therapistId() == null
                || typed.therapistId().isEmpty()));
        for (Therapist t : catalogue.bookableTherapists()) {
            therapists.add(new Choice(t.id(), t.name(), t.id().equals(typed.therapistId())));
        }
        var ahead = new studio.vive.booking.availability.TimeRange(time.startOf(time.today()),
                time.startOf(time.today().plusDays(StudioFormsController.LIST_DAYS)));
        return pages.render(request, status, "staff/studio", new Page(notice, errors,
                conflicts.unresolved().stream().map(this::conflict).toList(),
                timeOff.list(ahead, null).stream().map(this::timeOff).toList(), therapists, typed));
    }

    private ConflictRow conflict(StaffBookingView b) {
        String therapist = catalogue.therapist(b.therapistId()).map(Therapist::name).orElse(b.therapistId());
        String service = catalogue.service(b.serviceCode()).map(MassageService::name).orElse(b.serviceCode());
        // any active colleague: whether they are free then is the reassignment's answer, in words
        List<Choice> colleagues = catalogue.bookableTherapists().stream().filter(t -> !t.id().equals(b.therapistId()))
                .map(t -> new Choice(t.id(), t.name(), false)).toList();
        return new ConflictRow(b.id().toString(), b.id().toString().substring(0, 8), therapist,
                display.dateTime(b.startsAt()), service, colleagues);
    }

    private TimeOffRow timeOff(TimeOffView off) {
        String who = off.therapistId() == null ? "Whole studio"
                : catalogue.therapist(off.therapistId()).map(Therapist::name).orElse(off.therapistId());
        return new TimeOffRow(off.id().toString(), who,
                display.dateTime(off.startsAt()) + " to " + display.dateTime(off.endsAt()), off.reason());
    }

    /** The sentence for a change just made (from the redirect's {@code done}), or null. */
    static String notice(@Nullable String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "time-off-added" -> "Time off added. Any bookings it touches are listed under conflicts.";
            case "time-off-removed" -> "Time off removed.";
            case "booking-cancelled" -> "Booking cancelled. The client and the therapist are emailed.";
            case "booking-reassigned" -> "Booking moved. The client and both therapists are emailed an updated invite.";
            default -> null;
        };
    }
}
