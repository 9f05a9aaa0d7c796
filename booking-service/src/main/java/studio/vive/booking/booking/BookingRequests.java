package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import studio.vive.booking.availability.SlotNotBookableException;
import studio.vive.booking.availability.TherapistCandidates;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.observability.BookingMetrics;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.referral.ClearanceRedemption;
import studio.vive.booking.time.StudioTime;

/**
 * Takes a client's booking request: validates it ({@link RequestValidation}), replays a retried
 * request ({@link IdempotentReplay}), checks the time against the rules
 * ({@link TherapistCandidates}) and holds the slot with the first free candidate
 * ({@link HoldAttempts}), or says exactly why not. The one entry point for the JSON API and the
 * booking page alike.
 *
 * <p>Nothing is stored and nothing is published for a rejected request.
 */
@Singleton
public class BookingRequests {

    /** The header clients send to make a retried request safe. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private final RequestValidation validation;
    private final IdempotentReplay replays;
    private final Catalogue catalogue;
    private final TherapistCandidates candidates;
    private final HoldAttempts holds;
    private final RequestFingerprint fingerprints;
    private final BookingMetrics metrics;
    private final ClearanceRedemption clearances;
    private final StudioTime time;

    BookingRequests(RequestValidation validation, IdempotentReplay replays, Catalogue catalogue,
                    TherapistCandidates candidates, HoldAttempts holds, RequestFingerprint fingerprints,
                    BookingMetrics metrics, ClearanceRedemption clearances, StudioTime time) {
        this.clearances = clearances;
        this.time = time;
        this.validation = validation;
        this.replays = replays;
        this.catalogue = catalogue;
        this.candidates = candidates;
        this.holds = holds;
        this.fingerprints = fingerprints;
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
        } catch (ProblemException refusal) {
            metrics.rejected(rejectionOf(refusal));
            throw refusal;
        }
    }

    private AcceptedBooking accept(BookingRequest request, @Nullable String idempotencyKey,
                                   List<FieldError> typeErrors) {
        validation.validate(request, idempotencyKey, typeErrors);
        clearances.grantFor(request.clearanceCode(), request.client().email(), request.client().dateOfBirth(),
                time.dateOf(request.startsAt().toInstant()));
        String fingerprint = fingerprints.of(request);
        Optional<AcceptedBooking> replay = replays.replay(idempotencyKey, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }
        MassageService service = catalogue.bookableService(request.serviceCode()).orElseThrow(() ->
                invalid("serviceCode", "is not a service we offer; see /api/services"));
        Optional<Therapist> chosen = Optional.ofNullable(request.therapistId()).map(id ->
                catalogue.bookableTherapist(id).orElseThrow(() ->
                        invalid("therapistId", "is not one of our therapists; see /api/therapists")));
        List<String> therapists = candidates.forAppointment(chosen, service, request.startsAt().toInstant());
        return holds.holdFirstFree(new HoldAttempts.Hold(request, service, idempotencyKey, fingerprint),
                therapists, chosen.isPresent());
    }

    private static BookingMetrics.Rejection rejectionOf(ProblemException refusal) {
        if (refusal instanceof InvalidRequestException) {
            return BookingMetrics.Rejection.INVALID;
        }
        if (refusal instanceof SlotNotBookableException) {
            return BookingMetrics.Rejection.NOT_BOOKABLE;
        }
        if (refusal instanceof SlotTakenException) {
            return BookingMetrics.Rejection.SLOT_TAKEN;
        }
        return BookingMetrics.Rejection.IDEMPOTENCY_KEY_REUSED;
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }
}
