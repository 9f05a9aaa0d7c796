package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import studio.vive.booking.admin.AgendaEntry;
import studio.vive.booking.admin.TherapistAgenda;
import studio.vive.booking.security.Roles;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.QueryDates;
import studio.vive.contracts.PainCause;

/**
 * A therapist's agenda of confirmed bookings, by day or by week (Monday to Sunday), with the
 * client's name, the treatment and the cause they gave. The therapist comes from the session,
 * never from the address, so nobody sees another therapist's agenda.
 */
@Controller("/staff/agenda")
@Secured(Roles.THERAPIST)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class AgendaPageController {

    private final TherapistAgenda agenda;
    private final StudioTime time;
    private final DisplayTimes display;
    private final Pages pages;

    AgendaPageController(TherapistAgenda agenda, StudioTime time, DisplayTimes display, Pages pages) {
        this.agenda = agenda;
        this.time = time;
        this.display = display;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> agenda(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String view,
                           @Nullable @QueryValue String date) {
        Object claim = authentication.getAttributes().get(Roles.THERAPIST_ID_CLAIM);
        if (!(claim instanceof String therapistId) || therapistId.isBlank()) {
            return Pages.seeOther("/staff/forbidden");
        }
        boolean week = "week".equals(view);
        LocalDate day = QueryDates.parse(date).orElseGet(time::today);
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate to = week ? from.plusDays(6) : day;
        List<AgendaEntry> entries = agenda.confirmed(therapistId, from, to);
        int step = week ? 7 : 1;
        return pages.render(request, HttpStatus.OK, "staff/agenda", new Page(week, days(from, to, entries),
                entries.size(), week ? "Week of " + display.date(from) : display.date(day), day.toString(),
                day.minusDays(step).toString(), day.plusDays(step).toString(), time.today().toString(),
                week ? "week" : "day"));
    }

    /** Every day from {@code from} to {@code to}, each with its appointments. */
    private List<Day> days(LocalDate from, LocalDate to, List<AgendaEntry> entries) {
        List<Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate current = d;
            days.add(new Day(display.date(current), current.equals(time.today()),
                    entries.stream().filter(e -> time.dateOf(e.startsAt().toInstant()).equals(current))
                            .map(e -> new Appointment(display.timeRange(e.startsAt(), e.endsAt()), e.serviceName(),
                                    e.clientName(), causeInWords(e.cause()), e.clearedByDoctor(),
                                    e.recheckedOn() == null ? null : display.date(e.recheckedOn())))
                            .toList()));
        }
        return days;
    }

    static String causeInWords(@Nullable PainCause cause) {
        if (cause == null) {
            return "Not given";
        }
        return switch (cause) {
            case SPORT_INJURY -> "Sport injury";
            case MUSCLE_IMBALANCE -> "Muscle imbalance";
            case POSTURE -> "Posture";
            case OTHER -> "Something else";
            case UNKNOWN -> "Not sure";
        };
    }

    /**
     * What the page ({@code staff/agenda.html}) shows.
     *
     * @param date     the day asked for; {@code previous} and {@code next} the days a step away
     * @param view     "week" or "day"
     */
    @Introspected
    record Page(boolean week, List<Day> days, int count, String heading, String date, String previous, String next,
                String today, String view) {
    }

    /** One day of the agenda. */
    record Day(String label, boolean today, List<Appointment> appointments) {
    }

    /**
     * One confirmed appointment as the therapist sees it.
     *
     * @param clearedByDoctor a doctor cleared a red flag of this booking (which one is not shown)
     * @param recheckedOn     the date the client's pre-visit re-check cleared it, in words, or null
     */
    record Appointment(String time, String service, String client, String cause, boolean clearedByDoctor,
                       @Nullable String recheckedOn) {
    }
}
