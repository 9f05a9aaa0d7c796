package studio.vive.booking.catalogue;

import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the studio offers and who works when. Read-only: the catalogue is maintained by Flyway
 * migrations, so every environment has the same studio.
 */
@Singleton
public class Catalogue {

    private final MassageServiceRepository services;
    private final TherapistRepository therapists;
    private final WorkingHoursRepository workingHours;

    Catalogue(MassageServiceRepository services, TherapistRepository therapists, WorkingHoursRepository workingHours) {
        this.services = services;
        this.therapists = therapists;
        this.workingHours = workingHours;
    }

    /** The services clients can book, shortest first. */
    public List<MassageService> bookableServices() {
        return services.findByActiveTrue().stream()
                .sorted(Comparator.comparingInt(MassageService::durationMinutes).thenComparing(MassageService::code))
                .toList();
    }

    /** A service clients can book. */
    public Optional<MassageService> bookableService(String code) {
        return services.findByCodeAndActiveTrue(code);
    }

    /** A service, bookable or retired (old bookings keep their service). */
    public Optional<MassageService> service(String code) {
        return services.findByCode(code);
    }

    /** The therapists clients can book, by id. */
    public List<Therapist> bookableTherapists() {
        return therapists.findByActiveTrueOrderById();
    }

    public Optional<Therapist> bookableTherapist(String id) {
        return therapists.findByIdAndActiveTrue(id);
    }

    /** A therapist, current or former (old bookings keep their therapist). */
    public Optional<Therapist> therapist(String id) {
        return therapists.findById(id);
    }

    /** Every therapist's weekly hours. */
    public List<WorkingHours> allWorkingHours() {
        return workingHours.findEveryWeekday();
    }

    /** Who works on {@code day}, and when. */
    public List<WorkingHours> workingHoursOn(DayOfWeek day) {
        return workingHours.findOnDay((short) day.getValue());
    }
}
