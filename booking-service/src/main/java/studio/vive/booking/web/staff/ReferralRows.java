package studio.vive.booking.web.staff;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.admin.ReferralView;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** A referral as one row of the dashboard, in words and studio time. */
@Singleton
class ReferralRows {

    private final Catalogue catalogue;
    private final DisplayTimes display;

    ReferralRows(Catalogue catalogue, DisplayTimes display) {
        this.catalogue = catalogue;
        this.display = display;
    }

    /**
     * One row; {@code followedUp} is "by whom, when" once someone followed it up. The client's
     * fields are null once the retention period erased them ({@link #contactErased()}).
     */
    record Row(UUID bookingId, boolean urgent, String tierLabel, String decidedAt, String decidedOn,
               String clientName, String clientEmail, String clientPhone, String appointment,
               List<Reason> reasons, String followedUp) {

        public boolean contactErased() {
            return clientName == null;
        }
    }

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
                r.reasons(), followedUp);
    }
}
