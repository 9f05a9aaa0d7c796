package studio.vive.booking.web.staff;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.admin.ReferralView;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.referral.ClearanceView;
import studio.vive.booking.referral.ReferralState;
import studio.vive.booking.referral.ReferralWorkflow;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** A referral as one row of the dashboard, in words and studio time. */
@Singleton
class ReferralRows {

    private final Catalogue catalogue;
    private final DisplayTimes display;
    private final ReferralWorkflow workflow;
    private final StudioTime time;

    ReferralRows(Catalogue catalogue, DisplayTimes display, ReferralWorkflow workflow, StudioTime time) {
        this.workflow = workflow;
        this.time = time;
        this.catalogue = catalogue;
        this.display = display;
    }

    /**
     * One row; {@code followedUp} is "by whom, when" once someone followed it up. The client's
     * fields are null once the retention period erased them ({@link #contactErased()}).
     */
    record Row(UUID bookingId, boolean urgent, String tierLabel, String decidedAt, String decidedOn,
               String clientName, String clientEmail, String clientPhone, String appointment,
               List<Reason> reasons, String followedUp, Workflow workflow) {

        public boolean contactErased() {
            return clientName == null;
        }
    }

    /**
     * Where the referral stands (issue 15): its state in words with who set it and when, whether
     * it is overdue, the doctor's clearance in words (null: none), and whether one may be recorded.
     */
    record Workflow(String state, String stateLabel, String stateChanged, boolean overdue, String clearance,
                    boolean clearable, List<String> notes) {
    }

    private Workflow workflow(ReferralView r) {
        String changed = r.stateChangedBy() == null ? null
                : r.stateChangedBy() + ", " + display.dateTime(r.stateChangedAt());
        ClearanceView c = r.clearance();
        String clearance = c == null ? null : "Cleared by " + c.clinician() + " on " + c.clearedOn()
                + ", valid until " + c.validUntil() + " (covers " + String.join(", ", c.covers()) + ")";
        List<String> notes = workflow.notes(r.bookingId()).stream()
                .map(n -> n.note() + " (" + n.writtenBy() + ", " + display.dateTime(time.local(n.writtenAt())) + ")")
                .toList();
        return new Workflow(r.state().name(), STATE_LABELS.get(r.state()), changed, r.overdue(), clearance,
                c == null && !r.contactErased(), notes);
    }

    static final java.util.Map<ReferralState, String> STATE_LABELS = java.util.Map.of(
            ReferralState.NEW, "New", ReferralState.CONTACTED, "Contacted",
            ReferralState.CLEARED_BY_DOCTOR, "Cleared by doctor", ReferralState.NOT_PROCEEDING, "Not proceeding");

    Row of(ReferralView r) {
        String service = catalogue.service(r.serviceCode()).map(MassageService::name).orElse(r.serviceCode());
        String therapist = catalogue.therapist(r.therapistId()).map(Therapist::name).orElse(r.therapistId());
        String followedUp = r.followedUpAt() == null ? null
                : r.followedUpBy() + ", " + display.dateTime(r.followedUpAt());
        return new Row(r.bookingId(), r.tier() == Tier.URGENT_REFERRAL,
                r.tier() == Tier.URGENT_REFERRAL ? "Urgent" : "Referral",
                display.dateTime(r.decidedAt()), r.decidedAt().toLocalDate().toString(),
                r.contactErased() ? null : r.client().name(), r.contactErased() ? null : r.client().email(),
                r.contactErased() ? null : r.client().phone(),
                service + " with " + therapist + ", " + display.dateTime(r.startsAt()),
                r.reasons(), followedUp, workflow(r));
    }
}
