package studio.vive.booking.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.vive.booking.booking.Booking;
import java.util.function.Function;
import java.util.stream.Collectors;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.referral.ReferralProgress;
import studio.vive.booking.recheck.RecheckDates;
import studio.vive.booking.time.StudioTime;

/** A therapist's confirmed appointments. */
@Singleton
public class TherapistAgenda {

    private final BookingRepository bookings;
    private final Catalogue catalogue;
    private final StudioTime time;
    private final StaffQueries queries;
    private final RecheckDates rechecks;

    private final ReferralProgress progress;

    TherapistAgenda(BookingRepository bookings, Catalogue catalogue, StudioTime time, StaffQueries queries,
                    ReferralProgress progress, RecheckDates rechecks) {
        this.progress = progress;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.time = time;
        this.queries = queries;
        this.rechecks = rechecks;
    }

    /**
     * {@code therapistId}'s confirmed bookings starting on studio dates {@code from} to {@code to}
     * (inclusive), soonest first; by default from today for {@code vive.staff.queries.agenda-default-days}.
     */
    @Transactional(readOnly = true)
    public List<AgendaEntry> confirmed(String therapistId, @Nullable LocalDate from, @Nullable LocalDate to) {
        DateRange range = DateRange.of(from, to, time.today(), queries.agendaDefaultDays(), queries.maxRangeDays());
        Map<String, String> serviceNames = catalogue.bookableServices().stream()
                .collect(Collectors.toMap(MassageService::code, MassageService::name));
        List<Booking> confirmed = bookings.findConfirmedForTherapist(therapistId, time.startOf(range.from()),
                time.startOf(range.to().plusDays(1)));
        Map<UUID, LocalDate> recheckedOn = rechecks.clearedOn(confirmed.stream().map(Booking::id).toList());
        return confirmed.stream()
                .map(b -> new AgendaEntry(b.id(), b.serviceCode(),
                        serviceNames.computeIfAbsent(b.serviceCode(), code ->
                                catalogue.service(code).map(MassageService::name).orElse(code)),
                        time.local(b.startsAt()), time.local(b.endsAt()), b.client().name(), b.cause(),
                        !progress.clearedRules(b.id()).isEmpty(), recheckedOn.get(b.id())))
                .toList();
    }
}
