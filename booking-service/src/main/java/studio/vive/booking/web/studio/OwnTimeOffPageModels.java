package studio.vive.booking.web.studio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import studio.vive.booking.availability.TimeRange;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.timeoff.TimeOffBook;
import studio.vive.booking.timeoff.TimeOffForms.TimeOffView;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.studio.OwnTimeOffPageController.Entry;
import studio.vive.booking.web.studio.OwnTimeOffPageController.OwnTimeOffFields;
import studio.vive.booking.web.studio.OwnTimeOffPageController.Page;

/** Builds a therapist's time-off page from their own time off ahead, in words and studio times. */
@Singleton
class OwnTimeOffPageModels {

    private final TimeOffBook timeOff;
    private final DisplayTimes display;
    private final StudioTime time;
    private final Pages pages;

    OwnTimeOffPageModels(TimeOffBook timeOff, DisplayTimes display, StudioTime time, Pages pages) {
        this.timeOff = timeOff;
        this.display = display;
        this.time = time;
        this.pages = pages;
    }

    HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String therapistId, @Nullable String notice,
                           List<FieldError> errors, @Nullable OwnTimeOffFields form) {
        TimeRange ahead = new TimeRange(time.startOf(time.today()),
                time.startOf(time.today().plusDays(StudioFormsController.LIST_DAYS)));
        List<Entry> entries = timeOff.list(ahead, therapistId).stream().map(this::entry).toList();
        OwnTimeOffFields typed = form != null ? form : new OwnTimeOffFields("", "", "");
        return pages.render(request, status, "staff/time-off",
                new Page(notice, errors, entries, typed, StudioFormsController.LIST_DAYS));
    }

    private Entry entry(TimeOffView off) {
        return new Entry(off.id().toString(), display.dateTime(off.startsAt()) + " to " + display.dateTime(off.endsAt()),
                off.reason());
    }

    /** The sentence for a change just made (from the redirect's {@code done}), or null. */
    static @Nullable String notice(@Nullable String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "added" -> "Time off added. No client can book you then.";
            case "added-over-bookings" -> "Time off added. Some of your bookings fall in it: they still stand "
                    + "until the studio's admin moves or cancels them, and the clients are told.";
            case "removed" -> "Time off removed. Clients can book you then again.";
            default -> null;
        };
    }
}
