package studio.vive.booking.reschedule;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.availability.Durations;
import studio.vive.booking.availability.SlotRules;
import studio.vive.booking.availability.TherapistCandidates;
import studio.vive.booking.booking.AccessTokens;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingPolicy;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.booking.ClientBookings;
import studio.vive.booking.booking.HoldConflict;
import studio.vive.booking.booking.SlotTakenException;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.ScreeningAnswers;

/**
 * A client moves their booking ({@code POST /api/bookings/{id}/reschedule}, the manage page's
 * "Change time"): checks the booking may move and the new time against the slot rules, as for a
 * new booking, then tries the therapists free then, the booking's own first, until one
 * {@link Reschedule} commits. A time held by another booking is a 409 and the booking stays as it
 * was; a transaction aborted by a race is tried once more.
 */
@Singleton
public class Reschedules {

    private static final Logger LOG = LoggerFactory.getLogger(Reschedules.class);
    /** A move aborted by a deadlock or serialization failure is tried this often per therapist. */
    private static final int ATTEMPTS_PER_THERAPIST = 2;

    private final BookingRepository bookings;
    private final AccessTokens tokens;
    private final ClientBookings clientBookings;
    private final PendingReschedules pending;
    private final Catalogue catalogue;
    private final TherapistCandidates candidates;
    private final Reschedule reschedule;
    private final BookingPolicy policy;
    private final RescheduleSettings settings;
    private final SlotRules rules;
    private final StudioTime time;

    Reschedules(BookingRepository bookings, AccessTokens tokens, ClientBookings clientBookings,
                PendingReschedules pending, Catalogue catalogue, TherapistCandidates candidates, Reschedule reschedule,
                BookingPolicy policy, RescheduleSettings settings, SlotRules rules, StudioTime time) {
        this.bookings = bookings;
        this.tokens = tokens;
        this.clientBookings = clientBookings;
        this.pending = pending;
        this.catalogue = catalogue;
        this.candidates = candidates;
        this.reschedule = reschedule;
        this.policy = policy;
        this.settings = settings;
        this.rules = rules;
        this.time = time;
    }

    /** @throws ProblemException 404 unless {@code token} opens booking {@code id} */
    public void requireOpens(UUID id, String token) {
        bookings.findById(id).filter(b -> tokens.opens(b, token)).orElseThrow(ClientBookings::notFound);
    }

    /**
     * Moves booking {@code id} to {@code request.startsAt()}.
     *
     * @return the booking as it is now: {@code PENDING_SCREENING} until screening decides the new date
     * @throws ProblemException 404 for a wrong token; 409 when the booking cannot move or the time is
     *                          held; 400 for a time outside the slot rules or a missing answer
     */
    public BookingView reschedule(UUID id, String token, RescheduleRequest request) {
        Booking booking = bookings.findById(id).filter(b -> tokens.opens(b, token))
                .orElseThrow(ClientBookings::notFound);
        requireMovable(booking);
        ScreeningAnswers answers = answersFor(booking, request);
        Optional<Therapist> chosen = Optional.ofNullable(request.therapistId()).map(therapistId ->
                catalogue.bookableTherapist(therapistId).orElseThrow(() ->
                        invalid("therapistId", "is not one of our therapists; see /api/therapists")));
        Instant startsAt = request.startsAt().toInstant();
        if (startsAt.equals(booking.startsAt()) && chosen.map(t -> t.id().equals(booking.therapistId())).orElse(true)) {
            return view(id, token);
        }
        Duration length = Duration.between(booking.startsAt(), booking.endsAt());
        List<String> free = ownFirst(booking, candidates.forAppointment(chosen, sameLength(booking, length), startsAt));
        Instant endsAt = startsAt.plus(length);
        Booking.Times times = new Booking.Times(startsAt, endsAt, endsAt.plus(rules.buffer()));
        for (String therapistId : free) {
            if (moved(new Reschedule.Move(booking, therapistId, times, answers))) {
                return view(id, token);
            }
        }
        throw new SlotTakenException(chosen.isPresent()
                ? "That time has just been booked. Please choose another time; your booking is unchanged."
                : "Every therapist is booked at that time. Please choose another time; your booking is unchanged.");
    }

    /** Whether the move committed; false when another booking holds the time with this therapist. */
    private boolean moved(Reschedule.Move move) {
        for (int attempt = 1; attempt <= ATTEMPTS_PER_THERAPIST; attempt++) {
            try {
                reschedule.move(move);
                return true;
            } catch (DataAccessException failure) {
                HoldConflict conflict = HoldConflict.of(failure).orElseThrow(() -> failure);
                if (conflict == HoldConflict.SLOT_TAKEN) {
                    return false;
                }
                LOG.info("Reschedule of {} aborted by a concurrent transaction (attempt {})", move.seen().id(), attempt);
            }
        }
        return false;
    }

    private void requireMovable(Booking booking) {
        if (!booking.status().holdsSlot()) {
            throw new ProblemException(ProblemType.NOT_RESCHEDULABLE, "This booking is "
                    + booking.status().name().toLowerCase().replace('_', ' ') + ", so there is no appointment to move.");
        }
        if (!booking.isDecided() && pending.findById(booking.id()).isEmpty()) {
            throw new ProblemException(ProblemType.SCREENING_IN_PROGRESS,
                    "Your answers are still being reviewed; this takes a few seconds. Please try again in a moment.");
        }
        if (!time.now().isBefore(booking.startsAt().minus(policy.cancellationWindow()))) {
            throw new ProblemException(ProblemType.NOT_RESCHEDULABLE, "Online changes close "
                    + Durations.inWords(policy.cancellationWindow()) + " before the appointment. Please call the studio.");
        }
    }

    /** The answers to send again: only once screening may have deleted the first ones, and then required. */
    private ScreeningAnswers answersFor(Booking booking, RescheduleRequest request) {
        if (!settings.answersMayBeGone(booking.createdAt(), time.now())) {
            return null;
        }
        if (request.screening() == null) {
            throw invalid("screening", "is required: we deleted your first answers after "
                    + Durations.inWords(settings.answersKeptFor()) + ", as promised, so please answer the questions again");
        }
        return request.screening();
    }

    /** The booked service at the booking's own length: a later change of the service's duration does not apply. */
    private MassageService sameLength(Booking booking, Duration length) {
        MassageService service = catalogue.service(booking.serviceCode()).orElseThrow();
        return new MassageService(service.code(), service.name(), service.description(), (int) length.toMinutes(),
                service.priceCents(), service.currency(), service.active());
    }

    private static List<String> ownFirst(Booking booking, List<String> free) {
        List<String> ordered = new ArrayList<>(free);
        if (ordered.remove(booking.therapistId())) {
            ordered.add(0, booking.therapistId());
        }
        return ordered;
    }

    private BookingView view(UUID id, String token) {
        return clientBookings.find(id, token).orElseThrow(ClientBookings::notFound);
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }
}
