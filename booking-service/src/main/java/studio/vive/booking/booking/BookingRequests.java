package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.availability.DaySchedule;
import studio.vive.booking.availability.SlotRules;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.catalogue.WorkingHours;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;

/**
 * Takes a client's booking request: validates it, checks the time against the rules, holds the
 * slot and queues the screening request, or says exactly why not. The one entry point for the
 * JSON API and the booking page alike.
 *
 * <p>Nothing is stored and nothing is published for a rejected request.
 */
@Singleton
public class BookingRequests {

    /** The header clients send to make a retried request safe. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private static final Logger LOG = LoggerFactory.getLogger(BookingRequests.class);
    /** A hold aborted by a deadlock or serialization failure is tried this often per therapist. */
    private static final int HOLD_ATTEMPTS_PER_THERAPIST = 2;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private final Validator validator;
    private final Catalogue catalogue;
    private final SlotRules rules;
    private final StudioTime time;
    private final RequestFingerprint fingerprints;
    private final BookingHold holds;
    private final BookingRepository bookings;
    private final BookingMetrics metrics;

    BookingRequests(Validator validator, Catalogue catalogue, SlotRules rules, StudioTime time,
                    RequestFingerprint fingerprints, BookingHold holds, BookingRepository bookings,
                    BookingMetrics metrics) {
        this.validator = validator;
        this.catalogue = catalogue;
        this.rules = rules;
        this.time = time;
        this.fingerprints = fingerprints;
        this.holds = holds;
        this.bookings = bookings;
        this.metrics = metrics;
    }

    /** {@link #request(BookingRequest, String, List)} for a request with no type errors (a form). */
    public AcceptedBooking request(BookingRequest request, @Nullable String idempotencyKey) {
        return request(request, idempotencyKey, List.of());
    }

    /**
     * Accepts {@code request}, holding its slot.
     *
     * @param idempotencyKey optional: the same key with the same request returns the same booking
     * @param typeErrors     fields the caller could not read (wrong JSON types), reported with the rest
     * @throws InvalidRequestException   when fields are missing or invalid (every one is named)
     * @throws SlotNotBookableException  when the time is outside hours, notice or horizon
     * @throws SlotTakenException        when the time is held by another booking
     * @throws ProblemException          ({@link ProblemType#IDEMPOTENCY_KEY_REUSED}) when the key was used
     *                                   for a different request
     */
    public AcceptedBooking request(BookingRequest request, @Nullable String idempotencyKey,
                                   List<FieldError> typeErrors) {
        try {
            return accept(request, idempotencyKey, typeErrors);
        } catch (InvalidRequestException e) {
            metrics.rejected(BookingMetrics.Rejection.INVALID);
            throw e;
        } catch (SlotNotBookableException e) {
            metrics.rejected(BookingMetrics.Rejection.NOT_BOOKABLE);
            throw e;
        } catch (SlotTakenException e) {
            metrics.rejected(BookingMetrics.Rejection.SLOT_TAKEN);
            throw e;
        } catch (ProblemException e) {
            metrics.rejected(BookingMetrics.Rejection.IDEMPOTENCY_KEY_REUSED);
            throw e;
        }
    }

