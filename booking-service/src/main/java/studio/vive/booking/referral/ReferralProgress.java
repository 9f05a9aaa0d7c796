package studio.vive.booking.referral;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.ClearedRule;
import studio.vive.contracts.Tier;

/**
 * What the staff views show of a referral's workflow: its state with who and when, whether it is
 * overdue, its clearance; and, for a booking made with a clearance, the rules screening cleared.
 */
@Singleton
public class ReferralProgress {

    private final ReferralWorkflowRepository workflow;
    private final DoctorClearanceRepository clearances;
    private final OverdueReferrals overdue;
    private final StudioTime time;
    private final JsonMapper json;

    ReferralProgress(ReferralWorkflowRepository workflow, DoctorClearanceRepository clearances,
                     OverdueReferrals overdue, StudioTime time, JsonMapper json) {
        this.workflow = workflow;
        this.clearances = clearances;
        this.overdue = overdue;
        this.time = time;
        this.json = json;
    }

    /** A referral's state, who set it and when. */
    public record State(ReferralState state, String by, java.time.OffsetDateTime at) {
    }

    public State state(UUID bookingId) {
        return workflow.findStateRowById(bookingId)
                .map(row -> new State(ReferralState.of(row.referralState()), row.referralStateBy(),
                        row.referralStateAt() == null ? null : time.local(row.referralStateAt())))
                .orElse(new State(ReferralState.NEW, null, null));
    }

    public boolean overdue(Tier tier, java.time.Instant decidedAt, ReferralState state) {
        return overdue.overdue(tier, decidedAt, state);
    }

    /** The clearance recorded on the referral of {@code bookingId}, or null. */
    public ClearanceView clearance(UUID bookingId) {
        return clearances.findByBookingId(bookingId).map(c -> new ClearanceView(c.id(), c.clinician(), c.clearedOn(),
                c.validUntil(), c.note(), c.covers(), c.recordedBy(), time.local(c.recordedAt()))).orElse(null);
    }

    /** The rules screening cleared with the clearance {@code bookingId} was made with; empty when none. */
    public List<ClearedRule> clearedRules(UUID bookingId) {
        return clearances.findClearedRules(bookingId).map(this::read).orElse(List.of());
    }

    /** Stores what screening cleared, when the booking was made with a clearance. */
    public void recordCleared(UUID bookingId, List<ClearedRule> cleared) {
        if (!cleared.isEmpty()) {
            try {
                clearances.recordCleared(bookingId, json.writeValueAsString(List.copyOf(cleared)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<ClearedRule> read(String stored) {
        try {
            return List.of(json.readValue(stored, ClearedRule[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
