package studio.vive.booking.availability;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.catalogue.WorkingHours;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.time.StudioTime;

/**
 * Free appointment times: working hours on the grid, minus notice, beyond-horizon times and
 * time held by active bookings (buffer included). Advisory: the database decides at booking time.
 */
@Singleton
public class Availability {

    private final Catalogue catalogue;
    private final HeldTimes heldTimes;
    private final TimeAway timeAway;
    private final SlotRules rules;
    private final StudioTime time;

    Availability(Catalogue catalogue, HeldTimes heldTimes, TimeAway timeAway, SlotRules rules, StudioTime time) {
        this.catalogue = catalogue;
        this.heldTimes = heldTimes;
        this.timeAway = timeAway;
        this.rules = rules;
        this.time = time;
    }

    /**
     * Free slots for {@code serviceCode} on the studio date {@code date}, by start time then
     * therapist.
     *
     * @param therapistId null for every therapist
     * @throws InvalidRequestException for an unknown service or therapist
     */
    public List<Slot> freeSlots(String serviceCode, LocalDate date, @Nullable String therapistId) {
        MassageService service = catalogue.bookableService(serviceCode).orElse(null);
        List<Therapist> therapists = therapistId == null ? catalogue.bookableTherapists()
                : catalogue.bookableTherapist(therapistId).map(List::of).orElse(List.of());
        refuseUnknown(service, therapistId != null && therapists.isEmpty());
        List<String> ids = therapists.stream().map(Therapist::id).toList();
        Map<String, List<TimeRange>> held = held(ids, date, service);
        Map<String, List<WorkingHours>> hours = catalogue.workingHoursOn(date.getDayOfWeek()).stream()
                .collect(Collectors.groupingBy(WorkingHours::therapistId));
        Instant now = time.now();
        List<Slot> slots = new ArrayList<>();
        for (String id : ids) {
            DaySchedule schedule = DaySchedule.of(id, date, time.zone(), hours.getOrDefault(id, List.of()), rules);
            for (TimeRange free : schedule.freeAppointments(service.duration(), now, held.getOrDefault(id, List.of()))) {
                slots.add(new Slot(id, time.local(free.start()), time.local(free.end())));
            }
        }
        slots.sort(Comparator.comparing((Slot s) -> s.startsAt().toInstant()).thenComparing(Slot::therapistId));
        return slots;
    }

    private static void refuseUnknown(@Nullable MassageService service, boolean unknownTherapist) {
        List<FieldError> errors = new ArrayList<>();
        if (service == null) {
            errors.add(new FieldError("service", "is not a service we offer; see /api/services"));
        }
        if (unknownTherapist) {
            errors.add(new FieldError("therapistId", "is not one of our therapists; see /api/therapists"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** Time held on {@code date} by therapist: bookings, and (issue 14) time off and closures. */
    private Map<String, List<TimeRange>> held(List<String> ids, LocalDate date, MassageService service) {
        Instant dayStart = time.startOf(date);
        // a late slot's appointment and buffer can reach past midnight
        Instant until = time.startOf(date.plusDays(1)).plus(service.duration()).plus(rules.buffer());
        List<HeldTime> taken = new ArrayList<>(heldTimes.overlapping(ids, dayStart, until));
        taken.addAll(timeAway.overlapping(ids, dayStart, until));
        return taken.stream()
                .collect(Collectors.groupingBy(HeldTime::therapistId,
                        Collectors.mapping(HeldTime::range, Collectors.toList())));
    }
}
