package studio.vive.booking.availability;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.catalogue.WorkingHours;
import studio.vive.booking.time.StudioTime;

/**
 * Which therapists could take an appointment by the slot rules (working hours, grid, notice,
 * horizon), before anyone tries to hold it. Whether the time is still free is the database's
 * decision at hold time.
 */
@Singleton
public class TherapistCandidates {

    private final Catalogue catalogue;
    private final TimeAway timeAway;
    private final SlotRules rules;
    private final StudioTime time;

    TherapistCandidates(Catalogue catalogue, TimeAway timeAway, SlotRules rules, StudioTime time) {
        this.catalogue = catalogue;
        this.timeAway = timeAway;
        this.rules = rules;
        this.time = time;
    }

    /**
     * The therapists who could take an appointment of {@code service} at {@code startsAt}, in the
     * order to try them.
     *
     * @param chosen the therapist the client asked for, or empty for any bookable therapist
     * @throws SlotNotBookableException when nobody could: with the chosen therapist's reason, or
     *                                  the notice or horizon that applies to everyone
     */
    public List<String> forAppointment(Optional<Therapist> chosen, MassageService service, Instant startsAt) {
        Instant now = time.now();
        DaySchedule.timing(startsAt, now, rules).ifPresent(why -> {
            throw new SlotNotBookableException(why);
        });
        LocalDate date = time.dateOf(startsAt);
        List<WorkingHours> hours = catalogue.workingHoursOn(date.getDayOfWeek());
        List<String> candidates = new ArrayList<>();
        Optional<String> why = Optional.empty();
        List<Therapist> therapists = chosen.map(List::of).orElseGet(catalogue::bookableTherapists);
        Set<String> away = away(therapists, startsAt, service);
        for (Therapist therapist : therapists) {
            Optional<String> problem = schedule(therapist, date, hours).whyNotBookable(startsAt, service.duration(), now)
                    .or(() -> away.contains(therapist.id()) ? Optional.of(TimeAway.NOT_WORKING) : Optional.empty());
            if (problem.isEmpty()) {
                candidates.add(therapist.id());
            } else if (why.isEmpty()) {
                why = problem;
            }
        }
        if (candidates.isEmpty()) {
            throw new SlotNotBookableException(chosen.isPresent() && why.isPresent() ? why.get()
                    : "No therapist works at that time. Please choose a time from the availability list.");
        }
        return candidates;
    }

    /** Issue 14: who of {@code therapists} is on time off (or the studio closed) during the appointment. */
    private Set<String> away(List<Therapist> therapists, Instant startsAt, MassageService service) {
        return timeAway.overlapping(therapists.stream().map(Therapist::id).toList(), startsAt,
                startsAt.plus(service.duration())).stream().map(HeldTime::therapistId).collect(Collectors.toSet());
    }

    private DaySchedule schedule(Therapist therapist, LocalDate date, List<WorkingHours> hours) {
        List<WorkingHours> own = hours.stream().filter(h -> h.therapistId().equals(therapist.id())).toList();
        return DaySchedule.of(therapist.id(), date, time.zone(), own, rules);
    }
}
