package studio.vive.booking.referral;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.audit.AuditLog;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingClient;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.ClearanceIssued;
import studio.vive.contracts.EventTopic;
import studio.vive.messaging.outbox.Outbox;

/**
 * Records a doctor's clearance on a referral: a fresh code (only its hash stored) bound to the
 * client, the referral moved to {@code CLEARED_BY_DOCTOR}, the change audited, and
 * {@link ClearanceIssued} through the outbox in the same transaction, so the client is emailed their
 * re-book link exactly once. One clearance per referral.
 */
@Singleton
public class ClearanceRecording {

    static final String AUDIT_ACTION = "referral.clearance-recorded";
    private static final Logger LOG = LoggerFactory.getLogger(ClearanceRecording.class);

    private final ReferralWorkflow workflow;
    private final DoctorClearanceRepository clearances;
    private final ClearanceCodes codes;
    private final ClientBinding binding;
    private final AuditLog audit;
    private final Outbox outbox;
    private final StudioTime time;
    private final ReferralSettings settings;
    private final String publicBaseUrl;

    ClearanceRecording(ReferralWorkflow workflow, DoctorClearanceRepository clearances, ClearanceCodes codes,
                       ClientBinding binding, AuditLog audit, Outbox outbox, StudioTime time,
                       ReferralSettings settings, @Value("${vive.booking.public-base-url}") String publicBaseUrl) {
        this.workflow = workflow;
        this.clearances = clearances;
        this.codes = codes;
        this.binding = binding;
        this.audit = audit;
        this.outbox = outbox;
        this.time = time;
        this.settings = settings;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * @throws ProblemException 404 for an unknown booking, 409 ({@link ProblemType#NOT_CLEARABLE}) when
     *                          it was not referred, covers no rule, already has a clearance or its
     *                          client's details were erased
     */
    @Transactional
    public IssuedClearance record(UUID bookingId, ClearanceRequest request, String staffUser) {
        ClearanceValidation.check(request, time.today(), settings.noteMaxLength());
        Booking booking = clearable(bookingId);
        List<String> covers = ClearanceCover.of(booking.outcome().reasons());
        if (covers.isEmpty()) {
            throw notClearable("This referral matched only current symptoms, which a clearance does not cover.");
        }
        String code = codes.newCode();
        BookingClient client = booking.client();
        Instant now = time.now();
        DoctorClearance clearance = clearances.save(new DoctorClearance(UUID.randomUUID(), bookingId,
                ClearanceCodes.hash(code), binding.of(client.email(), client.dateOfBirth()),
                request.clinician().strip(), request.clearedOn(), request.validUntil(),
                request.note() == null ? null : request.note().strip(), covers, staffUser, now));
        workflow.move(booking, ReferralState.CLEARED_BY_DOCTOR, staffUser);
        audit.record(staffUser, AUDIT_ACTION, "booking:" + bookingId, null, Map.of("clearanceId", clearance.id(),
                "clearedOn", request.clearedOn().toString(), "validUntil", request.validUntil().toString()));
        outbox.append(EventTopic.BOOKING_LIFECYCLE, ClearanceIssued.of(bookingId, clearance.id(), now,
                booking.contact(), rebookUrl(code), request.validUntil()));
        LOG.info("Clearance {} recorded on the referral of booking {} by {}", clearance.id(), bookingId, staffUser);
        return new IssuedClearance(code, request.validUntil(), covers);
    }

    private Booking clearable(UUID bookingId) {
        Booking booking = workflow.lockedBooking(bookingId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such booking."));
        if (!booking.isReferral()) {
            throw notClearable("This booking was not referred.");
        }
        if (clearances.existsByBookingId(bookingId)) {
            throw notClearable("This referral already has a doctor's clearance.");
        }
        if (booking.client() == null || booking.client().email() == null) {
            throw notClearable("This referral's contact details were erased (retention): ask the client to book again.");
        }
        return booking;
    }

    /** The booking page with the code filled in: the client's personal re-book link. */
    String rebookUrl(String code) {
        return UriBuilder.of(publicBaseUrl).path("/").queryParam("clearanceCode", code).toString();
    }

    private static ProblemException notClearable(String detail) {
        return new ProblemException(ProblemType.NOT_CLEARABLE, detail);
    }
}
