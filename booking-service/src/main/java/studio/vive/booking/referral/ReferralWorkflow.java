package studio.vive.booking.referral;

import io.micronaut.core.annotation.Nullable;
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
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.time.StudioTime;

/**
 * Moves a referral through its states with who and when, keeps the staff's notes, and audits
 * each change like every other staff action (the note's text is not copied into the audit: it is
 * kept once, with the referral).
 */
@Singleton
public class ReferralWorkflow {

    static final String AUDIT_ACTION = "referral.state";
    private static final Logger LOG = LoggerFactory.getLogger(ReferralWorkflow.class);

    private final BookingRepository bookings;
    private final ReferralWorkflowRepository workflow;
    private final AuditLog audit;
    private final StudioTime time;
    private final ReferralSettings settings;

    ReferralWorkflow(BookingRepository bookings, ReferralWorkflowRepository workflow, AuditLog audit,
                     StudioTime time, ReferralSettings settings) {
        this.bookings = bookings;
        this.workflow = workflow;
        this.audit = audit;
        this.time = time;
        this.settings = settings;
    }

    /**
     * Sets the referral of {@code bookingId} to {@code change.state()}, adding its note if any.
     *
     * @throws InvalidRequestException when the state is missing or the note blank or too long
     * @throws ProblemException        404 when the booking has no referral
     */
    @Transactional
    public void change(UUID bookingId, StateChange change, String staffUser) {
        validate(change);
        Booking booking = referral(bookingId);
        move(booking, change.state(), staffUser);
        if (change.note() != null) {
            workflow.addNote(UUID.randomUUID(), bookingId, change.note().strip(), staffUser, time.now());
        }
        LOG.info("Referral of booking {} set to {} by {}", bookingId, change.state(), staffUser);
    }

    /** Moves the referral to {@code state} (audited); part of the caller's transaction. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    void move(Booking booking, ReferralState state, String staffUser) {
        ReferralState before = workflow.findStateRowById(booking.id())
                .map(row -> ReferralState.of(row.referralState())).orElse(ReferralState.NEW);
        Instant now = time.now();
        workflow.changeState(booking.id(), state.name(), staffUser, now);
        audit.record(staffUser, AUDIT_ACTION, "booking:" + booking.id(), Map.of("state", before.name()),
                Map.of("state", state.name()));
    }

    /** The referred booking, locked. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    Booking referral(UUID bookingId) {
        return lockedBooking(bookingId).filter(Booking::isReferral)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No referral for this booking."));
    }

    /** The booking, locked until the transaction ends. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    java.util.Optional<Booking> lockedBooking(UUID bookingId) {
        return bookings.findByIdForUpdate(bookingId);
    }

    private void validate(StateChange change) {
        if (change.state() == null) {
            throw invalid("state", "must be one of NEW, CONTACTED, CLEARED_BY_DOCTOR, NOT_PROCEEDING");
        }
        String note = change.note();
        if (note != null && (note.isBlank() || note.length() > settings.noteMaxLength())) {
            throw invalid("note", "must be 1 to " + settings.noteMaxLength() + " characters");
        }
    }

    static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }

    /** The staff notes of a referral, oldest first. */
    @Transactional(readOnly = true)
    public List<ReferralWorkflowRepository.NoteRow> notes(@Nullable UUID bookingId) {
        return bookingId == null ? List.of() : workflow.findNotes(bookingId);
    }
}
