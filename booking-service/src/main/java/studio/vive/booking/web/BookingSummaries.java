package studio.vive.booking.web;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.availability.Durations;
import studio.vive.booking.booking.BookingPolicy;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.catalogue.Catalogue;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** A client's booking as the outcome and manage pages describe it, in words and studio time. */
@Singleton
public class BookingSummaries {

    private final Catalogue catalogue;
    private final DisplayTimes display;
    private final BookingPolicy policy;
    private final StudioTime time;

    BookingSummaries(Catalogue catalogue, DisplayTimes display, BookingPolicy policy, StudioTime time) {
        this.catalogue = catalogue;
        this.display = display;
        this.policy = policy;
        this.time = time;
    }

    /**
     * A booking in words.
     *
     * @param reasons         plain-language reasons of a referral (never rule ids)
     * @param cancellable     whether the client can still cancel online
     * @param cancelUntil     until when online cancellation is open, in words
     * @param cancelWindow    how long before the appointment online cancellation closes, in words
     */
    public record BookingSummary(UUID id, BookingStatus status, String serviceName, String therapistName,
                                 String date, String timeRange, String dateTime, Tier tier, List<String> reasons,
                                 boolean cancellable, String cancelUntil, String cancelWindow) {

        public boolean pending() {
            return status == BookingStatus.PENDING_SCREENING;
        }

        public boolean confirmed() {
            return status == BookingStatus.CONFIRMED;
        }

        public boolean referred() {
            return status == BookingStatus.REFERRED;
        }

        public boolean cancelled() {
            return status == BookingStatus.CANCELLED;
        }

        public boolean urgent() {
            return tier == Tier.URGENT_REFERRAL;
        }
    }

    public BookingSummary of(BookingView booking) {
        String service = catalogue.service(booking.serviceCode()).map(MassageService::name)
                .orElse(booking.serviceCode());
        String therapist = catalogue.therapist(booking.therapistId()).map(Therapist::name)
                .orElse(booking.therapistId());
        Tier tier = booking.outcome() == null ? null : booking.outcome().tier();
        List<String> reasons = booking.outcome() == null || tier == Tier.CLEARED ? List.of()
                : booking.outcome().reasons().stream().map(Reason::message).filter(java.util.Objects::nonNull).toList();
        var deadline = booking.startsAt().toInstant().minus(policy.cancellationWindow());
        boolean cancellable = booking.status().holdsSlot() && time.now().isBefore(deadline);
        return new BookingSummary(booking.id(), booking.status(), service, therapist,
                display.date(booking.startsAt()), display.timeRange(booking.startsAt(), booking.endsAt()),
                display.dateTime(booking.startsAt()), tier, reasons, cancellable,
                display.dateTime(time.local(deadline)), Durations.inWords(policy.cancellationWindow()));
    }
}