    private AcceptedBooking accept(BookingRequest request, String idempotencyKey, List<FieldError> typeErrors) {
        validate(request, idempotencyKey, typeErrors);
        String fingerprint = fingerprints.of(request);
        if (idempotencyKey != null) {
            Optional<AcceptedBooking> replay = replay(idempotencyKey, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        MassageService service = catalogue.bookableService(request.serviceCode()).orElseThrow(() ->
                invalid("serviceCode", "is not a service we offer; see /api/services"));
        Instant startsAt = request.startsAt().toInstant();
        Optional<Therapist> chosen = Optional.ofNullable(request.therapistId()).map(id ->
                catalogue.bookableTherapist(id).orElseThrow(() ->
                        invalid("therapistId", "is not one of our therapists; see /api/therapists")));
        List<String> candidates = candidates(chosen, service, startsAt);
        for (String therapistId : candidates) {
            Optional<AcceptedBooking> accepted = holdWith(therapistId, request, service, idempotencyKey, fingerprint);
            if (accepted.isPresent()) {
                return accepted.get();
            }
        }
        if (idempotencyKey != null) {
            // the race may have been lost to a concurrent retry of this very request
            Optional<AcceptedBooking> replay = replay(idempotencyKey, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        throw new SlotTakenException(chosen.isPresent()
                ? "That time has just been booked. Please choose another time."
                : "Every therapist is booked at that time. Please choose another time.");
    }

    /**
     * Holds the slot with one therapist, or empty when another booking holds it. A transaction
     * aborted by a race ({@link HoldConflict#ABORTED_BY_RACE}) is tried once more with the same
     * therapist; after that the caller moves on to the next one.
     */
    private Optional<AcceptedBooking> holdWith(String therapistId, BookingRequest request, MassageService service,
                                               String idempotencyKey, String fingerprint) {
        Instant startsAt = request.startsAt().toInstant();
        for (int attempt = 1; attempt <= HOLD_ATTEMPTS_PER_THERAPIST; attempt++) {
            try {
                AcceptedBooking accepted = holds.hold(new BookingHold.Attempt(request, service, therapistId,
                        rules.buffer(), idempotencyKey, fingerprint));
                metrics.accepted();
                try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", accepted.id().toString())) {
                    LOG.info("Booking {} accepted: {} with {} at {}, awaiting screening",
                            accepted.id(), service.code(), therapistId, time.local(startsAt));
                }
                return Optional.of(accepted);
            } catch (DataAccessException failure) {
                HoldConflict conflict = HoldConflict.of(failure).orElseThrow(() -> failure);
                if (conflict == HoldConflict.IDEMPOTENCY_KEY_USED) {
                    // a concurrent request with the same key won the race: answer as it did
                    return Optional.of(replay(idempotencyKey, fingerprint).orElseThrow(() -> failure));
                }
                if (conflict == HoldConflict.SLOT_TAKEN) {
                    LOG.debug("Slot at {} with {} already held", startsAt, therapistId);
                    return Optional.empty();
                }
                LOG.info("Hold at {} with {} aborted by a concurrent transaction (attempt {})",
                        startsAt, therapistId, attempt);
            }
        }
        return Optional.empty();
    }

    private void validate(BookingRequest request, String idempotencyKey, List<FieldError> typeErrors) {
        List<FieldError> errors = new ArrayList<>(typeErrors);
        Set<String> unreadable = typeErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        for (ConstraintViolation<BookingRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (!unreadable.contains(field)) {
                errors.add(new FieldError(field, violation.getMessage()));
            }
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            errors.add(new FieldError(IDEMPOTENCY_KEY_HEADER, "must be 1 to 255 visible ASCII characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(onePerField(errors));
        }
    }

    /** One error per field (its messages joined), by field name. */
    private static List<FieldError> onePerField(List<FieldError> errors) {
        Map<String, String> messages = new TreeMap<>();
        for (FieldError error : errors) {
            messages.merge(error.field(), error.message(), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return messages.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }

    private Optional<AcceptedBooking> replay(String idempotencyKey, String fingerprint) {
        return bookings.findByIdempotencyKey(idempotencyKey).map(existing -> {
            if (!fingerprint.equals(existing.requestFingerprint())) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "Use a new Idempotency-Key for a new request; reuse a key only to retry the same request.");
            }
            LOG.info("Booking {} replayed for a repeated Idempotency-Key", existing.id());
            return holds.replay(existing);
        });
    }

    /** The therapists who could take the appointment, in the order to try them. */
    private List<String> candidates(Optional<Therapist> chosen, MassageService service, Instant startsAt) {
        Instant now = time.now();
        DaySchedule.timing(startsAt, now, rules).ifPresent(why -> {
            throw new SlotNotBookableException(why);
        });
        LocalDate date = time.dateOf(startsAt);
        List<WorkingHours> hours = catalogue.workingHoursOn(date.getDayOfWeek());
        List<Therapist> therapists = chosen.map(List::of).orElseGet(catalogue::bookableTherapists);
        List<String> candidates = new ArrayList<>();
        Optional<String> why = Optional.empty();
        for (Therapist therapist : therapists) {
            List<WorkingHours> own = hours.stream().filter(h -> h.therapistId().equals(therapist.id())).toList();
            Optional<String> problem = DaySchedule.of(therapist.id(), date, time.zone(), own, rules)
                    .whyNotBookable(startsAt, service.duration(), now);
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

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }
}
